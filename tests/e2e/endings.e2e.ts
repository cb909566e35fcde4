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

describe('every ending, played in the browser', { timeout: 240_000 }, () => {
  it.each(Object.keys(endings))('reaches %s with its letter and closing screen', async (ending) => {
    const route = findRoute(json, ending);
    expect(route, `no route found to ${ending}`).not.toBeNull();
    const { page, context, errors } = await openGame(browser, { skipInterludes: true });
    await waitForStage(page);
    await page.click('#new-game');
    // Play the route in the page through the automation API, taking each choice by its text,
    // and stop twice: when the letter to Catherine is finished on the page, and at the end.
    const playUntil = (stopAtLetter: boolean) =>
      page.evaluate(
        ({ choices, stopAtLetter }) => {
          const her = window.__her!;
          for (let guard = 0; guard < 6000; guard++) {
            const s = her.state();
            const letter = (s.stage as { letter: { kind: string; done: boolean } | null } | null)
              ?.letter;
            if (stopAtLetter && letter?.done && letter.kind !== 'client') return 'letter';
            if (s.screen !== 'play') return s.screen;
            if (s.choices.length === 0) {
              her.advance();
              continue;
            }
            const next = choices.shift() ?? '';
            const at = s.choices.indexOf(next);
            if (at < 0) throw new Error(`"${next}" is not offered: ${s.choices.join(' | ')}`);
            her.choose(at);
          }
          return 'lost';
        },
        { choices: remaining, stopAtLetter },
      );
    const remaining = [...route!];
    expect(await playUntil(true)).toBe('letter');
    await page.evaluate(() => window.__her!.reveal());
    await page.waitForTimeout(1500);
    await shot(page, `12-letter-${ending}`);
    // The page consumed the choices it took; hand it what is left of the route.
    const taken = await page.evaluate(
      () =>
        window.__her!.state().backlog.filter((e) => (e as { kind: string }).kind === 'choice')
          .length,
    );
    remaining.splice(0, taken);
    expect(await playUntil(false)).toBe('end');
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
