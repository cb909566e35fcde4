import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openGame, readUntilChoices, shot, state, waitForStage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('layout, renderer and bad input', () => {
  it.each([
    ['phone-portrait', 390, 844],
    ['4k', 3840, 2160],
  ])('fits the screen on %s', async (name, width, height) => {
    const { page, context, errors } = await openGame(browser, { width, height });
    await waitForStage(page);
    await shot(page, `08-title-${name}`);
    await page.click('#new-game');
    await readUntilChoices(page);
    await page.waitForTimeout(600);
    await shot(page, `09-choice-${name}`);
    const overflow = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll('.dialogue, .choice, .letter-sheet')].map((e) =>
        e.getBoundingClientRect(),
      );
      return boxes.filter(
        (b) =>
          b.width > 0 && (b.left < 0 || b.right > innerWidth + 0.5 || b.bottom > innerHeight + 0.5),
      ).length;
    });
    expect(overflow).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(
      true,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('uses Canvas on software WebGL and honours ?renderer=webgl', async () => {
    const auto = await openGame(browser);
    await waitForStage(auto.page);
    expect(await auto.page.evaluate(() => window.__her!.renderer)).toBe('canvas');
    await auto.context.close();
    const forced = await openGame(browser, { query: '?test&renderer=webgl' });
    await waitForStage(forced.page);
    expect(await forced.page.evaluate(() => window.__her!.renderer)).toBe('webgl');
    await forced.context.close();
  });

  it('survives a damaged save: a clear notice, the game plays, the save is marked, others intact', async () => {
    const { page, context, errors } = await openGame(browser);
    await page.click('#new-game');
    await readUntilChoices(page);
    // Damage a save in IndexedDB the way a bad disk or an old build might.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('her-letters-from-your-life');
          open.onsuccess = () => {
            const tx = open.result.transaction('saves', 'readwrite');
            tx.objectStore('saves').put({ format: 2, id: 'slot-4', storyHash: 42 }, 'slot-4');
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await page.waitForFunction(() => window.__her?.ready === true);
    await page.locator('.notice', { hasText: 'could not be read' }).waitFor();
    await page.locator('#continue').waitFor({ state: 'visible' }); // the good autosave is still there
    await page.click('#title-load');
    await page.locator('.slot.is-damaged').waitFor();
    expect(await page.locator('.slot.is-damaged').textContent()).toContain('could not be read');
    await shot(page, '10-damaged-save');
    await page.keyboard.press('Escape');
    await page.click('#continue');
    expect((await state(page)).screen).toBe('play');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ships the ink runtime only, not the compiler', () => {
    const dir = path.resolve(import.meta.dirname, '../../dist/assets');
    const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
    const bundle = js.map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
    expect(bundle).toContain('inkVersion');
    expect(bundle).not.toMatch(/InkParser|Divert target not found/);
  });
});
