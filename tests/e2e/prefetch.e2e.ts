import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ambience } from '../../src/assets/manifest';
import { launch, openGame, state, waitForStage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the next chapter, fetched ahead', () => {
  it("fetches the next chapter's sounds while the first is read, and nothing more", async () => {
    const { page, context, errors } = await openGame(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const fetched = (name: string) => requested.some((p) => p.includes(`/${name}`));
    await waitForStage(page);
    // The street by day is first heard in chapter 2 (OS1); the beach not before chapter 6.
    const street = ambience.city_day.file.split('/').pop()!.replace('.mp3', '');
    const beach = ambience.beach.file.split('/').pop()!.replace('.mp3', '');
    expect(fetched(street)).toBe(false); // the title fetches no chapter ahead
    const streetRequested = page.waitForRequest((r) => r.url().includes(`/${street}`), {
      timeout: 20_000,
    });
    await page.click('#new-game');
    await streetRequested;
    // Asked for by a <link rel=prefetch>, which goes once its file has come.
    await page.waitForFunction(
      () => document.querySelectorAll('link[rel="prefetch"]').length === 0,
    );
    expect((await state(page)).chapter).toBe('Letter Writer 612');
    expect(fetched(beach)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
