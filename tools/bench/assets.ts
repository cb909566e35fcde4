/**
 * `npm run bench:assets`: what each chapter makes a player download in pictures and sound,
 * against the budget. Pictures are painted in code, so their payload is the painters' code
 * (bundled and gzipped here); sound files load when a chapter first plays them. Deterministic:
 * CI runs it, and it fails when a chapter, or the pictures, go over budget.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { ambience, music, sfx } from '../../src/assets/manifest.ts';

const root = path.resolve(import.meta.dirname, '../..');
/** Pictures and the sound of any one chapter together stay under this. */
const BUDGET = 4 * 1024 * 1024;
const MB = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

/** The painters, bundled and minified on their own, gzipped: the pictures' whole payload. */
async function picturesBytes(): Promise<number> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: path.join(root, 'src/scenes/painters/index.ts'), formats: ['es'] },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) =>
    'output' in r ? r.output : [],
  );
  return outputs.reduce(
    (sum, chunk) => sum + gzipSync(chunk.type === 'chunk' ? chunk.code : chunk.source).length,
    0,
  );
}

/** The sound files a chapter's ink names (its interlude lines file counts as part of it). */
function chapterSounds(files: string[]): Set<string> {
  const tables = { music, ambience, sfx } as Record<string, Record<string, { file: string }>>;
  const found = new Set<string>();
  for (const file of files) {
    const text = readFileSync(path.join(root, 'story/chapters', file), 'utf8');
    for (const [, kind, key] of text.matchAll(/#\s*(music|ambience|sfx):\s*([a-z_]+)/g)) {
      const entry = tables[kind!]?.[key!];
      if (entry) found.add(entry.file);
    }
  }
  return found;
}

const bytesOf = (file: string) => statSync(path.join(root, 'assets', file)).size;
/** Heard before or around every chapter: the title theme and the interface cues. */
const everywhere = [music.theme.file, sfx.choice.file, sfx.page.file];

const pictures = await picturesBytes();
const chapterFiles = readdirSync(path.join(root, 'story/chapters')).filter((f) =>
  f.endsWith('.ink'),
);
const chapters = [...new Set(chapterFiles.map((f) => f.slice(0, 2)))].sort();
const rows = chapters.map((n) => {
  const sounds = chapterSounds(chapterFiles.filter((f) => f.startsWith(n)));
  for (const file of everywhere) sounds.add(file);
  const sound = [...sounds].reduce((sum, file) => sum + bytesOf(file), 0);
  return { chapter: n, files: sounds.size, sound, total: sound + pictures };
});
const allSound = readdirSync(path.join(root, 'assets/audio'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.mp3'))
  .reduce((sum, f) => sum + bytesOf(path.join('audio', f)), 0);

console.log(`pictures (all painters, gzipped code): ${MB(pictures)}`);
console.log(`sound, every file: ${MB(allSound)}\n`);
console.log('chapter  sound files  sound      with pictures  budget');
for (const r of rows) {
  const ok = r.total <= BUDGET ? 'ok' : 'OVER';
  console.log(
    `${r.chapter.padEnd(7)}  ${String(r.files).padStart(11)}  ${MB(r.sound).padStart(9)}  ${MB(r.total).padStart(13)}  ${ok}`,
  );
}
const over = rows.filter((r) => r.total > BUDGET);
if (process.argv.includes('--json')) console.log(JSON.stringify({ pictures, allSound, rows }));
if (over.length > 0 || pictures > BUDGET) {
  console.error(`\nover the ${MB(BUDGET)} budget: ${over.map((r) => r.chapter).join(', ')}`);
  process.exit(1);
}
