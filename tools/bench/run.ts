/**
 * `npm run bench`: the game's performance budgets (issue 10), each figure measured beside a
 * bare baseline page in the same run. Builds the game and the baseline into temporary
 * folders, serves them on 127.0.0.1, drives Debian's Chromium, prints a table and writes
 * bench-report.json. A missed budget is a FAIL row; the exit code is non-zero only with
 * --strict. Options: --runs N (cold visits per page, 5), --playthroughs N (20),
 * --skip part,part (load, frames, interludes, idle, heap, engine, saves, dev, sizes).
 */
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { compileInk } from '../ink/compile.ts';
import { launch } from './browser.ts';
import { buildBaseline, buildGame, gzippedJs } from './build.ts';
import { measureDevLoop } from './dev-loop.ts';
import { measureEngine } from './engine.ts';
import { measureIdleCpu } from './idle-cpu.ts';
import { measureLoad } from './load.ts';
import { formatTable } from './report.ts';
import type { Results } from './results.ts';
import { memoryRows } from './rows-memory.ts';
import { pageRows } from './rows-page.ts';
import { measureSaves } from './saves.ts';
import { serveSites, type BenchHost } from './serve.ts';
import { chapterAssets } from './sizes.ts';
import { measurePages } from './pages.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    playthroughs: { type: 'string', default: '20' },
    skip: { type: 'string', default: '' },
    report: { type: 'string', default: path.join(root, 'bench-report.json') },
  },
});
const skip = new Set(args.skip.split(',').filter(Boolean));
const results: Results = {
  machine: { cpus: os.cpus().length, loadAverage: os.loadavg() },
  skipped: {},
};
const temp: string[] = [];
let browser: Browser | null = null;
let host: BenchHost | null = null;

/** Runs one part, timing it; a part that throws is reported as skipped, the rest go on. */
async function part(name: string, run: () => Promise<void> | void): Promise<void> {
  if (skip.has(name)) return;
  const started = performance.now();
  process.stdout.write(`bench: ${name}…`);
  try {
    await run();
    console.log(` ${Math.round((performance.now() - started) / 1000)} s`);
  } catch (error) {
    results.skipped[name] = (error as Error).message.split('\n')[0] ?? 'failed';
    console.log(` failed: ${results.skipped[name]}`);
  }
}

async function cleanUp(): Promise<void> {
  await browser?.close().catch(() => {});
  await host?.close().catch(() => {});
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
}
process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));

try {
  // Node first, while no browser competes for the two cores.
  const story = compileInk(path.join(root, 'story/her.ink'));
  if (!story.json) throw new Error('the story does not compile: run npm run story:check');
  const json = story.json;
  await part('engine', () => void (results.engine = measureEngine(json)));
  await part('saves', async () => void (results.saves = await measureSaves(json, story.hash)));
  const game = await buildGame();
  const baseline = await buildBaseline();
  temp.push(game, baseline);
  await part('sizes', () => {
    const [g, b] = [gzippedJs(game), gzippedJs(baseline)];
    results.js = { game: g, baseline: b };
    results.assets = chapterAssets();
  });
  host = await serveSites({ game, baseline });
  browser = await launch();
  const urls = { game: `${host.url('game')}?test`, baseline: host.url('baseline') };
  const b = browser;
  await part(
    'load',
    async () => void (results.load = await measureLoad(b, urls, Number(args.runs))),
  );
  await measurePages(b, urls, results, part, Number(args.playthroughs));
  await part('idle', async () => void (results.idle = await measureIdleCpu(b, urls)));
  await part('dev', async () => void (results.devLoop = await measureDevLoop(b)));
} finally {
  await cleanUp();
}

const rows = [...pageRows(results), ...memoryRows(results)];
results.machine.loadAverage = os.loadavg();
console.log(`\n${formatTable(rows)}`);
console.log(
  `\nload average during the run: ${os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
);
if (args.report) {
  writeFileSync(args.report, `${JSON.stringify({ rows, results }, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), args.report)}`);
}
const failed = rows.filter((r) => r.status === 'FAIL');
if (failed.length > 0) {
  console.log(`\n${failed.length} budget(s) missed: ${failed.map((r) => r.figure).join('; ')}`);
}
if (args.strict && (failed.length > 0 || Object.keys(results.skipped).length > 0)) process.exit(1);
