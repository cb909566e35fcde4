import type { Browser, BrowserContext, Page } from 'playwright-core';

/** A game page whose console errors, requests and CSP violations are all written down. */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every URL the page or its service worker asked for, from the first navigation on. */
  requests: string[];
  /** URLs of requests that failed (refused, offline, aborted). */
  failed: string[];
  /** `securitypolicyviolation` events as "directive blocked-uri". */
  violations(): Promise<string[]>;
}

/**
 * Opens the game at `url` (any host, any sub-path) in a fresh context, as browser.ts's
 * openGame does for the preview server, but watching from before the first request;
 * `prepare` can route or script the context before the page opens.
 */
export async function openWatched(
  browser: Browser,
  url: string,
  prepare?: (context: BrowserContext) => Promise<unknown>,
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await prepare?.(context);
  const requests: string[] = [];
  const failed: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('requestfailed', (request) => failed.push(request.url()));
  await context.addInitScript(() => {
    // Not a first-launch test: the content note counts as read.
    if (!localStorage.getItem('her.settings')) {
      localStorage.setItem(
        'her.settings',
        JSON.stringify({ version: 2, state: { contentNoteSeen: true } }),
      );
    }
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => window.__her?.ready === true);
  return {
    page,
    context,
    errors,
    requests,
    failed,
    violations: () => page.evaluate(() => [...(window as unknown as { __csp: string[] }).__csp]),
  };
}

/** Resolves once a service worker is active for the page (so the whole build is cached). */
export async function waitForServiceWorker(page: Page): Promise<string> {
  return page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
}
