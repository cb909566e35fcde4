/**
 * The built game for the browser fuzz and the soak: a fresh `vite build` into a temporary
 * folder (never dist/, which other runs serve), or an existing build given with --dist, served
 * on 127.0.0.1 with the bench's static host.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildGame } from '../bench/build.ts';
import { serveSites } from '../bench/serve.ts';

/** A served build: the URL of the game (with the automation API on) and how to stop it. */
export interface Site {
  url: string;
  close(): Promise<void>;
}

/** Builds (unless `dist` names a build) and serves the game. */
export async function serveGame(dist: string | undefined): Promise<Site> {
  let dir = dist ? path.resolve(dist) : '';
  if (dir && !existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir} holds no build (index.html is missing): run npm run build first`);
  }
  const built = !dir;
  if (built) {
    console.log('building the game into a temporary folder…');
    dir = await buildGame();
  }
  const host = await serveSites({ game: dir });
  return {
    url: `${host.url('game')}?test`,
    async close() {
      await host.close();
      if (built) rmSync(dir, { recursive: true, force: true });
    },
  };
}
