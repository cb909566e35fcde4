/**
 * Debian's Chromium for the bench, the fuzz and the soak: launched as the browser tests
 * launch it, with pages that record the moment they became interactive and every error.
 */
import { type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { launchChromium } from '../chromium.ts';

/** Headless Chromium with the flags this sandbox needs (as tests/e2e/browser.ts). */
export function launch(): Promise<Browser> {
  return launchChromium();
}

/**
 * Runs before any page script: notes `performance.now()` the moment `window.__her.ready`
 * turns true (the game's automation API sets it once the title is interactive; the baseline
 * page raises the same flag), so both pages are timed by the same clock, without polling.
 */
const READY_TRAP = `(() => {
  let her;
  const mark = () => { if (window.__benchReady === undefined) window.__benchReady = performance.now(); };
  Object.defineProperty(window, '__her', {
    configurable: true,
    get: () => her,
    set(value) {
      her = value;
      let ready = value && value.ready;
      if (ready) mark();
      if (value && typeof value === 'object') Object.defineProperty(value, 'ready', {
        configurable: true, enumerable: true,
        get: () => ready,
        set(next) { ready = next; if (next) mark(); },
      });
    },
  });
})();`;

/** A page under measurement, its DevTools session and every error it logged. */
export interface BenchPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  errors: string[];
}

/** Options for a page: its size, and whether the story reads interludes as text. */
export interface PageOptions {
  width?: number;
  height?: number;
  skipInterludes?: boolean;
  /** Seeds storage so the first-launch content note counts as read (default true). */
  noteSeen?: boolean;
  /** A touch screen (taps), as on a phone or tablet. */
  hasTouch?: boolean;
}

/**
 * A fresh context (empty cache and storage, as a first visit) and page on `url`, with the
 * content note marked as read, as tests/e2e/browser.ts does. Does not navigate.
 */
export async function newPage(browser: Browser, options: PageOptions = {}): Promise<BenchPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    hasTouch: options.hasTouch ?? false,
  });
  await context.addInitScript(READY_TRAP);
  if (options.noteSeen !== false) {
    await context.addInitScript((skipInterludes) => {
      if (!localStorage.getItem('her.settings')) {
        localStorage.setItem(
          'her.settings',
          JSON.stringify({ version: 2, state: { contentNoteSeen: true, skipInterludes } }),
        );
      }
    }, options.skipInterludes ?? false);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, errors };
}

/** Navigates and waits until the page says it is interactive; returns that moment (ms). */
export async function openAndWait(target: BenchPage, url: string): Promise<number> {
  await target.page.goto(url);
  await target.page.waitForFunction(() => window.__her?.ready === true, null, { timeout: 60_000 });
  return target.page.evaluate(() => (window as unknown as { __benchReady: number }).__benchReady);
}

/** Waits until Phaser has drawn the stage and its fade-in is over. */
export async function waitForStage(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__her?.stageReady === true, null, { timeout: 60_000 });
  await page.waitForTimeout(1500);
}

/** What a frame sample does: `before` runs first (in the page), `until` may end it early. */
export interface SampleOptions {
  /** A page statement run in the same task as the first frame request (e.g. an advance). */
  before?: string;
  /** A page expression checked each frame once `minMs` have passed; true ends the sample. */
  until?: string;
  minMs?: number;
}

/**
 * requestAnimationFrame gaps (ms) for up to `ms`. A string, so nothing the runner adds to
 * functions travels into the page; `before` runs in the same task, so no frame is missed
 * between starting something and timing it.
 */
export function frameGaps(page: Page, ms: number, options: SampleOptions = {}): Promise<number[]> {
  const { before = '', until = 'false', minMs = 0 } = options;
  return page.evaluate(`new Promise((resolve) => {
    const gaps = [];
    const start = performance.now();
    let last = start;
    const frame = (t) => {
      gaps.push(t - last);
      last = t;
      const done = t - start >= ${ms} || (t - start >= ${minMs} && (${until}));
      if (done) resolve(gaps.slice(1)); else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    ${before};
  })`);
}
