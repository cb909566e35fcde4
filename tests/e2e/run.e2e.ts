import path from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, launch, openGame, shot, state, waitForStage } from './browser';

/** What the run scene reports about itself (see RunScene.reportState). */
interface RunProbe {
  phase: string;
  section: string;
  visited: string[];
  s: number;
  v: number;
  bumps: number;
  dodges: number;
  time: number;
  floor: number | null;
  lift: string | null;
  cart: { stage: string; choice: string | null } | null;
  answered: boolean;
  idle: boolean;
  ahead: number;
}

/** The story's next line after the run, and her answer after it (10-not-found.ink). */
const AFTER_RUN =
  'At the top of the subway steps his lungs stop him, and the phone in his hand goes warm.';
const HER_ANSWER = /^Hi! Hi\. I'm here\./;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function probe(page: Page): Promise<RunProbe | null> {
  const s = await state(page);
  return (s.interlude?.probe as RunProbe | undefined) ?? null;
}

/** Jumps to the silent desk and reads on with Space until the run is being played. */
async function startRun(page: Page): Promise<void> {
  await waitForStage(page);
  await page.evaluate(() => window.__her!.jump('not_found.silent_desk'));
  for (let i = 0; i < 60 && !(await state(page)).interlude; i++) {
    await page.keyboard.press('Space');
    await page.waitForTimeout(200);
  }
  const reached = await state(page);
  expect(reached.interlude?.key, `still reading: ${reached.screen} ${reached.text}`).toBe('run');
  await page.waitForFunction(() => window.__her!.state().interlude?.probe?.phase === 'office');
  await page.waitForTimeout(1500); // the chapter card and the curtain clear
}

/** Polls the run every tenth of a second, calling `act` with its state, until it has ended. */
async function playUntilDone(page: Page, act: (p: RunProbe) => Promise<void>, seconds = 200) {
  for (let t = 0; t < seconds * 10; t++) {
    const p = await probe(page);
    if (!p) return;
    await act(p);
    await page.waitForTimeout(100);
  }
  throw new Error(`the run never ended: ${JSON.stringify(await probe(page))}`);
}

/** requestAnimationFrame deltas over `ms` of play: the frame times a player feels. */
async function frameTimes(
  page: Page,
  ms = 5000,
): Promise<{ median: number; p95: number; frames: number }> {
  const deltas = await page.evaluate(
    (span) =>
      new Promise<number[]>((resolve) => {
        const out: number[] = [];
        let last = performance.now();
        const start = last;
        const frame = (now: number) => {
          out.push(now - last);
          last = now;
          if (now - start < span) requestAnimationFrame(frame);
          else resolve(out);
        };
        requestAnimationFrame(frame);
      }),
    ms,
  );
  const sorted = [...deltas].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((sorted[Math.floor(q * (sorted.length - 1))] ?? 0) * 10) / 10;
  return { median: at(0.5), p95: at(0.95), frames: deltas.length };
}

/** Samantha's second line after the run, which hears what he did at the cart. */
const HEARS = { ran: /all your messages at once/, helped: /sound like oranges/ } as const;

/**
 * After the run: the story's next line, then (reading on with Space) her answer, and the
 * line after it that knows whether he ran on or gathered the oranges.
 */
async function expectStoryReadsOn(page: Page, oranges: keyof typeof HEARS): Promise<void> {
  await page.waitForFunction(() => !window.__her!.state().interlude);
  const after = await state(page);
  expect(after.text).toBe(AFTER_RUN);
  expect(after.variables.oranges).toBe(oranges);
  for (let i = 0; i < 8 && (await state(page)).speaker !== 'Samantha'; i++) {
    await page.keyboard.press('Space');
    await page.waitForTimeout(250);
  }
  const answer = await state(page);
  expect(answer.speaker).toBe('Samantha');
  expect(answer.text).toMatch(HER_ANSWER);
  // Space finishes typing her line, then reads on to the next.
  for (let i = 0; i < 6 && (await state(page)).text === answer.text; i++) {
    await page.keyboard.press('Space');
    await page.waitForTimeout(250);
  }
  expect((await state(page)).text).toMatch(HEARS[oranges]);
}

