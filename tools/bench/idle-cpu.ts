/**
 * CPU a page uses while the player sits at a finished line, from DevTools' own counters
 * (TaskDuration: all main-thread work; ScriptDuration: JavaScript), for the game and the
 * baseline page, several rounds each, interleaved: first while the player reads (ambient
 * motes still drift, at a gentle frame rate), then once the game, left alone, has come to rest.
 */
import type { Browser, CDPSession } from 'playwright-core';
import { newPage, openAndWait, waitForStage, type BenchPage } from './browser.ts';
import { median } from './stats.ts';

/** How long after the stage falls asleep the at-rest figure waits before sampling. */
const REST_SETTLE_MS = 5000;
/** Each sample's length; the reading's rounds must end before the half minute (REST_MS). */
const SAMPLE_MS = 4000;
const READING_ROUNDS = 4;
const REST_ROUNDS = 5;

/** Main-thread milliseconds per second of wall time while idle. */
export interface IdleCpu {
  taskMsPerS: number;
  scriptMsPerS: number;
  samples: number[];
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Work done by the page's main thread over `ms` of doing nothing, per second. */
async function sample(target: BenchPage, ms: number): Promise<{ task: number; script: number }> {
  await target.cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const a = await metrics(target.cdp);
  await target.page.waitForTimeout(ms);
  const b = await metrics(target.cdp);
  const per = (name: string) => (((b[name] ?? 0) - (a[name] ?? 0)) * 1000 * 1000) / ms;
  return { task: per('TaskDuration'), script: per('ScriptDuration') };
}

/** Opens the game at a line in the middle of reading, typed out, with the stage drawn. */
async function gameAtWaitingLine(browser: Browser, url: string): Promise<BenchPage> {
  const target = await newPage(browser);
  await openAndWait(target, url);
  await waitForStage(target.page);
  await target.page.evaluate(() => window.__her!.jump('letter_writer_612.walk_home'));
  await target.page.evaluate(() => window.__her!.advance());
  await target.page.waitForFunction(() => window.__her!.state().revealed, null, {
    timeout: 20_000,
  });
  await target.page.waitForTimeout(3000); // dissolve and line are done: nothing should move
  return target;
}

/** The game's idle CPU and the baseline page's over the same seconds. */
export interface IdlePair {
  game: IdleCpu;
  baseline: IdleCpu;
}

type Sample = { task: number; script: number };

const fold = (list: Sample[]): IdleCpu => ({
  taskMsPerS: Math.round(median(list.map((s) => s.task)) * 100) / 100,
  scriptMsPerS: Math.round(median(list.map((s) => s.script)) * 100) / 100,
  samples: list.map((s) => Math.round(s.task * 100) / 100),
});

/** `rounds` samples of `ms` each from both pages at once. */
async function samplePair(game: BenchPage, baseline: BenchPage, rounds: number, ms: number) {
  const out: Record<'game' | 'baseline', Sample[]> = { game: [], baseline: [] };
  // Both pages over the same seconds: whatever else the machine does hits both alike.
  for (let i = 0; i < rounds; i++) {
    const [b, g] = await Promise.all([sample(baseline, ms), sample(game, ms)]);
    out.baseline.push(b);
    out.game.push(g);
  }
  return { game: fold(out.game), baseline: fold(out.baseline) };
}

/** Idle CPU while reading (motes drifting) and at rest (the player has left it alone). */
export async function measureIdleCpu(
  browser: Browser,
  urls: { game: string; baseline: string },
): Promise<{ reading: IdlePair; rest: IdlePair }> {
  const game = await gameAtWaitingLine(browser, urls.game);
  const baseline = await newPage(browser);
  await openAndWait(baseline, urls.baseline);
  await baseline.page.waitForTimeout(1000);
  try {
    const reading = await samplePair(game, baseline, READING_ROUNDS, SAMPLE_MS);
    // Half a minute without input (REST_MS) and the ambient motion eases to a stop.
    await game.page.waitForFunction(
      () => document.documentElement.dataset.stagePace === 'asleep',
      null,
      {
        timeout: 90_000,
      },
    );
    // The page has just gone quiet: V8 takes that moment to collect garbage. Idle is after.
    await game.page.waitForTimeout(REST_SETTLE_MS);
    const rest = await samplePair(game, baseline, REST_ROUNDS, SAMPLE_MS);
    return { reading, rest };
  } finally {
    await game.context.close();
    await baseline.context.close();
  }
}
