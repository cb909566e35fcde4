import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openGame } from './browser';

/**
 * The game with interludes read as text (the routes are found by walks of the text story) and
 * lines shown whole, optionally with a player's progress already stored.
 */
export async function openReplayGame(
  browser: Browser,
  options: { width?: number; height?: number; progress?: unknown } = {},
) {
  const game = await openGame(browser, options);
  await game.page.evaluate((progress) => {
    const settings = { contentNoteSeen: true, skipInterludes: true, textSpeed: 0 };
    localStorage.setItem('her.settings', JSON.stringify({ version: 2, state: settings }));
    if (progress)
      localStorage.setItem('her.progress', JSON.stringify({ version: 3, state: progress }));
  }, options.progress ?? null);
  await game.page.reload();
  await game.page.waitForFunction(() => window.__her?.ready === true);
  return game;
}

/**
 * Plays on through the automation API, taking choices by their text from `route` (which it
 * consumes), until the screen changes, the chapter `stopAt` offers a choice, or a finished
 * letter to Catherine is on the page (`stopAtLetter`). Returns why it stopped.
 */
export async function playRoute(
  page: Page,
  route: string[],
  stop: { chapter?: string; letter?: boolean } = {},
): Promise<string> {
  const result = await page.evaluate(
    ({ choices, stop }) => {
      const her = window.__her!;
      for (let guard = 0; guard < 8000; guard++) {
        const s = her.state();
        const letter = (s.stage as { letter: { kind: string; done: boolean } | null } | null)
          ?.letter;
        if (stop.letter && letter?.done && letter.kind !== 'client')
          return { why: 'letter', choices };
        if (s.screen !== 'play') return { why: s.screen, choices };
        if (stop.chapter === s.chapter && s.choices.length > 0) return { why: 'chapter', choices };
        if (s.choices.length === 0) {
          her.advance();
          continue;
        }
        const next = choices.shift() ?? '';
        const at = s.choices.indexOf(next);
        if (at < 0) throw new Error(`"${next}" is not offered: ${s.choices.join(' | ')}`);
        her.choose(at);
      }
      return { why: 'lost', choices };
    },
    { choices: route, stop },
  );
  route.splice(0, route.length, ...result.choices);
  return result.why;
}

/** Reads a PNG's width and height from its header (and checks it is a PNG at all). */
export function pngSize(file: string): { width: number; height: number; bytes: Buffer } {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bytes };
}

/** Decodes a PNG in the page and counts its ink: pixels much darker than the paper. */
export function inkPixels(page: Page, bytes: Buffer): Promise<{ ink: number; paper: number }> {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const pixels = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let ink = 0;
    let paper = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const light = (pixels[i]! + pixels[i + 1]! + pixels[i + 2]!) / 3;
      if (light < 110) ink += 1;
      else if (light > 225) paper += 1;
    }
    return { ink, paper };
  }, bytes.toString('base64'));
}
