/**
 * The deterministic figures: total JavaScript gzipped, for the game and the baseline, and the
 * per-chapter asset bytes, which come from `npm run bench:assets` (tools/bench/assets.ts),
 * run as its own process with --json because that script does its work when loaded.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** One chapter's sound files and their bytes, with the pictures' share added. */
export interface ChapterAssets {
  chapter: string;
  files: number;
  sound: number;
  total: number;
}

/** What bench:assets measured (null if it could not run). */
export interface AssetFigures {
  pictures: number;
  allSound: number;
  rows: ChapterAssets[];
  /** bench:assets' own verdict (it exits non-zero over its 4 MB per-chapter budget). */
  withinBudget: boolean;
}

/** Runs tools/bench/assets.ts --json and reads its last line. */
export function chapterAssets(): AssetFigures | null {
  let out: string;
  let withinBudget = true;
  try {
    out = execFileSync('npx', ['tsx', 'tools/bench/assets.ts', '--json'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (error) {
    // Over budget it still prints its figures before exiting with 1.
    out = String((error as { stdout?: string }).stdout ?? '');
    withinBudget = false;
  }
  const json = out.trim().split('\n').at(-1) ?? '';
  try {
    const parsed = JSON.parse(json) as Omit<AssetFigures, 'withinBudget'>;
    return { ...parsed, withinBudget };
  } catch {
    return null;
  }
}
