/**
 * Frame times while reading: a line typing out, and a background dissolving into the next.
 * The baseline page's idle frames are sampled alongside, as the floor this machine's
 * headless compositor sets (nothing can be smoother than an idle page).
 */
import type { Page } from 'playwright-core';
import { frameGaps, waitForStage } from './browser.ts';

/** Knots whose first lines dissolve to a new background (see story/chapters). */
const DISSOLVES = [
  'letter_writer_612.walk_home',
  'the_date.restaurant',
  'sunday.beach',
  'commit_joy.the_cabin',
];
/** How long a dissolve lasts (src/scenes/background-layer.ts). */
const DISSOLVE_MS = 1400;

/** Typing is done once the dialogue box waits for the reader (or choices are offered). */
const LINE_DONE = `!!document.querySelector('.dialogue.is-waiting, .choice')`;

/**
 * Reads on through the API from `knot` until the background is dissolving in; returns how
 * many lines that took (null if no dissolve comes).
 */
async function untilDissolve(page: Page, knot: string): Promise<number | null> {
  await page.evaluate((k) => window.__her!.jump(k), knot);
  for (let i = 0; i < 12; i++) {
    const bg = await page.evaluate(
      () => (window.__her!.state().stage as { bg: { transition: string } | null }).bg,
    );
    if (bg?.transition === 'dissolve') return i;
    await page.evaluate(() => window.__her!.advance());
  }
  return null;
}

/**
 * Frame gaps across several background dissolves: each knot is jumped to twice, the
 * second time timed (so its picture is painted before and only the dissolve is measured).
 */
export async function dissolveFrames(page: Page): Promise<number[]> {
  await waitForStage(page);
  const gaps: number[] = [];
  for (const knot of DISSOLVES) {
    // Away first, so jumping to the knot changes the background and starts a dissolve.
    await page.evaluate(() => window.__her!.jump('letter_writer_612'));
    await page.waitForTimeout(1800);
    const lines = await untilDissolve(page, knot);
    if (lines === null) continue;
    await page.waitForTimeout(2000); // the first visit paints and caches the picture
    await page.evaluate(() => window.__her!.jump('letter_writer_612'));
    await page.waitForTimeout(1800);
    await page.evaluate(() => window.__her!.state()); // settle before timing
    gaps.push(
      ...(await frameGaps(page, DISSOLVE_MS, {
        before: `window.__her.jump(${JSON.stringify(knot)});${'window.__her.advance();'.repeat(lines)}`,
      })),
    );
  }
  return gaps;
}

/** Frame gaps while `lines` lines type out one after another (narration and dialogue). */
export async function typingFrames(page: Page, lines = 8): Promise<number[]> {
  await waitForStage(page);
  await page.evaluate(() => window.__her!.jump('letter_writer_612.walk_home'));
  await page.waitForTimeout(2500); // the dissolve ends: only typing is timed
  const gaps: number[] = [];
  for (let i = 0; i < lines; i++) {
    const s = await page.evaluate(() => window.__her!.state());
    if (s.choices.length > 0) await page.evaluate(() => window.__her!.choose(0));
    gaps.push(
      ...(await frameGaps(page, 6000, {
        before: 'window.__her.advance()',
        until: LINE_DONE,
        minMs: 50,
      })),
    );
    await page.waitForTimeout(300);
  }
  return gaps;
}

/** The baseline page's frame gaps over `ms` (it only sits there, as the floor). */
export function idleFrames(page: Page, ms = 5000): Promise<number[]> {
  return frameGaps(page, ms);
}
