/**
 * The random inputs of a browser fuzz session, drawn from a seeded generator: the keys the
 * game binds (src/ui/keyboard.ts: reading, choices, menus, quicksave and quickload), held
 * arrows for interludes, clicks and taps anywhere or on a visible button, window resizes,
 * reloads in the middle of a line, idling, and jumps deep into the story.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Page } from 'playwright-core';

type Rng = ReturnType<typeof xoroshiro128plus>;

/** Every key the game reads while playing, and some it should ignore. */
const KEYS = [
  ...['Space', 'Space', 'Space', 'Enter', 'Enter', 'Escape', 'Escape', 'Tab', 'Backspace'],
  ...['1', '2', '3', '4', '9', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'],
  ...['b', 'm', 's', 'a', 'q', 'l', 'h', 'F1', 'PageUp', 'x', 'Shift+Tab'],
];
/** Sizes a player might play at: desktop, phone upright and sideways, tablet, a small window. */
const SIZES = [
  [1280, 720],
  [390, 844],
  [844, 390],
  [1024, 768],
  [640, 480],
] as const;
/** Places to jump to: each chapter's opening and the passages before the interludes. */
const KNOTS = [
  'letter_writer_612.walk_home',
  'os1',
  'the_cave.living_room',
  'the_date.walk',
  'sunday.beach',
  'not_found.silent_desk',
  'dear_catherine',
];

/** Context options drawn for a session (touch or not, the starting size). */
export function sessionShape(rng: Rng) {
  const [width, height] = SIZES[uniformInt(rng, 0, SIZES.length - 1)]!;
  return { width, height, hasTouch: uniformInt(rng, 0, 1) === 1 };
}

/** Draws and performs one action; returns what it did, for the session's log. */
export async function randomAction(page: Page, rng: Rng, hasTouch: boolean): Promise<string> {
  const roll = uniformInt(rng, 0, 99);
  const n = (max: number) => uniformInt(rng, 0, max);
  const { width, height } = page.viewportSize() ?? { width: 1280, height: 720 };
  if (roll < 45) {
    const key = KEYS[n(KEYS.length - 1)]!;
    await page.keyboard.press(key);
    return `press ${key}`;
  }
  if (roll < 52) {
    const key = ['ArrowRight', 'ArrowUp', 'ArrowLeft', 'Control'][n(3)]!;
    const ms = 200 + n(1300);
    await page.keyboard.down(key);
    await page.waitForTimeout(ms);
    await page.keyboard.up(key);
    return `hold ${key} ${ms} ms`;
  }
  if (roll < 64) {
    const buttons = page.locator('button:visible');
    const count = await buttons.count();
    if (count === 0) return 'no button to click';
    const k = n(count - 1);
    const label = ((await buttons.nth(k).textContent({ timeout: 1000 })) ?? '').trim().slice(0, 30);
    await buttons
      .nth(k)
      .click({ timeout: 2000, noWaitAfter: true })
      .catch(() => {});
    return `click button "${label}"`;
  }
  if (roll < 74) {
    const [x, y] = [n(width - 1), n(height - 1)];
    if (hasTouch && n(1) === 1) await page.touchscreen.tap(x, y);
    else await page.mouse.click(x, y);
    return `${hasTouch ? 'tap/click' : 'click'} ${x},${y}`;
  }
  if (roll < 79) {
    const [w, h] = SIZES[n(SIZES.length - 1)]!;
    await page.setViewportSize({ width: w, height: h });
    return `resize ${w}x${h}`;
  }
  if (roll < 83) {
    await page.reload();
    await page.waitForFunction(() => window.__her?.ready === true, null, { timeout: 30_000 });
    return 'reload';
  }
  if (roll < 86) {
    const knot = KNOTS[n(KNOTS.length - 1)]!;
    await page.evaluate((k) => window.__her?.jump(k), knot);
    return `jump ${knot}`;
  }
  const ms = 100 + n(1500);
  await page.waitForTimeout(ms);
  return `wait ${ms} ms`;
}
