/**
 * The table's rows for what a player waits on and sees: loading, bytes, frames, idle CPU.
 * Each figure beside its baseline, with the budgets from issue 10.
 */
import { budgetRow, bytes, infoRow, skipRow, type Row } from './report.ts';
import type { IdleCpu } from './idle-cpu.ts';
import { BUDGET, type Results } from './results.ts';
import { ratio, type FrameSummary } from './stats.ts';

const ms = (n: number) => `${n} ms`;
const frameText = (f: FrameSummary) =>
  `p50 ${f.p50} / p95 ${f.p95} / p99 ${f.p99} ms (${f.frames})`;

/**
 * Below this many main-thread ms a second a page counts as idle: the bare baseline page itself
 * reads anywhere from 0.05 to 2.7 ms/s from one 4-second sample to the next (a collection, a
 * timer of the browser's own), so a ratio of two figures under it measures only that noise.
 */
const IDLE_FLOOR = 0.5;

/** The game's idle CPU over the baseline's, each taken as at least IDLE_FLOOR. */
const idleRatio = (game: number, baseline: number) =>
  ratio(Math.max(game, IDLE_FLOOR), Math.max(baseline, IDLE_FLOOR));

/** Rows for skipped parts, loading, sizes, frames and idle CPU. */
export function pageRows(r: Results): Row[] {
  const rows: Row[] = [];
  const base = r.frames?.baseline;
  for (const [part, why] of Object.entries(r.skipped)) rows.push(skipRow(part, why));
  if (r.load) {
    const { game, baseline } = r.load;
    rows.push(
      budgetRow(
        'navigation → interactive title',
        ms(game.interactiveMs),
        ms(baseline.interactiveMs),
        ratio(game.interactiveMs, baseline.interactiveMs),
        BUDGET.interactive,
        '×',
      ),
      budgetRow(
        'bytes before first interaction',
        bytes(game.bytesBeforeInteractive),
        bytes(baseline.bytesBeforeInteractive),
        ratio(game.bytesBeforeInteractive, baseline.bytesBeforeInteractive),
        BUDGET.bytes,
        '×',
      ),
      infoRow(
        'first contentful paint',
        ms(game.firstPaintMs ?? NaN),
        ms(baseline.firstPaintMs ?? NaN),
      ),
      infoRow(
        'bytes in the first 3 s (stage too)',
        bytes(game.bytesAfterSettling),
        bytes(baseline.bytesAfterSettling),
      ),
    );
  }
  if (r.js)
    rows.push(
      infoRow(
        'total JS, gzipped',
        `${bytes(r.js.game.gzipped)} (${r.js.game.files} files)`,
        bytes(r.js.baseline.gzipped),
      ),
    );
  for (const c of r.assets?.rows ?? []) {
    rows.push(
      budgetRow(
        `chapter ${c.chapter} assets (${c.files} sounds + pictures)`,
        bytes(c.total),
        '',
        Math.round((c.total / 1024 / 1024) * 100) / 100,
        4,
        ' MB',
      ),
    );
  }
  for (const [name, f] of Object.entries(r.frames ?? {})) {
    if (name === 'baseline') continue;
    rows.push(
      budgetRow(
        `frames: ${name}`,
        frameText(f),
        base ? frameText(base) : '',
        f.p95,
        BUDGET.frameP95,
        ' ms p95',
      ),
    );
  }
  if (r.idle) {
    const text = (c: IdleCpu) => `${c.taskMsPerS} (script ${c.scriptMsPerS})`;
    const { reading, rest } = r.idle;
    rows.push(
      infoRow(
        'CPU reading a line, motes drifting (ms/s)',
        text(reading.game),
        text(reading.baseline),
        `${ratio(reading.game.taskMsPerS, reading.baseline.taskMsPerS)}×`,
      ),
      budgetRow(
        `CPU idle at a line, at rest (ms/s; ${IDLE_FLOOR} = idle)`,
        text(rest.game),
        text(rest.baseline),
        idleRatio(rest.game.taskMsPerS, rest.baseline.taskMsPerS),
        BUDGET.idleCpu,
        '×',
      ),
    );
  }
  return rows;
}
