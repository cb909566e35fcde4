import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const MARK = '<!--content-note-->';

/**
 * Writes the content note from `story/content-note.txt` (writers own its words) into the title
 * screen in index.html, so it is on screen with the first paint, before any script runs.
 */
export function contentNotePlugin(storyDir: string): Plugin {
  const file = path.join(storyDir, 'content-note.txt');
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return {
    name: 'her-content-note',
    configureServer(server) {
      server.watcher.add(file);
      server.watcher.on('change', (changed) => {
        if (path.resolve(changed) === file) server.ws.send({ type: 'full-reload' });
      });
    },
    transformIndexHtml(html) {
      if (!html.includes(MARK)) throw new Error(`index.html has no ${MARK} for the content note`);
      return html.replace(MARK, escape(readFileSync(file, 'utf8').trim()));
    },
  };
}
