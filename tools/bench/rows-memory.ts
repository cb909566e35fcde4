/** The table's rows for memory, the engine in Node, saves and the writer's dev loop. */
import { budgetRow, bytes, infoRow, type Row } from './report.ts';
import { BUDGET, type Results } from './results.ts';
import { ratio } from './stats.ts';

const ms = (n: number) => `${n} ms`;

/** Rows for the heap, the engine, save and load, and the dev loop. */
export function memoryRows(r: Results): Row[] {
  const rows: Row[] = [];
  if (r.heap) {
    const { after1, afterN, n, baseline } = r.heap;
    rows.push(
      budgetRow(
        `JS heap after 1 → ${n} playthroughs`,
        `${bytes(after1.usedBytes)} → ${bytes(afterN.usedBytes)}`,
        bytes(baseline.usedBytes),
        ratio(afterN.usedBytes, after1.usedBytes),
        BUDGET.heap,
        '×',
      ),
      infoRow(
        'DOM nodes / listeners after 1 → N',
        `${after1.nodes}/${after1.listeners} → ${afterN.nodes}/${afterN.listeners}`,
        `${baseline.nodes}/${baseline.listeners}`,
      ),
    );
  }
  if (r.engine) {
    const e = r.engine;
    rows.push(
      budgetRow(
        'engine playthroughs/s (Node)',
        `${e.enginePerS}/s (no history ${e.engineLeanPerS}/s)`,
        `${e.rawPerS}/s inkjs`,
        e.ratio,
        BUDGET.engine,
        '×',
        true,
      ),
    );
  }
  if (r.saves) {
    const s = r.saves;
    rows.push(
      budgetRow(
        `save (${bytes(s.saveBytes)}, ${s.backlog} lines of backlog)`,
        ms(s.saveMs),
        '',
        s.saveMs,
        BUDGET.saveMs,
        ' ms',
      ),
      budgetRow(
        'load (read + validate + resume)',
        `${ms(s.loadMs)} (resume alone ${ms(s.resumeMs)})`,
        '',
        s.loadMs,
        BUDGET.loadMs,
        ' ms',
      ),
    );
  }
  if (r.devLoop)
    rows.push(
      budgetRow(
        'dev loop: .ink saved → text on screen',
        `${ms(r.devLoop.ms)} [${r.devLoop.samples.join(', ')}]`,
        '',
        r.devLoop.ms,
        BUDGET.devLoopMs,
        ' ms',
      ),
    );
  return rows;
}
