/**
 * The in-page figures: frame times while reading and in each interlude (beside the baseline
 * page's idle frames), and the JS heap across whole playthroughs in one page.
 */
import type { Browser } from 'playwright-core';
import { newPage, openAndWait, waitForStage } from './browser.ts';
import { dissolveFrames, idleFrames, typingFrames } from './frames.ts';
import { INTERLUDE_KEYS, interludeFrames } from './interludes.ts';
import { playOnce, readHeap } from './playthroughs.ts';
import type { Results } from './results.ts';
import { frameSummary } from './stats.ts';

/** Runs a named part of the bench (see run.ts: a failing part is reported, not fatal). */
type Part = (name: string, run: () => Promise<void>) => Promise<void>;

/** Frame times (reading, dissolves, interludes) and the heap over `playthroughs` runs. */
export async function measurePages(
  browser: Browser,
  urls: { game: string; baseline: string },
  results: Results,
  part: Part,
  playthroughs: number,
): Promise<void> {
  const frames: NonNullable<Results['frames']> = {};
  results.frames = frames;
  await part('frames', async () => {
    const baseline = await newPage(browser);
    const game = await newPage(browser);
    try {
      await openAndWait(baseline, urls.baseline);
      frames.baseline = frameSummary(await idleFrames(baseline.page));
      await baseline.context.close();
      await openAndWait(game, urls.game);
      frames['line typing out'] = frameSummary(await typingFrames(game.page));
      frames['background dissolve'] = frameSummary(await dissolveFrames(game.page));
      if (game.errors.length) throw new Error(`page errors: ${game.errors.join(' | ')}`);
    } finally {
      await baseline.context.close();
      await game.context.close();
    }
  });
  await part('interludes', async () => {
    for (const key of INTERLUDE_KEYS) {
      const { gaps, errors } = await interludeFrames(browser, urls.game, key);
      frames[`interlude: ${key}`] = frameSummary(gaps);
      if (errors.length) throw new Error(`errors in the ${key}: ${errors.join(' | ')}`);
    }
  });
  await part('heap', async () => {
    const baseline = await newPage(browser);
    await openAndWait(baseline, urls.baseline);
    const baseHeap = await readHeap(baseline.cdp);
    await baseline.context.close();
    // Interludes read as text: the automation API plays the story, not the mini-games.
    const game = await newPage(browser, { skipInterludes: true });
    try {
      await openAndWait(game, urls.game);
      await waitForStage(game.page);
      const endings: string[] = [];
      let after1 = await readHeap(game.cdp);
      for (let i = 1; i <= playthroughs; i++) {
        endings.push((await playOnce(game.page, i)).ending ?? '(none)');
        if (i === 1) after1 = await readHeap(game.cdp);
      }
      const afterN = await readHeap(game.cdp);
      results.heap = { after1, afterN, n: playthroughs, baseline: baseHeap, endings };
      if (game.errors.length) throw new Error(`page errors: ${game.errors.join(' | ')}`);
    } finally {
      await game.context.close();
    }
  });
}
