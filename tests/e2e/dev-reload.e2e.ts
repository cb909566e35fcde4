import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createLogger, createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, shot } from './browser';

const root = path.resolve(import.meta.dirname, '../..');
const storyCopy = mkdtempSync(path.join(tmpdir(), 'her-story-'));
const chapterFile = path.join(storyCopy, 'chapters/00-letter-writer.ink');
const logged: string[] = [];
let server: ViteDevServer;
let browser: Browser;
let url = '';

beforeAll(async () => {
  cpSync(path.join(root, 'story'), storyCopy, { recursive: true });
  process.env.HER_STORY_DIR = storyCopy;
  const logger = createLogger('info');
  const keep = (level: string) => (msg: string) => void logged.push(`${level}: ${msg}`);
  logger.error = keep('error');
  logger.warn = keep('warn');
  logger.info = keep('info');
  server = await createServer({
    root,
    customLogger: logger,
    server: { host: '127.0.0.1', port: 0 },
  });
  await server.listen();
  url = server.resolvedUrls?.local[0] ?? '';
  browser = await launch();
});

afterAll(async () => {
  delete process.env.HER_STORY_DIR;
  await browser?.close();
  await server?.close();
});

describe('the writer loop in the dev server', () => {
  it('hot-reloads an .ink edit at the same place, and shows a broken file by file and line', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(() =>
      localStorage.setItem(
        'her.settings',
        JSON.stringify({ version: 2, state: { contentNoteSeen: true } }),
      ),
    );
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}?test`);
    await page.waitForFunction(() => window.__her?.ready === true, null, { timeout: 30_000 });
    await page.click('#new-game');
    // Compose the whole letter, then read on to the line after the signature.
    const api = () => page.evaluate(() => window.__her!.state());
    for (let slot = 0; slot < 3; slot++) {
      while ((await api()).choices.length === 0) await page.evaluate(() => window.__her!.advance());
      await page.evaluate(() => window.__her!.choose(0));
    }
    while (!(await api()).text?.startsWith('He reads it back once')) {
      await page.evaluate(() => window.__her!.advance());
    }
    const before = await api();

    // 1. Change the very line on screen: it updates in place, with the route kept.
    const source = readFileSync(chapterFile, 'utf8');
    const line = before.text!;
    const startedAt = Date.now();
    expect(source).toContain(`\n${line}\n`);
    writeFileSync(chapterFile, source.replace(`\n${line}\n`, `\n${line} Edited.\n`));
    await page.waitForFunction((t) => window.__her!.state().text === `${t} Edited.`, line, {
      timeout: 15_000,
    });
    console.log(`ink edit → new text on screen: ${Date.now() - startedAt} ms`);
    const after = await api();
    expect(after.backlog.length).toBe(before.backlog.length);
    expect(after.stage).toEqual(before.stage);
    expect(after.variables).toEqual(before.variables);

    // 2. Break the file: the overlay and the terminal name the file and line; the game runs on.
    const broken = readFileSync(chapterFile, 'utf8').replace(
      '= walk_home\n',
      '= walk_home\n{1 + }\n',
    );
    const brokenLine = broken.split('\n').indexOf('{1 + }') + 1;
    writeFileSync(chapterFile, broken);
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 15_000 });
    const overlayText = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
    expect(overlayText).toContain(`chapters/00-letter-writer.ink:${brokenLine}`);
    expect(logged.join('\n')).toContain(`chapters/00-letter-writer.ink:${brokenLine}`);
    await shot(page, '11-dev-overlay');
    await page.evaluate(() => window.__her!.advance());
    expect((await api()).text).not.toBe(after.text);

    // 3. Fix it again: the overlay goes and the story is live once more.
    writeFileSync(chapterFile, source);
    await page.waitForFunction(
      () => window.__her!.state().text !== null && !document.querySelector('vite-error-overlay'),
      null,
      { timeout: 15_000 },
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('falls back to the chapter start, and says so, when an edit removes the passage on screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(() =>
      localStorage.setItem(
        'her.settings',
        JSON.stringify({ version: 2, state: { contentNoteSeen: true } }),
      ),
    );
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}?test`);
    await page.waitForFunction(() => window.__her?.ready === true, null, { timeout: 30_000 });
    await page.click('#new-game');
    const api = () => page.evaluate(() => window.__her!.state());
    const first = (await api()).text;
    // Play the letter and the walk home, then read into the elevator.
    while (!(await api()).text?.startsWith('The doors open on a car full of couples')) {
      const s = await api();
      await page.evaluate(
        (n) => (n ? window.__her!.choose(0) : window.__her!.advance()),
        s.choices.length,
      );
    }
    await page.evaluate(() => window.__her!.advance());
    const variables = (await api()).variables;

    // Cut the whole elevator scene: the walk home now goes straight to the night.
    const source = readFileSync(chapterFile, 'utf8');
    const start = source.indexOf('= elevator\n');
    const end = source.indexOf('= night\n');
    const cut = source.slice(0, start).replace('-> elevator\n', '-> night\n') + source.slice(end);
    writeFileSync(chapterFile, cut);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('.notice')].some((n) =>
          n.textContent?.includes('Your edit removed'),
        ),
      null,
      { timeout: 40_000 },
    );
    const notice = await page.locator('.notice').last().textContent();
    expect(notice).toContain(
      'Your edit removed "letter_writer_612.elevator", where you were reading: back to the start of the chapter "Letter Writer 612".',
    );
    const after = await api();
    expect(after.text).toBe(first);
    expect(after.chapter).toBe('Letter Writer 612');
    expect(after.variables.strong_language).toBe(variables.strong_language);
    await shot(page, '12-dev-removed-passage');
    writeFileSync(chapterFile, source);
    expect(errors).toEqual([]);
    await page.close();
  });
  it('sends the story as data only, with no source map of the generated module', async () => {
    // Each save sends the module again; a map of generated data onto itself was 2 MB of it.
    const module = await fetch(new URL('story/her.ink?import', url));
    const code = await module.text();
    expect(code).toMatch(/^export default "/);
    expect(code).not.toContain('sourceMappingURL');
    expect(code.length).toBeLessThan(1_000_000);
  });
});
