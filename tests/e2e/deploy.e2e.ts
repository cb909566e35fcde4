import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipDirectory } from '../../tools/package';
import { launch, shot, state, waitForStage } from './browser';
import { copyOfDist, serveStatic } from './static-host';
import { openWatched, waitForServiceWorker } from './watched-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Unpacks the release zip into <tmp>/games/her/, as a portal or a web server would host it. */
function unpackRelease(): string {
  const build = copyOfDist();
  const files = unzipSync(zipDirectory(build.game));
  rmSync(build.root, { recursive: true, force: true });
  const root = mkdtempSync(path.join(tmpdir(), 'her-zip-'));
  expect(Object.keys(files)).toContain('index.html'); // at the top of the zip, not in a folder
  for (const [name, bytes] of Object.entries(files)) {
    const file = path.join(root, 'games/her', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  return root;
}

describe('deploying the build', () => {
  it('plays from the zip on a sub-path, every request inside that sub-path', async () => {
    const root = unpackRelease();
    const host = await serveStatic(root);
    const game = `${host.url}games/her/`;
    const { page, context, errors, requests } = await openWatched(browser, `${game}?test&sw`);
    const sounds: Response[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.mp3')) sounds.push(response);
    });
    await expect(page.locator('#title .title-mark').textContent()).resolves.toBe('her');
    await page.click('#new-game');
    await page.locator('.dialogue').waitFor();
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    expect((await state(page)).backlog.length).toBeGreaterThan(1);
    await waitForStage(page);
    await expect.poll(() => sounds.length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(
      sounds.map((r) => `${r.status()} ${r.url()}`).filter((s) => !s.startsWith('200 ')),
    ).toEqual([]);

    expect(await waitForServiceWorker(page)).toBe(game);
    const links = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel]')].map((l) => l.href),
    );
    expect(links.filter((href) => !href.startsWith(game))).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(game))).toEqual([]);
    await shot(page, 'subpath-reading');
    expect(errors).toEqual([]);
    await context.close();
    await host.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps a strict CSP: no violations while playing, nothing fetched from elsewhere', async () => {
    const { root } = copyOfDist();
    const host = await serveStatic(root);
    const { page, context, errors, requests, violations } = await openWatched(
      browser,
      `${host.url}?test&sw`,
    );
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe-');

    await waitForStage(page);
    await page.click('#new-game');
    await page.locator('.dialogue').waitFor();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Space');
    await page.keyboard.press('q'); // a quicksave takes a picture of the stage (a data: URL)
    await page.locator('.notice', { hasText: /saved/i }).first().waitFor();
    await page.click('.quick-button:has-text("Save")'); // the save screen shows that picture
    await page.locator('.save-dialog img[src^="data:"]').first().waitFor({ state: 'attached' });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1000);
    await shot(page, 'csp-playing');

    expect(await violations()).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(host.url))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    await host.close();
    rmSync(root, { recursive: true, force: true });
  });
});
