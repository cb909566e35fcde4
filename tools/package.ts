/**
 * Packs dist/ into her-letters-from-your-life.zip, index.html at the top, ready to upload as an
 * HTML5 game (the build uses relative URLs, so it plays from whatever folder a portal picks).
 * Run: npm run package  (builds first)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync, type Zippable } from 'fflate';

/** The zip's name, at the top of the repository. */
export const ZIP_NAME = 'her-letters-from-your-life.zip';

/** Files that are compressed already; deflating them again only costs time. */
const STORED = /\.(mp3|png|woff2?|jpe?g|webp)$/i;

/** A fixed date for every entry, so the same build always makes the same zip. */
const MTIME = new Date('2024-01-01T00:00:00Z');

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(dir, relative) : [relative];
    })
    .sort();
}

/** Zips the contents of `dir` (not the folder itself) into bytes. */
export function zipDirectory(dir: string): Uint8Array {
  const files: Zippable = {};
  for (const file of listFiles(dir)) {
    files[file] = [
      readFileSync(path.join(dir, file)),
      { level: STORED.test(file) ? 0 : 9, mtime: MTIME },
    ];
  }
  return zipSync(files);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = path.resolve(import.meta.dirname, '..');
  const dist = path.join(root, 'dist');
  const bytes = zipDirectory(dist);
  writeFileSync(path.join(root, ZIP_NAME), bytes);
  const count = listFiles(dist).length;
  console.log(`${ZIP_NAME}: ${count} files, ${(bytes.length / 1e6).toFixed(1)} MB`);
}
