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

describe('the playable slice', () => {
  it('shows the title at once, with New game and no Continue on a first visit', async () => {
    const { page, context, errors } = await openGame(browser);
    await expect(page.locator('#title .title-mark').textContent()).resolves.toBe('her');
    expect(await page.locator('#new-game').isVisible()).toBe(true);
    expect(await page.locator('#continue').isVisible()).toBe(false);
    await waitForStage(page);
    await shot(page, '01-title');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts a new game and reads on by keyboard and by click', async () => {
    const { page, context, errors } = await openGame(browser);
    await waitForStage(page);
    await page.click('#new-game');
    await page.locator('.dialogue').waitFor();
    const first = await state(page);
    expect(first.screen).toBe('play');
    expect(first.chapter).toBe('Letter Writer 612');
    expect(first.text).toMatch(/letter office/);
    await page.waitForTimeout(2500);
    await shot(page, '02-first-line');

    // Screen readers hear the whole line at once through the live region.
    await expect(page.locator('#announcer').textContent()).resolves.toBe(first.text);
    await page.keyboard.press('Space'); // finishes the line being typed
    expect((await state(page)).revealed).toBe(true);
    await expect(page.locator('.dialogue .line').textContent()).resolves.toBe(first.text);
    await page.keyboard.press('Enter'); // next line
    const second = await state(page);
    expect(second.text).not.toBe(first.text);
    await page.mouse.click(640, 300); // a click on the scene reads on too
    await page.mouse.click(640, 300);
    expect((await state(page)).backlog.length).toBe(3);
    await page.waitForTimeout(2500);
    await shot(page, '03-reading');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('slows the stage while a reader waits at a line, and stops it when nothing moves', async () => {
    const { page, context, errors } = await openGame(browser);
    await waitForStage(page);
    const pace = () => page.evaluate(() => document.documentElement.dataset.stagePace ?? 'full');
    const settlesTo = (want: string) =>
      page.waitForFunction((w) => document.documentElement.dataset.stagePace === w, want, {
        timeout: 20_000,
      });
    // Counts the page's requests for animation frames (Phaser's loop, the typewriter).
    await page.evaluate(() => {
      const request = window.requestAnimationFrame.bind(window);
      const w = window as unknown as { frameRequests: number };
      w.frameRequests = 0;
      window.requestAnimationFrame = (callback) => (w.frameRequests++, request(callback));
    });
    const frameRequestsIn = async (ms: number) => {
      const count = () =>
        page.evaluate(() => (window as unknown as { frameRequests: number }).frameRequests);
      const before = await count();
      await page.waitForTimeout(ms);
      return (await count()) - before;
    };
    await page.click('#new-game');
    await page.locator('.dialogue').waitFor();
    // Each line read wakes the stage to full speed, then lets it settle back.
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Space'); // finishes the line
      await settlesTo('gentle');
      await page.keyboard.press('Space'); // the next line
    }
    await page.keyboard.press('Space'); // the line, typed out: now the reader reads
    // The office's dust still drifts, at a gentle rate, on a timer: no animation frames
    // (a loop restarted from inside its own frame would leave the old one running).
    await settlesTo('gentle');
    expect(await frameRequestsIn(1000)).toBe(0);
    // Left alone for half a minute, the dust drifts to a stop and the loop sleeps; the
    // player's next move of the mouse sets it drifting again, still at the gentle rate.
    await page.waitForFunction(
      () => document.documentElement.dataset.stagePace === 'asleep',
      null,
      {
        timeout: 60_000,
      },
    );
    // At rest the page changes nothing at all (no clock ticking in the interface).
    const mutations = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let changes = 0;
          const watch = new MutationObserver((list) => (changes += list.length));
          watch.observe(document, {
            subtree: true,
            attributes: true,
            childList: true,
            characterData: true,
          });
          setTimeout(() => (watch.disconnect(), resolve(changes)), 2500);
        }),
    );
    expect(mutations).toBe(0);
    expect(await frameRequestsIn(500)).toBe(0);
    await page.mouse.move(400, 300);
    await settlesTo('gentle');
    // A new line brings the stage back to full speed at once.
    await page.keyboard.press('Space');
    expect(await pace()).toBe('full');
    // With reduced motion nothing moves, so the loop stops until something changes.
    await page.evaluate(() => {
      const raw = JSON.parse(localStorage.getItem('her.settings') ?? '{}');
      raw.state = { ...raw.state, reduceMotion: true };
      localStorage.setItem('her.settings', JSON.stringify(raw));
    });
    await page.reload();
    await page.waitForFunction(() => window.__her?.ready === true);
    await waitForStage(page);
    await page.click('#continue');
    await page.locator('.dialogue').waitFor();
    await page.keyboard.press('Space');
    await settlesTo('asleep');
    const backdrop = () => page.evaluate(() => document.documentElement.dataset.backdropSize);
    expect(await backdrop()).toBe('1280x720'); // painted at the screen's size: drawn 1:1
    await page.setViewportSize({ width: 900, height: 700 }); // a resize wakes it to redraw
    await settlesTo('full');
    await settlesTo('asleep');
    // Repainted for the new size (16:9 covering 900 × 700) before the loop slept again.
    expect(await backdrop()).toBe('1245x700');
    await shot(page, '05-asleep-after-resize');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000); // half a minute of it is the player walking away

  it('composes the letter: a choice by number key, another by click, written on paper', async () => {
    const { page, context, errors } = await openGame(browser);
    await waitForStage(page);
    await page.click('#new-game');
    await readUntilChoices(page);
    const offered = (await state(page)).choices;
    expect(offered).toHaveLength(3);
    expect(await page.locator('.choices.as-letter .choice').count()).toBe(3);
    await expect(page.locator('#announcer').textContent()).resolves.toContain(
      `Choose. 1: ${offered[0]}`,
    );
    await page.waitForTimeout(600);
    await shot(page, '04-letter-choice');

    await page.keyboard.press('2');
    await page.waitForFunction((text) => window.__her!.state().text === text, offered[1]);
    await page.keyboard.press('Space');
    await expect(page.locator('.letter-paper').textContent()).resolves.toContain(offered[1]);

    await readUntilChoices(page);
    const second = (await state(page)).choices;
    // Arrows move between the options; Enter takes the focused one. Down then up: the first.
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain(
      second[1],
    );
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain(
      second[0],
    );
    await page.locator('.choice').first().click();
    await page.waitForFunction((text) => window.__her!.state().text === text, second[0]);
    await page.keyboard.press('Space');
    await page.waitForTimeout(400);
    await shot(page, '05-letter-writing');
    const paper = await page.locator('.letter-paper').textContent();
    expect(paper).toContain('My dearest Ada,');
    expect(paper).toContain(second[0]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('continues after a reload at the same line, with the same stage, music and backlog', async () => {
    const { page, context, errors } = await openGame(browser);
    await waitForStage(page);
    await page.click('#new-game');
    // Play into the walk home: the letter, Paul, then a line or two of the plaza.
    for (let pick = 0; pick < 4; pick++) {
      await readUntilChoices(page);
      await page.keyboard.press('1');
    }
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    const before = await state(page);
    expect(before.backlog.length).toBeGreaterThan(20);

    await page.reload();
    await page.waitForFunction(() => window.__her?.ready === true);
    await page.locator('#continue').waitFor({ state: 'visible' });
    await waitForStage(page);
    await shot(page, '06-title-with-continue');
    await page.click('#continue');
    const after = await state(page);
    expect(after.screen).toBe('play');
    expect(after.text).toBe(before.text);
    expect(after.speaker).toBe(before.speaker);
    expect(after.stage).toEqual(before.stage);
    expect(after.backlog).toEqual(before.backlog);
    expect(after.variables).toEqual(before.variables);
    await expect(page.locator('.dialogue .line').textContent()).resolves.toBe(before.text);
    await page.waitForTimeout(1500);
    await shot(page, '07-after-continue');
    expect(errors).toEqual([]);
    await context.close();
  });
});
