import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compileInk } from '../../tools/ink/compile';
import { findRoute } from '../../tools/story/find-route';
import { ARTIFACTS, axeProblems, launch, shot, state, waitForStage } from './browser';
import { inkPixels, openReplayGame, playRoute, pngSize } from './replay-helpers';

const json = compileInk(path.resolve(import.meta.dirname, '../../story/her.ink')).json ?? '';
const ENDINGS = ['city_lights', 'drafts', 'come_back'];

let browser: Browser;
/** The progress the desktop run built, for the phone run to look at. */
let stored: unknown = null;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const dialog = (page: Page) => page.locator('dialog.replay-dialog');
const tab = (page: Page, name: string) => dialog(page).getByRole('tab', { name: new RegExp(name) });
const progress = (page: Page) => page.evaluate(() => window.__her!.progress());

/** Saves the letter shown with these actions as an image; checks the PNG; returns its name. */
async function savesAPng(page: Page, scope: string, keepAs: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.locator(`${scope} button`, { hasText: 'Save as image' }).first().click();
  const download = await downloading;
  const file = path.join(ARTIFACTS, `${keepAs}.png`);
  await download.saveAs(file);
  const { width, height, bytes } = pngSize(file);
  expect([width, height]).toEqual([1200, 1600]);
  const { ink, paper } = await inkPixels(page, bytes);
  expect(ink, 'handwriting on the page').toBeGreaterThan(4000);
  expect(paper, 'cream paper around it').toBeGreaterThan(1200 * 1600 * 0.5);
  return download.suggestedFilename();
}

