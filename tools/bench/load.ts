/**
 * Navigation to an interactive title, and the bytes fetched before it, for the game and the
 * baseline page: several cold visits each, interleaved, so a busy moment on this shared
 * machine hits both pages alike. Medians are reported.
 */
import type { Browser } from 'playwright-core';
import { newPage, openAndWait } from './browser.ts';
import { median } from './stats.ts';

/** One cold visit: when it was interactive, and what it had fetched by then. */
export interface Visit {
  interactiveMs: number;
  firstPaintMs: number | null;
  bytesBeforeInteractive: number;
  requestsBeforeInteractive: number;
  /** Bytes fetched in the first seconds after the title, stage and first sounds included. */
  bytesAfterSettling: number;
  /** What was fetched before the page was interactive: file and bytes on the wire. */
  before: { name: string; bytes: number }[];
}

/** Medians of several visits to one page. */
export interface LoadFigures {
  runs: number;
  interactiveMs: number;
  firstPaintMs: number | null;
  bytesBeforeInteractive: number;
  requestsBeforeInteractive: number;
  bytesAfterSettling: number;
  samples: number[];
  /** The first visit's requests before it was interactive. */
  before: { name: string; bytes: number }[];
}

/** Visits `url` once in a fresh context (empty cache), waiting `settleMs` after it is interactive. */
async function visit(browser: Browser, url: string, settleMs: number): Promise<Visit> {
  const target = await newPage(browser);
  try {
    const ready = await openAndWait(target, url);
    await target.page.waitForTimeout(settleMs);
    // Resource Timing's transferSize is the compressed body plus headers, as on the wire.
    const entries = await target.page.evaluate(() =>
      [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
        ...performance.getEntriesByName('first-contentful-paint'),
      ].map((e) => ({
        name: e.name.split('/').pop() || e.name,
        type: e.entryType,
        start: e.startTime,
        bytes: 'transferSize' in e ? (e as PerformanceResourceTiming).transferSize : 0,
      })),
    );
    const fetched = entries.filter((e) => e.type !== 'paint');
    const before = fetched.filter((e) => e.start <= ready);
    const paint = entries.find((e) => e.type === 'paint');
    return {
      interactiveMs: ready,
      firstPaintMs: paint ? paint.start : null,
      bytesBeforeInteractive: before.reduce((s, e) => s + e.bytes, 0),
      requestsBeforeInteractive: before.length,
      bytesAfterSettling: fetched.reduce((s, e) => s + e.bytes, 0),
      before: before.map((e) => ({ name: e.name, bytes: e.bytes })),
    };
  } finally {
    await target.context.close();
  }
}

/** Folds several visits into medians. */
function summarise(visits: Visit[]): LoadFigures {
  const paints = visits.map((v) => v.firstPaintMs).filter((p): p is number => p !== null);
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    runs: visits.length,
    interactiveMs: r(median(visits.map((v) => v.interactiveMs))),
    firstPaintMs: paints.length ? r(median(paints)) : null,
    bytesBeforeInteractive: median(visits.map((v) => v.bytesBeforeInteractive)),
    requestsBeforeInteractive: median(visits.map((v) => v.requestsBeforeInteractive)),
    bytesAfterSettling: median(visits.map((v) => v.bytesAfterSettling)),
    samples: visits.map((v) => r(v.interactiveMs)),
    before: visits[0]?.before ?? [],
  };
}

/** `runs` cold visits to each page, alternating which goes first, after one warm-up each. */
export async function measureLoad(
  browser: Browser,
  urls: { game: string; baseline: string },
  runs: number,
): Promise<{ game: LoadFigures; baseline: LoadFigures }> {
  // Warm-up: the first launch of a renderer process is slower for whichever page goes first.
  await visit(browser, urls.baseline, 0);
  await visit(browser, urls.game, 0);
  const game: Visit[] = [];
  const baseline: Visit[] = [];
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? (['game', 'baseline'] as const) : (['baseline', 'game'] as const);
    for (const which of order) {
      const v = await visit(browser, urls[which], 3000);
      (which === 'game' ? game : baseline).push(v);
    }
  }
  return { game: summarise(game), baseline: summarise(baseline) };
}
