import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../tools/ink/compile';
import { randomWalk } from '../../tools/story/walk';
import { launch, openGame, shot, state, waitForStage } from './browser';

const json = compileInk(path.resolve(import.meta.dirname, '../../story/her.ink')).json ?? '';
const CHAPTERS = 12;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('three routes through every chapter, in the browser', { timeout: 300_000 }, () => {
  it.each([11, 22, 33])(
    'route %i: each chapter shows its scene, reaches a choice and goes on',
    async (seed) => {
      const route = randomWalk(json, seed).choices;
      const { page, context, errors } = await openGame(browser, { skipInterludes: true });
      await waitForStage(page);
      await page.click('#new-game');
      const remaining = [...route];
      const seenChapters: string[] = [];
      for (let chapter = 0; chapter < CHAPTERS; chapter++) {
        // Play to the first choice of the next chapter not yet photographed, by choice text.
        const where = await page.evaluate(
          ({ choices, seen }) => {
            const her = window.__her!;
            for (let guard = 0; guard < 4000; guard++) {
              const s = her.state();
              if (s.screen !== 'play') return { screen: s.screen, chapter: s.chapter, taken: 0 };
              if (s.choices.length > 0 && s.chapter && !seen.includes(s.chapter)) {
                return { screen: 'play', chapter: s.chapter, taken: 0 };
              }
              if (s.choices.length === 0) {
                her.advance();
                continue;
              }
              const at = s.choices.indexOf(choices.shift() ?? '');
              if (at < 0) throw new Error(`route lost at: ${s.choices.join(' | ')}`);
              her.choose(at);
            }
            return { screen: 'lost', chapter: null, taken: 0 };
          },
          { choices: remaining, seen: seenChapters },
        );
        if (where.screen !== 'play' || !where.chapter) break;
        seenChapters.push(where.chapter);
        const taken = (await state(page)).backlog.filter(
          (e) => (e as { kind: string }).kind === 'choice',
        ).length;
        remaining.splice(0, remaining.length, ...route.slice(taken)); // the page took these
        await page.evaluate(() => window.__her!.reveal());
        await page.waitForTimeout(900);
        await shot(
          page,
          `14-route${seed}-${String(chapter).padStart(2, '0')}-${where.chapter.replace(/\W+/g, '_')}`,
        );
      }
      expect(seenChapters).toHaveLength(CHAPTERS);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