describe('replay: endings, the story map, chapter select and the book of letters', () => {
  it(
    'plays to three endings, then uses every replay screen (desktop)',
    { timeout: 480_000 },
    async () => {
      const { page, context, errors } = await openReplayGame(browser);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: inject('baseUrl'),
      });
      await waitForStage(page);
      expect(await page.locator('.title-replay').isHidden()).toBe(true); // nothing to look back on yet

      for (const [n, ending] of ENDINGS.entries()) {
        await page.click('#new-game');
        const route = findRoute(json, ending)!;
        if (n === 0) {
          expect(await playRoute(page, route, { letter: true })).toBe('letter');
          await page.locator('.letter-keep').waitFor({ timeout: 60_000 });
          await page.waitForTimeout(1200);
          await shot(page, '30-desktop-letter-finished');
        }
        expect(await playRoute(page, route)).toBe('end');
        await page.locator('.end-found').waitFor();
        expect(await page.locator('.end-found').textContent()).toBe(
          `A new ending · ${n + 1} of 5 endings found`,
        );
        await page.waitForTimeout(2300); // the gallery keeps the last image once it has settled
        if (n === 0) {
          expect(await savesAPng(page, '.end-letter', '38-saved-letter-end')).toMatch(
            /^letter-to-catherine-.*\.png$/,
          );
          await shot(page, '31-desktop-end');
          // "Read it again" opens the book at this playthrough's letter.
          await page.getByRole('button', { name: 'Read it again' }).click();
          await dialog(page).locator('.book-sheet').waitFor();
          expect(await dialog(page).locator('.book-letter-title').textContent()).toBe(
            'To Catherine · An apology',
          );
          await page.keyboard.press('Escape');
          await dialog(page).waitFor({ state: 'hidden' });
        }
        await page.click('#end .menu-button');
      }
      const after = await progress(page);
      expect(Object.keys(after.endings).sort()).toEqual([...ENDINGS].sort());
      expect(after.endings.city_lights?.picture).toMatch(/^data:image\/jpeg/);
      const toCatherine = after.letters.filter((l) => l.kind !== 'client');
      expect(toCatherine.map((l) => l.ending).sort()).toEqual([...ENDINGS].sort());
      expect(after.letters.every((l) => l.ending !== null)).toBe(true);
      expect(Object.keys(after.starts)).toHaveLength(12);
      expect(after.choices.length).toBeGreaterThan(60);

      await page.locator('.title-replay').waitFor();
      await shot(page, '31-desktop-title');
      // The endings gallery, from the title.
      await page.locator('.title-replay').getByRole('button', { name: 'Endings' }).click();
      await dialog(page).waitFor();
      expect(await dialog(page).locator('.replay-summary').textContent()).toBe('3 of 5 endings');
      expect(await dialog(page).locator('.ending-card.is-reached img').count()).toBe(3);
      expect(await dialog(page).locator('.ending-card.is-hidden .ending-hint').count()).toBe(2);
      expect(await axeProblems(page)).toEqual([]);
      await shot(page, '32-desktop-endings');

      // Tabs by keyboard: the arrow key moves to the story map.
      await tab(page, 'Endings').focus();
      await page.keyboard.press('ArrowRight');
      expect(await tab(page, 'Story map').getAttribute('aria-selected')).toBe('true');
      const summary = await dialog(page).locator('.map-summary').textContent();
      expect(summary).toMatch(/\d+% of choices explored/);
      expect(summary).toContain('12 of 12 chapters reached');
      await dialog(page).getByRole('button', { name: 'Show choices' }).nth(6).click();
      expect(await dialog(page).locator('.map-point').count()).toBeGreaterThan(3);
      expect(await axeProblems(page)).toEqual([]);
      await shot(page, '33-desktop-map');

      // The book of letters: read one, save it as an image, copy it, print it.
      await tab(page, 'Letters').click();
      expect(await dialog(page).locator('.book-entry').count()).toBe(after.letters.length);
      await shot(page, '34-desktop-book');
      await dialog(page).locator('.book-entry.is-apology .book-open').first().click();
      await dialog(page).locator('.book-sheet').waitFor();
      expect(await axeProblems(page)).toEqual([]);
      await shot(page, '35-desktop-letter');
      expect(await savesAPng(page, '.book-letter-head', '39-saved-letter-book')).toMatch(
        /^letter-to-catherine-/,
      );
      await dialog(page).getByRole('button', { name: 'Copy text' }).click();
      await page.locator('.notice', { hasText: 'Copied the letter' }).waitFor();
      const apology = toCatherine.find((l) => l.kind === 'apology')!;
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        apology.lines.join('\n\n'),
      );
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void (window as unknown as { printed: number }).printed++;
      });
      await dialog(page).getByRole('button', { name: 'Print' }).click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#print-letter .print-line').allTextContents()).toEqual(
        apology.lines,
      );
      expect(await dialog(page).isVisible()).toBe(false);
      expect(await page.locator('#title').isVisible()).toBe(false);
      expect(await page.locator('#print-letter').isVisible()).toBe(true);
      await shot(page, '36-desktop-print');
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => dispatchEvent(new Event('afterprint')));
      expect(await page.locator('#print-letter').count()).toBe(0);

      // Chapter select: Sunday, as the last playthrough (Come Back) reached it.
      await tab(page, 'Story map').click();
      await dialog(page)
        .getByRole('button', { name: 'Play from here: “Sunday” from its start' })
        .click();
      await page.waitForFunction(() => window.__her!.state().chapter === 'Sunday');
      expect(await dialog(page).isVisible()).toBe(false);
      const sunday = (await progress(page)).starts.sunday!.variables;
      const now = (await state(page)).variables;
      for (const name of ['openness', 'hiding', 'holding_on', 'amy_bond', 'trust', 'date_outcome'])
        expect(now[name], name).toEqual(sunday[name]);
      expect(
        (await state(page)).backlog.filter((e) => (e as { kind: string }).kind === 'choice'),
      ).toHaveLength(0);

      // Rewind from the map: two choices on, back to the chapter's first choice.
      const firstChoices = await playTwoChoices(page);
      await page.keyboard.press('m');
      await dialog(page).waitFor();
      const rewind = dialog(page).getByRole('button', { name: /^Rewind here: choice 1,/ });
      await rewind.scrollIntoViewIfNeeded();
      await shot(page, '37-desktop-map-in-play');
      await rewind.click();
      expect(await dialog(page).isVisible()).toBe(false);
      const back = await state(page);
      expect(back.choices).toEqual(firstChoices);
      expect(back.chapter).toBe('Sunday');
      expect(back.backlog.filter((e) => (e as { kind: string }).kind === 'choice')).toHaveLength(0);

      stored = await progress(page);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('shows every replay screen on a phone', { timeout: 240_000 }, async () => {
    expect(stored, 'the desktop run stores the progress this one shows').not.toBeNull();
    const { page, context, errors } = await openReplayGame(browser, {
      width: 390,
      height: 844,
      progress: stored,
    });
    await waitForStage(page);
    await page.locator('.title-replay').getByRole('button', { name: 'Story map' }).click();
    await dialog(page).waitFor();
    const fits = () =>
      page.evaluate(() => {
        const body = document.querySelector('dialog[open] .dialog-body')!;
        return body.scrollWidth <= body.clientWidth && document.body.scrollWidth <= 390;
      });
    expect(await fits()).toBe(true);
    await dialog(page).getByRole('button', { name: 'Show choices' }).first().click();
    expect(await fits()).toBe(true);
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, '40-phone-map');
    await tab(page, 'Endings').click();
    expect(await fits()).toBe(true);
    await shot(page, '41-phone-endings');
    await tab(page, 'Letters').click();
    await shot(page, '42-phone-book');
    await dialog(page).locator('.book-open').first().click();
    expect(await fits()).toBe(true);
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, '43-phone-letter');
    // Copy without the clipboard API (an older browser): the selection fallback, then a notice.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
      document.addEventListener('copy', () => {
        const area = document.activeElement as HTMLTextAreaElement;
        (window as unknown as { copied: string }).copied = area.value;
      });
    });
    await dialog(page).getByRole('button', { name: 'Copy text' }).click();
    await page.locator('.notice', { hasText: 'Copied the letter' }).waitFor();
    const copied = await page.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(copied).toMatch(/^Dear Catherine,\n\n/);
    // …and where even that is refused, the notice says how to copy it by hand.
    await page.evaluate(() => (document.execCommand = () => false));
    await dialog(page).getByRole('button', { name: 'Copy text' }).click();
    await page.locator('.notice', { hasText: 'would not copy the letter' }).waitFor();
    await page.keyboard.press('Escape');
    // In play, the map is in the game menu.
    await page.click('#new-game');
    await playRoute(page, findRoute(json, 'city_lights')!, { chapter: 'OS1' });
    await page.locator('.quick-button', { hasText: 'Menu' }).click();
    await page.locator('dialog[open]').getByRole('button', { name: 'Story map' }).click();
    await dialog(page).waitFor();
    expect(
      await dialog(page).locator('.map-chapter.is-current .map-point').count(),
    ).toBeGreaterThan(0);
    await shot(page, '44-phone-map-in-play');
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Takes the first option at the next two choices; returns the options the first offered. */
async function playTwoChoices(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const her = window.__her!;
    let first: string[] | null = null;
    for (let made = 0, guard = 0; made < 2 && guard < 2000; guard++) {
      const s = her.state();
      if (s.choices.length === 0) {
        her.advance();
        continue;
      }
      first ??= s.choices;
      her.choose(0);
      made += 1;
    }
    return first ?? [];
  });
}
