/**
 * `npm run soak`: whole playthroughs one after another in one page, never reloaded, through
 * the automation API (seeded random choices; interludes read as text), with the JS heap
 * after the first and after the last (after forced garbage collection): the last may be at
 * most 1.1× the first, and no console error or uncaught exception may appear.
 * Options: --playthroughs N (20), --seed S (1), --dist DIR (an existing build).
 */
import { parseArgs } from 'node:util';
import { launch, newPage, openAndWait, waitForStage } from '../bench/browser.ts';
import { playOnce, readHeap } from '../bench/playthroughs.ts';
import { ratio } from '../bench/stats.ts';
import { serveGame } from './site.ts';

const { values: args } = parseArgs({
  options: {
    playthroughs: { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
    dist: { type: 'string' },
  },
});
/** The heap after the last playthrough, relative to after the first (issue 10). */
const BUDGET = 1.1;
const count = Number(args.playthroughs);
const MB = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

const site = await serveGame(args.dist);
const browser = await launch();
let ok: boolean;
try {
  const target = await newPage(browser, { skipInterludes: true });
  await openAndWait(target, site.url);
  await waitForStage(target.page);
  const start = await readHeap(target.cdp);
  console.log(`soak: heap at the title ${MB(start.usedBytes)}, ${start.nodes} DOM nodes`);
  let first = start;
  for (let i = 0; i < count; i++) {
    const seed = Number(args.seed) + i;
    const run = await playOnce(target.page, seed);
    const heap = await readHeap(target.cdp);
    // Progress grows by design (lines seen, options taken, bounded by the story's size):
    // printed beside the heap, so real growth can be told from a leak.
    const progress = await target.page.evaluate(
      () => localStorage.getItem('her.progress')?.length ?? 0,
    );
    if (i === 0) first = heap;
    console.log(
      `soak: ${i + 1}/${count} seed ${seed}: ${run.ending ?? '(no ending)'} in ${run.steps} steps, ${(run.ms / 1000).toFixed(1)} s; heap ${MB(heap.usedBytes)}, ${heap.nodes} nodes, ${heap.listeners} listeners; progress ${(progress / 1024).toFixed(0)} KB`,
    );
  }
  const last = await readHeap(target.cdp);
  const growth = ratio(last.usedBytes, first.usedBytes);
  console.log(
    `\nsoak: heap after 1 playthrough ${MB(first.usedBytes)}, after ${count} ${MB(last.usedBytes)}: ${growth}× (budget ≤ ${BUDGET}×)`,
  );
  console.log(`soak: console errors and uncaught exceptions: ${target.errors.length}`);
  for (const e of target.errors.slice(0, 10)) console.log(`  ${e}`);
  ok = growth <= BUDGET && target.errors.length === 0;
  console.log(ok ? 'soak: clean' : 'soak: FAILED');
} finally {
  await browser.close();
  await site.close();
}
process.exit(ok ? 0 : 1);
