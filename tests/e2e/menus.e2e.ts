import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeProblems,
  launch,
  openGame,
  readUntilChoices,
  shot,
  state,
  waitForStage,
} from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const overlay = (page: Page) => page.locator('dialog[open]').last();

describe('menus, by keyboard and mouse', () => {
  it('shows the content note once, on the very first launch', async () => {
    const { page, context, errors } = await openGame(browser, { firstLaunch: true });
    await overlay(page).waitFor();
    expect(await overlay(page).textContent()).toMatch(/divorce, loneliness/);
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, '20-content-note');
    await overlay(page).getByRole('button', { name: 'Continue' }).click();
    await page.reload();
    await page.waitForFunction(() => window.__her?.ready === true);
    await page.waitForTimeout(300);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['desktop', 1280, 720],
    ['phone', 390, 844],
  ])('opens every menu from the game menu and passes axe (%s)', async (name, width, height) => {
    const { page, context, errors } = await openGame(browser, { width, height });
    await waitForStage(page);
    expect(await axeProblems(page)).toEqual([]); // the title
    await page.click('#new-game');
    await readUntilChoices(page);
    expect(await axeProblems(page)).toEqual([]); // the dialogue with choices
    await shot(page, `21-${name}-reading`);
    await page.keyboard.press('Escape');
    await overlay(page).waitFor();
    expect(await overlay(page).getAttribute('class')).toContain('menu-dialog');
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, `21-${name}-menu`);
    for (const [entry, cls] of [
      ['Save', 'save-dialog'],
      ['Load', 'save-dialog'],
      ['Backlog', 'backlog-dialog'],
      ['Settings', 'settings-dialog'],
      ['Help', 'help'],
    ] as const) {
      await overlay(page).getByRole('button', { name: entry, exact: true }).click();
      await page.waitForTimeout(350);
      expect(await overlay(page).getAttribute('class')).toContain(cls);
      expect(await axeProblems(page), entry).toEqual([]);
      await shot(page, `21-${name}-${entry.toLowerCase()}`);
      await page.keyboard.press('Escape'); // back to the menu it came from
      await page.waitForTimeout(150);
      expect(await overlay(page).getAttribute('class')).toContain('menu-dialog');
    }
    await overlay(page).getByRole('button', { name: 'Resume' }).click();
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves, overwrites with a question, loads, exports, imports and deletes', async () => {
    const { page, context, errors } = await openGame(browser);
    await page.click('#new-game');
    await readUntilChoices(page);
    const atSave = (await state(page)).text;
    await page.click('.quick-button:has-text("Save")');
    await page.locator('.save-dialog .slot-grid:not(.is-small) .slot-main').first().click();
    await page.locator('.notice', { hasText: 'Saved to Slot 1' }).waitFor();
    await page.locator('.save-dialog .slot-grid:not(.is-small) .slot-main').first().click();
    await overlay(page).getByRole('button', { name: 'Overwrite' }).waitFor();
    await overlay(page).getByRole('button', { name: 'Cancel' }).click();
    // Export slot 1 to a file, then read it back in as an import.
    const downloading = page.waitForEvent('download');
    await page.locator('.save-dialog .slot-tool[aria-label="Export Slot 1 as a file"]').click();
    const file = path.join(tmpdir(), 'her-export.json');
    await (await downloading).saveAs(file);
    await page.keyboard.press('Escape');
    await page.keyboard.press('1');
    await page.keyboard.press('Space');
    expect((await state(page)).text).not.toBe(atSave);
    await page.click('.quick-button:has-text("Load")');
    const chooser = page.waitForEvent('filechooser');
    await overlay(page).getByRole('button', { name: 'Import a save file…' }).click();
    await (await chooser).setFiles(file);
    await page.locator('.notice', { hasText: 'Imported Slot 2' }).waitFor();
    await page.getByRole('button', { name: /^Load Slot 2/ }).click();
    await overlay(page).getByRole('button', { name: 'Load', exact: true }).click();
    expect((await state(page)).text).toBe(atSave);
    await page.click('.quick-button:has-text("Load")');
    await page.locator('.save-dialog .slot-tool[aria-label="Delete Slot 2"]').click();
    await overlay(page).getByRole('button', { name: 'Delete' }).click();
    await page.waitForFunction(
      () => !document.querySelector('.slot-tool[aria-label="Delete Slot 2"]'),
    );
    writeFileSync(file, 'not a save at all');
    const chooser2 = page.waitForEvent('filechooser');
    await overlay(page).getByRole('button', { name: 'Import a save file…' }).click();
    await (await chooser2).setFiles(file);
    await page.locator('.notice', { hasText: 'not a saved game' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('quicksave and quickload keys, rewind, backlog and return to an earlier choice', async () => {
    const { page, context, errors } = await openGame(browser);
    await page.click('#new-game');
    await readUntilChoices(page);
    const firstChoices = (await state(page)).choices;
    await page.keyboard.press('q');
    await page.locator('.notice', { hasText: 'Quicksaved' }).waitFor();
    await page.keyboard.press('2');
    await readUntilChoices(page);
    await page.keyboard.press('l');
    expect((await state(page)).choices).toEqual(firstChoices);
    await page.keyboard.press('2');
    await readUntilChoices(page);
    await page.keyboard.press('Backspace');
    expect((await state(page)).choices).toEqual(firstChoices);
    await page.keyboard.press('3');
    await readUntilChoices(page);
    await page.mouse.move(640, 200);
    await page.mouse.wheel(0, -200);
    await overlay(page).waitFor();
    expect(await overlay(page).getAttribute('class')).toContain('backlog-dialog');
    await overlay(page)
      .getByRole('button', { name: /Return to the choice/ })
      .first()
      .click();
    expect((await state(page)).choices).toEqual(firstChoices);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('skips read text and stops at new text, and auto-advances on its own', async () => {
    const { page, context, errors } = await openGame(browser);
    // Fast typing and the shortest auto delay, so auto-advance shows itself within seconds.
    await page.evaluate(() =>
      localStorage.setItem(
        'her.settings',
        JSON.stringify({
          version: 2,
          state: { contentNoteSeen: true, textSpeed: 200, autoDelay: 0.5 },
        }),
      ),
    );
    await page.reload();
    await page.waitForFunction(() => window.__her?.ready === true);
    await page.click('#new-game');
    await readUntilChoices(page); // these lines are now read
    await page.keyboard.press('1');
    await page.keyboard.press('Escape');
    await overlay(page).getByRole('button', { name: 'Back to the title' }).click();
    await overlay(page).getByRole('button', { name: 'Back to the title' }).click();
    await page.click('#new-game');
    await page.keyboard.press('s');
    await page.waitForFunction(() => window.__her!.state().choices.length > 0, null, {
      timeout: 10_000,
    });
    expect((await state(page)).backlog.length).toBeGreaterThan(5);
    // Auto-advance, from the top of a fresh game: lines follow each other with no key pressed.
    await page.keyboard.press('Escape');
    await overlay(page).getByRole('button', { name: 'Back to the title' }).click();
    await overlay(page).getByRole('button', { name: 'Back to the title' }).click();
    await page.click('#new-game');
    await page.keyboard.press('a');
    expect(await page.locator('.quick-button[aria-pressed="true"]').textContent()).toBe('Auto');
    await page.waitForFunction(() => window.__her!.state().backlog.length >= 3, null, {
      timeout: 30_000,
    });
    await page.keyboard.press('a');
    expect(await page.locator('.quick-button[aria-pressed="true"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('applies settings at once: text size, contrast, dyslexia font, strong language, reset', async () => {
    const { page, context, errors } = await openGame(browser);
    await page.click('#title-settings');
    await overlay(page).waitFor();
    const size = overlay(page).getByRole('slider', { name: /Text size/ });
    await size.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(
      Number(
        await page.evaluate(() =>
          getComputedStyle(document.documentElement).getPropertyValue('--text-scale'),
        ),
      ),
    ).toBeGreaterThan(1);
    await overlay(page)
      .getByRole('switch', { name: /High-contrast/ })
      .check();
    await overlay(page)
      .getByRole('switch', { name: /Dyslexia/ })
      .check();
    expect(await page.evaluate(() => document.documentElement.className)).toMatch(
      /high-contrast.*dyslexia-font|dyslexia-font.*high-contrast/,
    );
    await shot(page, '22-settings-changed');
    await overlay(page).getByRole('button', { name: /Reset/ }).click();
    expect(await page.evaluate(() => document.documentElement.className)).not.toMatch(
      /high-contrast|dyslexia-font/,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works with a gamepad: A reads on, Start opens the menu, the D-pad moves, B closes', async () => {
    const { page, context, errors } = await openGame(browser);
    await page.click('#new-game');
    await page.evaluate(() => {
      const buttons = Array.from({ length: 17 }, () => ({ pressed: false, value: 0 }));
      const pad = {
        id: 'test pad',
        index: 0,
        connected: true,
        mapping: 'standard',
        buttons,
        axes: [0, 0, 0, 0],
        timestamp: 0,
      };
      (window as unknown as { pad: typeof pad }).pad = pad;
      Object.defineProperty(navigator, 'getGamepads', { value: () => [pad] });
      window.dispatchEvent(Object.assign(new Event('gamepadconnected'), { gamepad: pad }));
    });
    // The game polls the pad once a frame: hold each edge for two frames, however slow they are.
    const frames = () =>
      page.evaluate(
        () =>
          new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
      );
    const press = async (button: number) => {
      await page.evaluate(
        (b) =>
          ((window as unknown as { pad: { buttons: { pressed: boolean }[] } }).pad.buttons[
            b
          ]!.pressed = true),
        button,
      );
      await frames();
      await page.evaluate(
        (b) =>
          ((window as unknown as { pad: { buttons: { pressed: boolean }[] } }).pad.buttons[
            b
          ]!.pressed = false),
        button,
      );
      await frames();
    };
    const before = (await state(page)).backlog.length;
    await press(0); // A: finish the line
    await press(0); // A: next line
    expect((await state(page)).backlog.length).toBe(before + 1);
    await press(9); // Start: menu
    await overlay(page).waitFor();
    await press(13); // D-pad down
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Save');
    await press(1); // B: close
    await page.waitForTimeout(100);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
