/**
 * Whole playthroughs of the built game in one page, through the automation API, with seeded
 * random choices, and the JS heap after each (after a forced garbage collection). The bench's
 * heap figure and `npm run soak` both use this.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { CDPSession, Page } from 'playwright-core';

/** Most steps one playthrough may take before it counts as stuck (a real one takes ~1,000). */
const MAX_STEPS = 8000;
/** Steps taken per round trip to the page: a few frames are drawn between batches. */
const BATCH = 20;

/** JS heap in use and DOM size, after collecting garbage. */
export interface HeapReading {
  usedBytes: number;
  nodes: number;
  listeners: number;
}

/**
 * How long to let the page settle before a reading: automated play takes a choice every few
 * milliseconds, each choice point starts an autosave, and records still being written to
 * IndexedDB (with their listeners) added up to 1.3 MB and 30 listeners to a reading taken at
 * once; 2.5 s later they were gone.
 */
const SETTLE_MS = 2500;

/** Lets pending saves finish, forces two full collections, then reads heap and DOM counters. */
export async function readHeap(cdp: CDPSession): Promise<HeapReading> {
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return { usedBytes: usedSize, nodes: m.Nodes ?? 0, listeners: m.JSEventListeners ?? 0 };
}

/** How one playthrough went. */
export interface PlayResult {
  ending: string | null;
  steps: number;
  ms: number;
}

/**
 * Plays from the title to an ending and back to the title: New game, then (in batches, so the
 * stage draws as it goes) advance or a seeded random choice, then "Back to the title".
 */
export async function playOnce(page: Page, seed: number): Promise<PlayResult> {
  const started = Date.now();
  let rng = xoroshiro128plus(seed);
  const next = () => {
    const [n, after] = [uniformInt(rng, 0, 1_000_000), rng];
    rng = after;
    return n / 1_000_001;
  };
  await page.click('#new-game');
  let steps = 0;
  while (steps < MAX_STEPS) {
    const picks = Array.from({ length: BATCH }, next);
    const out = await page.evaluate((rolls) => {
      const her = window.__her!;
      let taken = 0;
      for (const roll of rolls) {
        const s = her.state();
        if (s.screen !== 'play' || s.ending) return { taken, ended: true };
        if (s.choices.length > 0) her.choose(Math.floor(roll * s.choices.length));
        else her.advance();
        taken++;
      }
      return { taken, ended: false };
    }, picks);
    steps += out.taken;
    if (out.ended) break;
    await page.waitForTimeout(16); // let a frame or two draw what the batch changed
  }
  if (steps >= MAX_STEPS) throw new Error(`playthrough ${seed} did not end in ${MAX_STEPS} steps`);
  const ending = await page.evaluate(() => window.__her!.state().ending);
  await page.locator('#end button', { hasText: 'Back to the title' }).click();
  await page.waitForFunction(() => window.__her!.state().screen === 'title');
  return { ending, steps, ms: Date.now() - started };
}
