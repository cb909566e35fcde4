/** Everything one bench run measured (written to bench-report.json), and the budgets. */
import type { DevLoopFigures } from './dev-loop.ts';
import type { EngineFigures } from './engine.ts';
import type { IdlePair } from './idle-cpu.ts';
import type { LoadFigures } from './load.ts';
import type { HeapReading } from './playthroughs.ts';
import type { SaveFigures } from './saves.ts';
import type { AssetFigures } from './sizes.ts';
import type { FrameSummary } from './stats.ts';

/** The bench's raw results (also written to bench-report.json); a missing part was skipped. */
export interface Results {
  machine: { cpus: number; loadAverage: number[] };
  js?: { game: { gzipped: number; files: number }; baseline: { gzipped: number; files: number } };
  assets?: AssetFigures | null;
  load?: { game: LoadFigures; baseline: LoadFigures };
  frames?: Record<string, FrameSummary>;
  idle?: { reading: IdlePair; rest: IdlePair };
  heap?: {
    after1: HeapReading;
    afterN: HeapReading;
    n: number;
    baseline: HeapReading;
    endings: string[];
  };
  engine?: EngineFigures;
  saves?: SaveFigures;
  devLoop?: DevLoopFigures;
  skipped: Record<string, string>;
}

/** The budgets (issue 10). */
export const BUDGET = {
  interactive: 1.3,
  bytes: 2,
  frameP95: 16.8,
  idleCpu: 1.2,
  heap: 1.1,
  engine: 0.8,
  saveMs: 5,
  loadMs: 30,
  devLoopMs: 1000,
};
