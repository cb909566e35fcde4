import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openGame, shot, state, waitForStage } from './browser';

/** What the walk scene reports about itself (see WalkScene.tell). */
interface WalkProbe {
  phase: string;
  direction: string | null;
  stretch: number | null;
  x: number;
  z: number;
  peeks: number;
  bumps: number;
  trust: number;
  ending: string | null;
  ledger: { peeked: boolean; balked: boolean; rushed: boolean }[];
  lead: { x: number; z: number };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function probe(page: Page): Promise<WalkProbe | null> {
  const s = await state(page);
  return (s.interlude?.probe as WalkProbe | undefined) ?? null;
}

/** Jumps to the walk and reads on (with Space) until the interlude is being played. */
async function startWalk(page: Page): Promise<void> {
  await waitForStage(page);
  await page.evaluate(() => window.__her!.jump('the_date.walk'));
  for (let i = 0; i < 12 && !(await state(page)).interlude; i++) {
    await page.keyboard.press('Space');
    await page.waitForTimeout(250);
  }
  expect((await state(page)).interlude?.key).toBe('walk');
  await page.waitForFunction(() => window.__her!.state().interlude?.probe?.phase === 'intro');
}

/** Waits (up to `seconds`) until the walk reports `check` true. */
async function waitFor(page: Page, check: (p: WalkProbe) => boolean, seconds = 30) {
  for (let t = 0; t < seconds * 10; t++) {
    const p = await probe(page);
    if (p && check(p)) return p;
    await page.waitForTimeout(100);
  }
  throw new Error(`the walk never got there: ${JSON.stringify(await probe(page))}`);
}

/**
 * Walks where her voice leads, with real arrow keys, until she gives `until` (a direction).
 * Keys are held, re-read every tenth of a second: a player steering by ear.
 */
async function followHer(page: Page, until: string, seconds = 30): Promise<void> {
  const held = new Set<string>();
  const hold = async (key: string, on: boolean) => {
    if (on && !held.has(key)) await page.keyboard.down(key);
    if (!on && held.has(key)) await page.keyboard.up(key);
    if (on) held.add(key);
    else held.delete(key);
  };
  try {
    for (let t = 0; t < seconds * 10; t++) {
      const p = await probe(page);
      if (!p || p.direction === until || p.phase === 'ending') return;
      await hold('ArrowUp', p.lead.z > 0.3);
      await hold('ArrowLeft', p.lead.x < -0.3);
      await hold('ArrowRight', p.lead.x > 0.3);
      await page.waitForTimeout(100);
    }
    throw new Error(`never reached "${until}": ${JSON.stringify(await probe(page))}`);
  } finally {
    for (const key of [...held]) await page.keyboard.up(key);
  }
}

/**
 * Walks where her voice leads by dragging a finger (the mouse) on the screen, a virtual stick,
 * until she gives `until`; lets go when she says stop.
 */
async function dragAfterHer(page: Page, until: string, seconds = 30): Promise<void> {
  const size = page.viewportSize() ?? { width: 390, height: 844 };
  const [cx, cy] = [size.width / 2, size.height * 0.62];
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  try {
    for (let t = 0; t < seconds * 10; t++) {
      const p = await probe(page);
      if (!p || p.direction === until || p.phase === 'ending') return;
      await page.mouse.move(cx + p.lead.x * 90, cy - p.lead.z * 90, { steps: 2 });
      await page.waitForTimeout(100);
    }
    throw new Error(`never reached "${until}" by dragging: ${JSON.stringify(await probe(page))}`);
  } finally {
    await page.mouse.up();
  }
}

/** A quick peek: Shift down, a moment, Shift up. */
async function peek(page: Page, name?: string): Promise<void> {
  await page.keyboard.down('Shift');
  await page.waitForTimeout(350);
  if (name) await shot(page, name);
  await page.keyboard.up('Shift');
}

/** After the walk: the story's lines, read with Space, until one contains `words`. */
async function readUntil(page: Page, words: string): Promise<string[]> {
  const read: string[] = [];
  for (let i = 0; i < 10; i++) {
    const text = (await state(page)).text ?? '';
    read.push(text);
    if (text.includes(words)) return read;
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await page.waitForTimeout(200);
  }
  throw new Error(`never read "${words}": ${read.join(' | ')}`);
}

/** Frame times over `ms` of play (requestAnimationFrame deltas), sorted. */
async function frameTimes(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(
    (span) =>
      new Promise<number[]>((resolve) => {
        const deltas: number[] = [];
        let last = performance.now();
        const start = last;
        const frame = (now: number) => {
          deltas.push(now - last);
          last = now;
          if (now - start < span) requestAnimationFrame(frame);
          else resolve(deltas.sort((a, b) => a - b));
        };
        requestAnimationFrame(frame);
      }),
    ms,
  );
}

describe('the eyes-closed walk, played with the keyboard', { timeout: 180_000 }, () => {
  it('trusting her all the way: walk_trust 3, and the story reads on to the pizza', async () => {
    const { page, context, errors } = await openGame(browser);
    await startWalk(page);
    await page.waitForTimeout(1500);
    await shot(page, 'walk-01-desktop-eyes-shut');
    await waitFor(page, (p) => p.direction === 'straight');

    // Five seconds of walking while the frame times are measured.
    await page.keyboard.down('ArrowUp');
    const frames = await frameTimes(page, 5000);
    await page.keyboard.up('ArrowUp');
    const p95 = frames[Math.floor(frames.length * 0.95)] ?? 0;
    const median = frames[Math.floor(frames.length / 2)] ?? 0;
    console.log(
      `walk frame times: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, ${frames.length} frames`,
    );

    await followHer(page, 'stop');
    await page.waitForTimeout(900);
    await shot(page, 'walk-02-desktop-stop');
    await waitFor(page, (p) => p.direction === 'left', 20);
    await followHer(page, 'turn');
    await shot(page, 'walk-03-desktop-turn');
    await followHer(page, 'oregano');
    await followHer(page, 'hand');
    await shot(page, 'walk-03-desktop-hand');
    const before = await probe(page);
    expect(before?.ledger.every((r) => !r.peeked && !r.balked && !r.rushed)).toBe(true);
    await page.keyboard.press('Space');
    await waitFor(page, (p) => p.ending === 'palm');
    const opening = await frameTimes(page, 1800); // eyes wide: the painting, the slice landing
    const openP95 = opening[Math.floor(opening.length * 0.95)] ?? 0;
    console.log(`walk frame times, eyes open at the end: p95 ${openP95.toFixed(1)} ms`);
    await shot(page, 'walk-04-desktop-slice');

    await page.waitForFunction(() => window.__her!.state().interlude === null, null, {
      timeout: 20_000,
    });
    expect((await state(page)).variables.walk_trust).toBe(3);
    expect(await page.locator('.walk-peek').count()).toBe(0); // its button left with it
    await page.setViewportSize({ width: 1000, height: 700 }); // and so did its resize handler
    await page.waitForTimeout(300);
    const read = await readUntil(page, 'Eyes shut the whole way');
    expect(read[0]).toContain('He opens his eyes at a counter');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('peeking and balking on a phone held upright: walk_trust 0', async () => {
    const { page, context, errors } = await openGame(browser, { width: 390, height: 844 });
    await startWalk(page);
    await page.waitForTimeout(1500);
    await shot(page, 'walk-05-phone-eyes-shut');

    // The cello stretch: walk, but peek.
    await waitFor(page, (p) => p.direction === 'straight');
    await page.keyboard.down('ArrowUp');
    await page.waitForTimeout(1200);
    await peek(page, 'walk-06-phone-peek');
    await page.keyboard.up('ArrowUp');
    expect((await probe(page))?.ledger[0]?.peeked).toBe(true);
    await followHer(page, 'stop');
    await waitFor(page, (p) => p.direction === 'left', 20);

    // The gap: plant his feet until she gives up waiting, then go.
    await waitFor(page, (p) => p.ledger[1]?.balked === true, 12);
    await page.waitForFunction(
      () => window.__her!.state().interlude?.line?.text.includes('plants his feet'),
      null,
      { timeout: 10_000 },
    );
    await shot(page, 'walk-07-phone-balked');
    await followHer(page, 'turn');
    await followHer(page, 'oregano');
    await followHer(page, 'hand');

    // The hand: keep it in his pocket; the slice comes anyway.
    await waitFor(page, (p) => p.ending === 'chest', 15);
    await page.waitForTimeout(1800);
    await shot(page, 'walk-08-phone-slice-chest');
    await page.waitForFunction(() => window.__her!.state().interlude === null, null, {
      timeout: 20_000,
    });
    expect((await state(page)).variables.walk_trust).toBe(0);
    await readUntil(page, "You didn't believe a word I said");
    expect(errors).toEqual([]);
    await context.close();
  });

  it('by pointer alone (drag to walk, hold Peek, tap for the hand): walk_trust 2', async () => {
    const { page, context, errors } = await openGame(browser, { width: 390, height: 844 });
    await startWalk(page);
    await waitFor(page, (p) => p.direction === 'straight');
    await dragAfterHer(page, 'stop');
    await waitFor(page, (p) => p.direction === 'left', 20);
    const button = page.locator('.walk-peek');
    const box = (await button.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.waitForTimeout(300);
    await shot(page, 'walk-12-phone-peek-button');
    await page.mouse.up();
    expect((await probe(page))?.ledger[1]?.peeked).toBe(true);
    await dragAfterHer(page, 'turn');
    await dragAfterHer(page, 'oregano');
    await dragAfterHer(page, 'hand');
    await page.mouse.click(195, 520); // a tap: hold out your hand
    await waitFor(page, (p) => p.ending === 'palm', 5);
    await page.waitForFunction(() => window.__her!.state().interlude === null, null, {
      timeout: 20_000,
    });
    expect((await state(page)).variables.walk_trust).toBe(2);
    await readUntil(page, 'Some faith, some doubt');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone held sideways: the dark, a peek, and the pause menu over it', async () => {
    const { page, context, errors } = await openGame(browser, { width: 844, height: 390 });
    await startWalk(page);
    await waitFor(page, (p) => p.direction === 'straight');
    await page.keyboard.down('ArrowUp');
    await page.waitForTimeout(2500);
    await shot(page, 'walk-09-landscape-walking');
    await peek(page, 'walk-10-landscape-peek');
    await page.keyboard.up('ArrowUp');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(400);
    const before = await probe(page);
    await page.waitForTimeout(800);
    expect((await probe(page))?.z).toBe(before?.z); // paused: nobody moves
    await shot(page, 'walk-11-landscape-paused');
    expect(errors).toEqual([]);
    await context.close();
  });
});
