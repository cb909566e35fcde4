/**
 * `npm run screenshots`: photographs the opening of every chapter in the built game for the
 * README's picture section (docs/chapters/*.jpg). Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

/** Chapter knots in play order, and how many lines in the opening picture is taken. */
const CHAPTERS: [knot: string, linesIn: number][] = [
  ['letter_writer_612', 2],
  ['os1', 2],
  ['good_morning', 3],
  ['the_cave', 6],
  ['amys_film', 3],
  ['the_date', 3],
  ['sunday', 4],
  ['signing', 3],
  ['the_surrogate', 3],
  ['commit_joy', 3],
  ['not_found', 2],
  ['dear_catherine', 2],
];

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'docs/chapters');
mkdirSync(out, { recursive: true });
const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
const address = server.httpServer.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 4173}/?test`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const [n, [knot, linesIn]] of CHAPTERS.entries()) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(() =>
      localStorage.setItem(
        'her.settings',
        JSON.stringify({ version: 2, state: { contentNoteSeen: true } }),
      ),
    );
    await page.goto(url);
    await page.waitForFunction(() => window.__her?.stageReady === true, null, { timeout: 30_000 });
    await page.evaluate((k) => window.__her!.jump(k), knot);
    for (let i = 1; i < linesIn; i++) await page.evaluate(() => window.__her!.advance());
    await page.evaluate(() => window.__her!.reveal());
    await page.waitForTimeout(3400); // the chapter card fades and the scene settles
    const file = path.join(out, `${String(n).padStart(2, '0')}-${knot}.jpg`);
    await page.screenshot({ path: file, type: 'jpeg', quality: 82 });
    console.log(`wrote ${path.relative(root, file)}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
