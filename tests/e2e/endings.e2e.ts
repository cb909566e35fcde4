import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endings } from '../../src/assets/manifest';
import { compileInk } from '../../tools/ink/compile';
import { findRoute } from '../../tools/story/find-route';
import { launch, openGame, shot, state, waitForStage } from './browser';

const json = compileInk(path.resolve(import.meta.dirname, '../../story/her.ink')).json ?? '';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('every ending, played in the browser', () => {
  it.each(Object.keys(endings))('reaches %s with its letter and closing screen', async (ending) => {
    const route = findRoute(json, ending);
    expect(route, `no route found to ${ending}`).not.toBeNull();
    const { page, context, errors } = await openGame(browser);
    await waitForStage(page);
    await page.click('#new-game');
    // Play the route through the automation API, taking each choice by its text. While the
    // clean copy of the letter to Catherine is being written, photograph it after each line:
    // the last picture is the finished letter.
    let next = 0;
    for (let guard = 0; guard < 5000; guard++) {
      const s = await state(page);
      if (s.screen !== 'play') break;
      const letter = (s.stage as { letter: { kind: string } | null }).letter;
      if (letter && !['draft', 'client'].includes(letter.kind) && s.speaker === null) {
        await page.evaluate(() => window.__her!.reveal());
        await shot(page, `12-letter-${ending}`);
      }
      if (s.choices.length > 0) {
        const at = s.choices.indexOf(route![next] ?? '');
        expect(
          at,
          `"${route![next]}" not offered among: ${s.choices.join(' | ')}`,
        ).toBeGreaterThanOrEqual(0);
        next += 1;
        await page.evaluate((i) => window.__her!.choose(i), at);
      } else {
        await page.evaluate(() => window.__her!.advance());
      }
    }
    const end = await state(page);
    expect(end.screen).toBe('end');
    expect(end.ending).toBe(ending);
    await page.locator('.end-title').waitFor();
    expect(await page.locator('.end-title').textContent()).toBe(
      endings[ending as keyof typeof endings],
    );
    await page.waitForTimeout(1800);
    await shot(page, `13-end-${ending}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
