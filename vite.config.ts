import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { contentNotePlugin } from './tools/vite-plugin-content-note.ts';
import { inkPlugin } from './tools/vite-plugin-ink.ts';

/**
 * HER_STORY_DIR points the game at another copy of `story/` (the dev-server reload test edits
 * a temporary copy this way, so the real script is never touched by a test).
 */
const storyDir = process.env.HER_STORY_DIR;

export default defineConfig({
  plugins: [inkPlugin(), contentNotePlugin(storyDir ?? path.resolve(import.meta.dirname, 'story'))],
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
