/**
 * Writes the favicon, the app icons and the web app manifest into public/.
 * Run: npx tsx tools/icons/generate.ts  (rasterises with Debian's Chromium via playwright-core)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { iconSvg } from './icon-svg.ts';

const publicDir = path.resolve(import.meta.dirname, '../../public');
const sizes = [
  { file: 'icon-180.png', size: 180, rounded: false }, // iOS rounds the corners itself
  { file: 'icon-192.png', size: 192, rounded: true },
  { file: 'icon-512.png', size: 512, rounded: true },
];

writeFileSync(path.join(publicDir, 'favicon.svg'), iconSvg());

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage();
for (const { file, size, rounded } of sizes) {
  await page.setViewportSize({ width: size, height: size });
  const svg = iconSvg({ rounded }).replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.screenshot({ path: path.join(publicDir, file), omitBackground: true });
}
await browser.close();

const manifest = {
  name: 'Her — Letters from Your Life',
  short_name: 'Her',
  description: "A branching visual novel about a man who writes other people's love letters.",
  start_url: '.',
  display: 'fullscreen',
  orientation: 'any',
  background_color: '#2a1216',
  theme_color: '#2a1216',
  icons: [
    { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
    { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
  ],
};
writeFileSync(path.join(publicDir, 'app.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log('Wrote favicon.svg, icon-180/192/512.png and app.webmanifest to public/');
