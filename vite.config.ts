import path from 'node:path';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { pwaOptions } from './tools/pwa-options.ts';
import { cspPlugin } from './tools/vite-plugin-csp.ts';
import { contentNotePlugin } from './tools/vite-plugin-content-note.ts';
import { inkPlugin } from './tools/vite-plugin-ink.ts';

/**
 * HER_STORY_DIR points the game at another copy of `story/` (the dev-server reload test edits
 * a temporary copy this way, so the real script is never touched by a test).
 */
const storyDir = process.env.HER_STORY_DIR;

export default defineConfig({
  // Relative URLs everywhere, so dist/ plays from any sub-path and from an unpacked zip.
  base: './',
  plugins: [
    inkPlugin(),
    contentNotePlugin(storyDir ?? path.resolve(import.meta.dirname, 'story')),
    VitePWA(pwaOptions),
    cspPlugin(),
  ],
  resolve: {
    alias: storyDir
      ? [{ find: /^\.\.\/story\/her\.ink$/, replacement: path.join(storyDir, 'her.ink') }]
      : [],
  },
  build: {
    target: 'es2022',
    // Phaser alone is about 1.4 MB; it loads after first paint in its own chunk.
    chunkSizeWarningLimit: 1600,
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
