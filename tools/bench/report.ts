/**
 * The bench's table: each figure with the baseline beside it, the budget, and a verdict a
 * reader sees at a glance (FAIL rows stand out; INFO rows have no budget).
 */

/** One row of the table. */
export interface Row {
  figure: string;
  game: string;
  baseline: string;
  /** The number the budget applies to, as shown (a ratio, or a value). */
  measured: string;
  budget: string;
  status: 'ok' | 'FAIL' | 'INFO' | 'SKIP';
}

/** A budgeted row: `value` against `limit`, lower-is-better unless `atLeast`. */
export function budgetRow(
  figure: string,
  game: string,
  baseline: string,
  value: number,
  limit: number,
  unit: string,
  atLeast = false,
): Row {
  const ok = Number.isFinite(value) && (atLeast ? value >= limit : value <= limit);
  const show = (n: number) => `${Number.isFinite(n) ? Math.round(n * 100) / 100 : n}${unit}`;
  return {
    figure,
    game,
    baseline,
    measured: show(value),
    budget: `${atLeast ? '≥' : '≤'} ${show(limit)}`,
    status: ok ? 'ok' : 'FAIL',
  };
}

/** A row with no budget: a figure worth watching. */
export function infoRow(figure: string, game: string, baseline = '', measured = ''): Row {
  return { figure, game, baseline, measured, budget: '', status: 'INFO' };
}

/** A figure that could not be measured this run, and why. */
export function skipRow(figure: string, why: string): Row {
  return { figure, game: why, baseline: '', measured: '', budget: '', status: 'SKIP' };
}

/** The rows as a fixed-width text table. */
export function formatTable(rows: Row[]): string {
  const head: Row = {
    figure: 'figure',
    game: 'game',
    baseline: 'baseline',
    measured: 'measured',
    budget: 'budget',
    status: 'ok' as const,
  };
  const cols = ['figure', 'game', 'baseline', 'measured', 'budget'] as const;
  const width = Object.fromEntries(
    cols.map((c) => [c, Math.max(...[head, ...rows].map((r) => r[c].length))]),
  ) as Record<(typeof cols)[number], number>;
  const line = (r: Row, status: string) =>
    `${cols.map((c) => r[c].padEnd(width[c])).join('  ')}  ${status}`.trimEnd();
  const rule = '-'.repeat(line(head, 'status').length);
  return [line(head, 'status'), rule, ...rows.map((r) => line(r, r.status))].join('\n');
}

/** Bytes as KB or MB, for the table. */
export function bytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} KB`;
}
