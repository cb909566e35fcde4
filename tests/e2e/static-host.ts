import { cpSync, createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONTENT_TYPES as TYPES } from '../../tools/content-types';

/** The built game, as `npm run test:e2e` made it. */
export const DIST = path.resolve(import.meta.dirname, '../../dist');

/**
 * A private copy of dist/ in a temporary folder (under `sub`, if given), so a test can change
 * files, or keep a stable build while another build rewrites dist/.
 */
export function copyOfDist(sub = ''): { root: string; game: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'her-dist-'));
  const game = path.join(root, sub);
  cpSync(DIST, game, { recursive: true });
  return { root, game };
}

/** A running plain file server; `close()` drops open connections too, as a dead host would. */
export interface StaticHost {
  /** The server's origin with a trailing slash, e.g. http://127.0.0.1:40123/ */
  url: string;
  /** How many requests reached the server (not the service worker's cache). */
  hits(): number;
  close(): Promise<void>;
}

/**
 * Serves `root` on a free loopback port like a plain static host (an HTML5 game portal, a
 * sub-path on a web server): files only, `index.html` for folders, no caching headers that
 * could stand in for the service worker.
 */
export async function serveStatic(root: string): Promise<StaticHost> {
  let hits = 0;
  const server = createServer((request, response) => {
    hits++;
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end('not found');
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    hits: () => hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
