/**
 * A plain static host for the built game and the baseline page, on a free loopback port.
 * Text files are gzipped once in memory, as any real host would send them, so the bytes a
 * page transfers are what a player downloads; nothing is cached by the browser between runs.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES as TYPES } from '../content-types.ts';

/** Already-compressed formats gain nothing from gzip. */
const COMPRESS = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg']);

interface Entry {
  type: string;
  body: Buffer;
  gzipped: Buffer | null;
}

/** Every file under `root`, read and (where it helps) gzipped up front. */
function loadTree(root: string): Map<string, Entry> {
  const files = new Map<string, Entry>();
  for (const rel of readdirSync(root, { recursive: true }).map(String)) {
    const file = path.join(root, rel);
    if (!statSync(file).isFile()) continue;
    const ext = path.extname(file);
    const body = readFileSync(file);
    const gzipped = COMPRESS.has(ext) ? gzipSync(body, { level: 9 }) : null;
    const key = `/${rel.split(path.sep).join('/')}`;
    files.set(key, { type: TYPES[ext] ?? 'application/octet-stream', body, gzipped });
  }
  return files;
}

/** A running host: `url(site)` is the origin-relative address of one served folder. */
export interface BenchHost {
  url(site: string): string;
  close(): Promise<void>;
}

/** Serves each folder of `sites` (name → folder) under `/<name>/` from one loopback server. */
export async function serveSites(sites: Record<string, string>): Promise<BenchHost> {
  const trees = new Map(Object.entries(sites).map(([name, dir]) => [name, loadTree(dir)]));
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const [, site = '', ...rest] = decodeURIComponent(url.pathname).split('/');
    let file = `/${rest.join('/')}`;
    if (file.endsWith('/')) file += 'index.html';
    const entry = trees.get(site)?.get(file);
    if (!entry) return void response.writeHead(404).end('not found');
    const gzip = entry.gzipped && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      'content-type': entry.type,
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(gzip ? entry.gzipped : entry.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (site) => `http://127.0.0.1:${port}/${site}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
