import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../tools/chromium';

/** Where screenshots go (git-ignored); look at them after a run. */
export const ARTIFACTS = path.resolve(import.meta.dirname, 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

/** Debian's Chromium, headless, with the flags this sandbox needs. */
export function launch(): Promise<Browser> {
  return launchChromium();
}

/**
 * A page on the game with the automation API, collecting every console error. Unless
 * `firstLaunch` is set, the first-launch content note counts as already read; with
 * `skipInterludes`, the story reads the text versions of its interludes (route tests).
 */
export async function openGame(
  browser: Browser,
  options: {
    query?: string;
    width?: number;
    height?: number;
    firstLaunch?: boolean;
    skipInterludes?: boolean;
  } = {},
) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
  });
  // Most tests are not about the first launch: mark the content note as already read.
  if (!options.firstLaunch) {
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
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${inject('baseUrl')}${options.query ?? '?test'}`);
  await page.waitForFunction(() => window.__her?.ready === true);
  return { page, context, errors };
}

/** Waits until the stage (Phaser) has drawn, so screenshots show the scene. */
export async function waitForStage(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__her?.stageReady === true, null, { timeout: 30_000 });
  await page.waitForTimeout(1200); // the stage fades in
}

/** The automation API's view of the game. */
export function state(page: Page) {
  return page.evaluate(() => window.__her!.state());
}

/** Saves a screenshot under tests/e2e/artifacts. */
export function shot(page: Page, name: string) {
  // A software-rendered screenshot can take far longer than 30 s on a shared, busy machine;
  // the picture is evidence for people, so waiting for it beats failing the run.
  return page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), timeout: 120_000 });
}

/** Reads on with Space until choices are offered (finishing each line as a player would). */
export async function readUntilChoices(page: Page, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const s = await state(page);
    if (s.choices.length > 0 && s.revealed) {
      await page.locator('.choice').first().waitFor();
      return;
    }
    await page.keyboard.press('Space');
  }
  throw new Error('no choices appeared');
}

const AXE = path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

/** Serious and critical axe-core violations on the page, readably. */
export async function axeProblems(page: Page): Promise<string[]> {
  // Evaluated, not added as a <script>: the page's Content Security Policy allows no inline code.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<Result> } }).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      where: v.nodes.map((n) => n.target.join(' ')).slice(0, 3),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) at ${v.where.join(', ')}`);
}
