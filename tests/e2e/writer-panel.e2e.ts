import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openGame, shot, state, waitForStage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const panel = '#writer-panel';

describe("the writer's panel (with ?test)", () => {
  it('opens on F9 over the game: where the story is, jump, variables, tags, replay, reload', async () => {
    const { page, context, errors } = await openGame(browser);
    await waitForStage(page);
    await page.click('#new-game');
    await page.locator('.dialogue').waitFor();
    await page.waitForFunction(() => document.documentElement.dataset.writerKey === 'F9');
    await page.keyboard.press('F9');
    await page.locator(panel).waitFor();
    await expect(page.locator(`${panel} .writer-where`).textContent()).resolves.toContain(
      'Letter Writer 612 (letter_writer_612)',
    );
    // Typing in the panel is not the game's keys: "s" would otherwise start skipping.
    await page.keyboard.type('cave email');
    expect((await state(page)).screen).toBe('play');
    await expect(page.locator('.writer-jump-item').first().textContent()).resolves.toBe(
      'the_cave.email',
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__her!.state().text?.includes('Lewman'));
    const where = await page.locator(`${panel} .writer-where`).textContent();
    expect(where).toContain('the_cave.email');
    expect(where).toContain('The Cave (the_cave)');

    // Variables: a number, a true/false and a LIST item, each applied at once.
    await page.fill('#writer-var-filter', 'trust');
    await page.fill('#writer-var-trust', '4');
    await page.locator('#writer-var-trust').press('Enter');
    await page.locator('#writer-var-trust').blur();
    await page.waitForFunction(() => window.__her!.state().variables.trust === 4);
    await page.fill('#writer-var-filter', 'regrets');
    await page.getByRole('group', { name: 'regrets' }).getByLabel('silence').check();
    await page.waitForFunction(() =>
      (window.__her!.state().variables.regrets as string[]).includes('regrets.silence'),
    );

    // The tag overlay follows the story: each line with where it was written and its tags.
    await page.check('#writer-tag-overlay');
    await page.fill('#writer-var-filter', '');
    await page.evaluate(() => window.__her!.jump('the_cave.living_room'));
    await expect(page.locator('.writer-tags').textContent()).resolves.toContain(
      '# bg: apartment_night',
    );
    await expect(page.locator('.writer-tags').textContent()).resolves.toContain(
      'the_cave.living_room',
    );
    await shot(page, '20-writer-panel');

    // Replay the last two choices (the walk home's, then the elevator's): the same options
    // again, landing where we were.
    await page.evaluate(() => window.__her!.jump('letter_writer_612.walk_home'));
    for (let taken = 0; taken < 2;) {
      const s = await state(page);
      if (s.choices.length) {
        await page.evaluate(() => window.__her!.choose(0));
        taken++;
      } else await page.evaluate(() => window.__her!.advance());
    }
    const before = await state(page);
    await page.fill('#writer-replay-count', '2');
    await page.click('#writer-replay');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.notice')].some((n) =>
        n.textContent?.includes('Replayed the last 2 choices'),
      ),
    );
    const after = await state(page);
    expect(after.text).toBe(before.text);
    expect(after.backlog.filter((e) => (e as { kind: string }).kind === 'choice')).toEqual(
      before.backlog.filter((e) => (e as { kind: string }).kind === 'choice'),
    );

    // Reload rebuilds the playthrough on the story and replays the route to the same line.
    await page.click('#writer-reload');
    expect((await state(page)).text).toBe(before.text);
    expect((await state(page)).variables.trust).toBe(before.variables.trust);

    await page.keyboard.press('F9');
    expect(await page.locator(panel).isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is not in a shipped game: F9 does nothing without ?test and no panel code loads', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.goto(`${inject('baseUrl')}`);
    await page.locator('#new-game').waitFor();
    await page.keyboard.press('F9');
    await page.waitForTimeout(500);
    expect(await page.locator(panel).count()).toBe(0);
    expect(loaded.filter((u) => /writer/.test(u))).toEqual([]);
    await context.close();

    // And the panel's code is not in the entry bundle: it is a chunk of its own.
    const assets = path.resolve(import.meta.dirname, '../../dist/assets');
    const entry = readdirSync(assets).filter((f) => /^index-.*\.js$/.test(f));
    for (const file of entry)
      expect(readFileSync(path.join(assets, file), 'utf8')).not.toContain(
        'Replay the last choices',
      );
    expect(readdirSync(assets).some((f) => /^writer-panel-.*\.js$/.test(f))).toBe(true);
    // Nor does the service worker fetch it for offline play.
    const worker = readFileSync(path.resolve(assets, '../sw.js'), 'utf8');
    expect(worker).not.toMatch(/writer-/);
  });
});