describe('the Not Found run', { timeout: 300_000 }, () => {
  it('is played to her answer by keyboard: run, jump, jab the button, run on past the oranges', async () => {
    const { page, context, errors } = await openGame(browser);
    await startRun(page);
    await shot(page, 'run-desktop-01-office');
    await page.keyboard.down('ArrowRight');
    const shots = new Set<string>();
    let timing: Awaited<ReturnType<typeof frameTimes>> | null = null;
    await playUntilDone(page, async (p) => {
      const moment = (name: string, when: boolean) => {
        if (!when || shots.has(name)) return null;
        shots.add(name);
        return shot(page, `run-desktop-${name}`);
      };
      // Jump (or sidestep) when something is a couple of metres ahead (not at the cart, where
      // Space would take the choice in focus).
      const running = ['office', 'plaza', 'steps'].includes(p.phase);
      if (running && p.ahead > 0.8 && p.ahead < 2.4) await page.keyboard.press('Space');
      if (p.lift === 'called') await page.keyboard.press('Space'); // jab the button
      if (p.section === 'elevator') await page.keyboard.press('ArrowDown');
      await moment('02-elevator-doors', p.lift === 'called');
      await moment('03-ride', p.lift === 'dwell');
      await moment('04-plaza', p.phase === 'plaza' && p.s > 20);
      if (p.phase === 'plaza' && p.s > 25 && !timing) timing = await frameTimes(page);
      const s = await state(page);
      if (s.interlude?.choices) {
        await page.waitForTimeout(600);
        await moment('05-cart-choice', true);
        await page.keyboard.press('1'); // keep running
      }
      await moment('06-steps', p.phase === 'steps' && p.s > 135);
      await moment('07-answered', p.answered);
    });
    await page.keyboard.up('ArrowRight');
    await shot(page, 'run-desktop-08-after');
    await expectStoryReadsOn(page, 'ran');
    expect([...shots].sort()).toEqual([
      '02-elevator-doors',
      '03-ride',
      '04-plaza',
      '05-cart-choice',
      '06-steps',
      '07-answered',
    ]);
    writeFileSync(
      path.join(ARTIFACTS, 'run-frame-times.json'),
      JSON.stringify({ desktop: timing }, null, 2),
    );
    console.log('run: desktop frame times (ms) during the plaza', timing);
    expect(errors, errors.join('\n')).toEqual([]);
    await context.close();
  });

  it('reports where it has been, in order, and that she answered, just before it hands back', async () => {
    const { page, context, errors } = await openGame(browser);
    await startRun(page);
    await page.keyboard.down('ArrowRight');
    let last: RunProbe | null = null;
    await playUntilDone(page, async (p) => {
      last = p;
      if (p.phase === 'lift') await page.keyboard.press('Space');
      if ((await state(page)).interlude?.choices) await page.keyboard.press('2'); // stop and help
      if (p.phase === 'gather') await page.keyboard.down('ArrowRight'); // walk to the oranges
    });
    await page.keyboard.up('ArrowRight');
    const end = last as RunProbe | null;
    expect(end?.visited).toEqual(['office', 'elevator', 'plaza', 'steps']);
    expect(end?.cart).toEqual({ stage: 'done', choice: 'helped' });
    expect(end?.answered).toBe(true);
    await expectStoryReadsOn(page, 'helped');
    expect(errors, errors.join('\n')).toEqual([]);
    await context.close();
  });

  it('is played on a phone held upright with one thumb: hold to run, tap to jump, tap a choice', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await context.addInitScript(() =>
      localStorage.setItem(
        'her.settings',
        JSON.stringify({ version: 2, state: { contentNoteSeen: true } }),
      ),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await page.goto(`${inject('baseUrl')}?test`);
    await page.waitForFunction(() => window.__her?.ready === true);
    await startRun(page);
    await shot(page, 'run-phone-01-office');
    const thumb = { x: 200, y: 600 };
    await page.mouse.move(thumb.x, thumb.y);
    await page.mouse.down(); // a thumb held down: he runs
    const shots = new Set<string>();
    let holding = true;
    await playUntilDone(page, async (p) => {
      const moment = async (name: string, when: boolean) => {
        if (!when || shots.has(name)) return;
        shots.add(name);
        await shot(page, `run-phone-${name}`);
      };
      await moment('02-ride', p.lift === 'dwell');
      await moment('03-plaza', p.phase === 'plaza' && p.s > 20);
      if ((await state(page)).interlude?.choices) {
        if (holding) await page.mouse.up();
        holding = false;
        await page.waitForTimeout(500);
        await moment('04-cart-choice', true);
        await page.locator('.interlude-choices .choice').nth(1).tap(); // stop and help
        return;
      }
      if (p.phase === 'gather') await moment('05-gathering', true);
      if (!holding && p.phase !== 'cart') {
        await page.mouse.down();
        holding = true;
      }
      // Lift the thumb and tap to jump when something is close.
      if (
        holding &&
        p.ahead > 0.8 &&
        p.ahead < 2.2 &&
        ['office', 'plaza', 'steps'].includes(p.phase)
      ) {
        await page.mouse.up();
        await page.touchscreen.tap(thumb.x, thumb.y);
        await page.mouse.down();
      }
      await moment('06-steps', p.phase === 'steps' && p.s > 135);
      await moment('07-answered', p.answered);
    });
    if (holding) await page.mouse.up();
    await shot(page, 'run-phone-08-after');
    await page.waitForFunction(() => !window.__her!.state().interlude);
    expect((await state(page)).text).toBe(AFTER_RUN);
    expect((await state(page)).variables.oranges).toBe('helped');
    expect(shots.has('04-cart-choice')).toBe(true);
    expect(errors, errors.join('\n')).toEqual([]);
    await context.close();
  });

  it('cannot be lost by doing nothing: it carries him on and decides at the cart for him', async () => {
    const { page, context, errors } = await openGame(browser);
    await startRun(page);
    // The pause menu stops the clock.
    await page.keyboard.press('Escape');
    await page.waitForTimeout(400);
    const paused = (await probe(page))?.time ?? 0;
    await page.waitForTimeout(1500);
    expect((await probe(page))?.time).toBe(paused);
    await page.keyboard.press('Escape');
    // Hands off: through the office, down in the elevator, out to the cart, and past it.
    let prompted = false;
    let p = await probe(page);
    for (let t = 0; t < 2400 && p && !(p.cart?.stage === 'done' && p.phase === 'plaza'); t++) {
      const hint = (await state(page)).interlude?.hint ?? '';
      prompted ||= p.idle && /anyway/.test(hint);
      await page.waitForTimeout(100);
      p = await probe(page);
    }
    expect(prompted).toBe(true);
    expect(p?.visited).toEqual(['office', 'elevator', 'plaza']);
    expect(p?.cart).toEqual({ stage: 'done', choice: 'ran' }); // nobody chose: he ran on
    // …and he goes on by himself.
    await page.waitForTimeout(1500);
    expect((await probe(page))?.s).toBeGreaterThan(p?.s ?? 0);
    await shot(page, 'run-desktop-09-hands-off');
    // The rest is the same run: finish it with the keys to save time.
    await page.keyboard.down('ArrowRight');
    await playUntilDone(page, async () => {});
    await page.keyboard.up('ArrowRight');
    await expectStoryReadsOn(page, 'ran');
    expect(errors, errors.join('\n')).toEqual([]);
    await context.close();
  });
});
