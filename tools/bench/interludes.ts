/**
 * Frame times in each playable interlude (cave, walk, run), reached as a player would: a
 * jump to the passage before it, then reading on with Space (option 1 at any choice) until
 * the scene is being played, then holding the key that moves him while frames are timed.
 */
import type { Browser, Page } from 'playwright-core';
import { frameGaps, newPage, openAndWait, waitForStage } from './browser.ts';

/** How each interlude is reached and played (see tests/e2e/cave, walk and run). */
const INTERLUDES = {
  cave: { knot: 'the_cave.living_room', keys: ['ArrowRight'], playing: () => true },
  walk: {
    knot: 'the_date.walk',
    keys: ['ArrowUp'],
    // Her voice sets the first direction after the intro: then there is somewhere to walk.
    playing: (probe: Record<string, unknown>) => probe.direction === 'straight',
  },
  run: {
    knot: 'not_found.silent_desk',
    keys: ['ArrowRight'],
    playing: (probe: Record<string, unknown>) => probe.phase === 'office',
  },
} as const;

/** The interludes the bench times. */
export type InterludeKey = keyof typeof INTERLUDES;
/** Every interlude, in story order. */
export const INTERLUDE_KEYS = Object.keys(INTERLUDES) as InterludeKey[];

/** The interlude's own report of itself, or null while the story is being read. */
async function probe(page: Page, key: string): Promise<Record<string, unknown> | null> {
  const s = await page.evaluate(() => window.__her!.state().interlude);
  return s?.key === key ? (s.probe ?? {}) : null;
}

/** Reads from the knot until the interlude's scene is running and `playing` says so. */
export async function reach(page: Page, key: InterludeKey): Promise<void> {
  const how = INTERLUDES[key];
  await page.evaluate((k) => window.__her!.jump(k), how.knot);
  for (let i = 0; i < 150; i++) {
    const s = await page.evaluate(() => window.__her!.state());
    if (s.interlude?.key === key && s.interlude.probe && 'phase' in s.interlude.probe) break;
    await page.keyboard.press(s.choices.length > 0 && s.revealed ? '1' : 'Space');
    await page.waitForTimeout(150);
  }
  for (let t = 0; t < 300; t++) {
    const p = await probe(page, key);
    if (!p) throw new Error(`the ${key} interlude never started`);
    if (how.playing(p)) break;
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(1500); // the chapter card and the curtain clear
}

/** Frame gaps over `ms` of playing one interlude in a fresh page. */
export async function interludeFrames(
  browser: Browser,
  url: string,
  key: InterludeKey,
  ms = 5000,
): Promise<{ gaps: number[]; errors: string[] }> {
  const target = await newPage(browser, { skipInterludes: false });
  try {
    await openAndWait(target, url);
    await waitForStage(target.page);
    await reach(target.page, key);
    const keys = INTERLUDES[key].keys;
    for (const k of keys) await target.page.keyboard.down(k);
    const gaps = await frameGaps(target.page, ms);
    for (const k of keys) await target.page.keyboard.up(k);
    return { gaps, errors: target.errors };
  } finally {
    await target.context.close();
  }
}
