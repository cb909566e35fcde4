import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, shot } from './browser';

const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'her-map-'));

/** Checks a story (the report may fail: that is what marks the map), then maps it. */
async function mapOf(story: string, name: string): Promise<string> {
  const report = path.join(dir, `${name}.json`);
  const out = path.join(dir, `${name}.html`);
  const check = ['tsx', 'tools/story-check.ts', '--story', story, '--report', report];
  await run('npx', [...check, '--walks', '30', '--budget', '3'], { cwd: root }).catch(() => {});
  await run(
    'npx',
    ['tsx', 'tools/story-map.ts', '--story', story, '--report', report, '--out', out],
    {
      cwd: root,
    },
  );
  return out;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('npm run story:map in a browser', () => {
  it('marks the choice play never reaches, and lights up a box’s diverts on hover', async () => {
    const file = await mapOf('tests/fixtures/check/unreachable-choice.ink', 'fixture');
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${file}`);
    await expect(page.locator('header p').first().textContent()).resolves.toContain(
      '7 choices (1 unreached)',
    );
    await expect(page.locator('.choice.unreached').textContent()).resolves.toContain('Burn it.');
    await page.locator('.box[data-path="two"]').hover();
    // In from chapter one; out from Send it, Delete it and the unreachable Burn it.
    expect(await page.locator('.arrow.on').count()).toBe(4);
    await expect(page.locator('#where').textContent()).resolves.toBe(
      'two  unreachable-choice.ink:18',
    );
    await shot(page, '30-story-map-fixture');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('draws the whole real story: a coloured column per chapter, findable boxes', async () => {
    const file = await mapOf('story/her.ink', 'her');
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${file}`);
    expect(await page.locator('.head').count()).toBeGreaterThanOrEqual(12);
    expect(await page.locator('.box').count()).toBeGreaterThan(150);
    await page.fill('#find', 'the_cave email');
    await page.fill('#find', 'email');
    expect(await page.locator('.box.hit').count()).toBeGreaterThan(0);
    await page.fill('#find', '');
    await shot(page, '31-story-map-real');
    expect(errors).toEqual([]);
    await page.close();
  }, 600_000);
});
