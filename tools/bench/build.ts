/**
 * Builds the game and the baseline page into temporary folders (never dist/, which the
 * browser tests serve), so the bench always measures the tree as it is now.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { inkPlugin } from '../vite-plugin-ink.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Where the two builds landed. */
export interface Builds {
  game: string;
  baseline: string;
}

/** `vite build --outDir <temp>` for the game, with the project's own config. */
export async function buildGame(): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'her-bench-game-'));
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** The baseline page, built by the same ink plugin so it carries the same compiled story. */
export async function buildBaseline(): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'her-bench-baseline-'));
  await build({
    configFile: false,
    root: path.join(import.meta.dirname, 'baseline'),
    base: './',
    logLevel: 'warn',
    plugins: [inkPlugin()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  return outDir;
}

/** Both builds, one after the other (the machine is shared: no parallel builds). */
export async function buildBoth(): Promise<Builds> {
  return { game: await buildGame(), baseline: await buildBaseline() };
}

/** Total bytes of every JavaScript file in a build, each gzipped on its own (as served). */
export function gzippedJs(dir: string): { files: number; raw: number; gzipped: number } {
  const js = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'));
  let raw = 0;
  let gzipped = 0;
  for (const file of js) {
    const body = readFileSync(path.join(dir, file));
    raw += body.length;
    gzipped += gzipSync(body, { level: 9 }).length;
  }
  return { files: js.length, raw, gzipped };
}
