/**
 * The writer's loop: from saving an `.ink` edit to the new text on screen in the dev server.
 * Like tests/e2e/dev-reload.e2e.ts, the dev server reads a temporary copy of story/
 * (HER_STORY_DIR), so the bench never writes the real script, which a writer may be editing
 * at this very moment; the copy is what the server watches, compiles and hot-reloads.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer } from 'vite';
import { newPage, openAndWait } from './browser.ts';
import { median } from './stats.ts';

const root = path.resolve(import.meta.dirname, '../..');
const CHAPTER = 'chapters/00-letter-writer.ink';

/** Median edit-to-screen time and every sample. */
export interface DevLoopFigures {
  ms: number;
  samples: number[];
}

/** Edits the line on screen `runs` times (putting it back between), timing each edit. */
export async function measureDevLoop(browser: Browser, runs = 5): Promise<DevLoopFigures> {
  const copy = mkdtempSync(path.join(tmpdir(), 'her-bench-story-'));
  cpSync(path.join(root, 'story'), copy, { recursive: true });
  const file = path.join(copy, CHAPTER);
  const source = readFileSync(file, 'utf8');
  process.env.HER_STORY_DIR = copy;
  const server = await createServer({
    root,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0 },
  });
  const target = await newPage(browser);
  try {
    await server.listen();
    await openAndWait(target, `${server.resolvedUrls?.local[0] ?? ''}?test`);
    const { page } = target;
    await page.click('#new-game');
    // Read on to a line that stands alone in the chapter file, so the edit is unambiguous.
    let line = '';
    for (let i = 0; i < 60; i++) {
      const s = await page.evaluate(() => window.__her!.state());
      if (s.text && source.split(`\n${s.text}\n`).length === 2) {
        line = s.text;
        break;
      }
      await page.evaluate(
        (n) => (n ? window.__her!.choose(0) : window.__her!.advance()),
        s.choices.length,
      );
    }
    if (!line) throw new Error('no line on screen that the chapter file holds once');
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const edited = `${line} Edited ${i}.`;
      const started = performance.now();
      writeFileSync(file, source.replace(`\n${line}\n`, `\n${edited}\n`));
      await page.waitForFunction((t) => window.__her!.state().text === t, edited, {
        timeout: 30_000,
        polling: 'raf',
      });
      samples.push(Math.round(performance.now() - started));
      writeFileSync(file, source);
      await page.waitForFunction((t) => window.__her!.state().text === t, line, {
        timeout: 30_000,
      });
      await page.waitForTimeout(500);
    }
    return { ms: median(samples), samples };
  } finally {
    await target.context.close();
    await server.close();
    delete process.env.HER_STORY_DIR;
    rmSync(copy, { recursive: true, force: true });
  }
}
