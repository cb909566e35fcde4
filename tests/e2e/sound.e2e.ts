import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openGame, waitForStage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The sounds howler holds: looping beds (music, ambience) and one-shot effects. */
function howls(page: Page) {
  return page.evaluate(() => {
    type HowlLike = { _loop: boolean; _src: string | string[] };
    const list = (window as unknown as { Howler: { _howls: HowlLike[] } }).Howler._howls;
    return {
      beds: list.filter((h) => h._loop).length,
      effects: new Set(list.filter((h) => !h._loop).map((h) => String(h._src))).size,
      all: list.length,
    };
  });
}

/** Skims `steps` lines from a new game, a batch per frame, as a player holding skip does. */
async function skim(page: Page, steps: number): Promise<void> {
  await page.click('#new-game');
  for (let done = 0; done < steps; done += 10) {
    const ended = await page.evaluate(() => {
      const her = window.__her!;
      for (let i = 0; i < 10; i++) {
        const s = her.state();
        if (s.screen !== 'play' || s.ending) return true;
        if (s.choices.length > 0) her.choose(0);
        else her.advance();
      }
      return false;
    });
    if (ended) break;
    await page.waitForTimeout(16);
  }
}

describe('sound', () => {
  it.each([
    ['at the default volumes', 0.7],
    ['with the music turned off', 0],
  ])('lets go of every music and ambience bed it has faded out, %s', async (_, music) => {
    const { page, context, errors } = await openGame(browser, { skipInterludes: true });
    const soundWarnings: string[] = [];
    page.on(
      'console',
      (m) => m.text().includes('could not be loaded') && soundWarnings.push(m.text()),
    );
    await page.evaluate((level) => {
      const stored = JSON.parse(localStorage.getItem('her.settings')!);
      stored.state.musicVolume = level;
      localStorage.setItem('her.settings', JSON.stringify(stored));
    }, music);
    await page.reload();
    await waitForStage(page);
    // Chapters change beds every few dozen lines; skimming starts and drops many of them,
    // often before they have loaded or faded in.
    await skim(page, 600);
    await page.waitForTimeout(2500); // longer than any crossfade
    const held = await howls(page);
    expect(held.beds).toBeLessThanOrEqual(2); // the music and the ambience playing now
    expect(held.all).toBe(held.beds + held.effects); // one Howl per effect, reused
    // A bed let go before it had loaded is no failure: the player is told of none.
    expect(soundWarnings).toEqual([]);
    expect(await page.locator('text=sounds could not be loaded').count()).toBe(0);
    await context.close();
    expect(errors).toEqual([]);
  });
});
