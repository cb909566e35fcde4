/**
 * `npm run fuzz:browser`: seeded random-input sessions on the built game in Chromium (keys,
 * held arrows, clicks, taps, menu buttons, resizes, reloads mid-line, quicksave and
 * quickload, jumps). Each session fails on any console error or uncaught exception, or a
 * save left in storage that the game's own validation refuses; its seed replays it.
 * Options: --sessions N (200), --seed S (1): session i uses seed S + i; --actions N (60);
 * --dist DIR to fuzz an existing build instead of building one into a temporary folder.
 */
import { parseArgs } from 'node:util';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Browser } from 'playwright-core';
import { launch, newPage, openAndWait } from '../bench/browser.ts';
import { randomAction, sessionShape } from './actions.ts';
import { checkSaves } from './saves-check.ts';
import { serveGame } from './site.ts';

const { values: args } = parseArgs({
  options: {
    sessions: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    actions: { type: 'string', default: '60' },
    dist: { type: 'string' },
  },
});

/** How one session ended: its problems (none when clean), the saves it left, what it did. */
interface Session {
  seed: number;
  problems: string[];
  saves: number;
  log: string[];
}

/** One session: a fresh first visit, New game, then `actions` random inputs, then the checks. */
async function runSession(browser: Browser, url: string, seed: number): Promise<Session> {
  const rng = xoroshiro128plus(seed);
  const shape = sessionShape(rng);
  const target = await newPage(browser, shape);
  const log: string[] = [];
  try {
    await openAndWait(target, url);
    await target.page.click('#new-game', { timeout: 10_000 });
    for (let i = 0; i < Number(args.actions); i++) {
      log.push(await randomAction(target.page, rng, shape.hasTouch));
    }
    // Let the autosaves and the stage settle, then read the saves back as the game would.
    await target.page.waitForTimeout(500);
    const { problems, saves } = await checkSaves(target.page);
    // One more visit on those saves: the title must come up cleanly with them.
    await target.page.reload();
    await target.page.waitForFunction(() => window.__her?.ready === true, null, {
      timeout: 30_000,
    });
    await target.page.waitForTimeout(300);
    problems.push(...target.errors);
    return { seed, problems, saves, log };
  } catch (error) {
    const problems = [
      ...target.errors,
      `the session broke: ${(error as Error).message.split('\n')[0]}`,
    ];
    return { seed, problems, saves: 0, log };
  } finally {
    await target.context.close().catch(() => {});
  }
}

const sessions = Number(args.sessions);
const firstSeed = Number(args.seed);
const site = await serveGame(args.dist);
const browser = await launch();
const failures: Session[] = [];
const started = Date.now();
let savesSeen = 0;
try {
  for (let i = 0; i < sessions; i++) {
    const session = await runSession(browser, site.url, firstSeed + i);
    savesSeen += session.saves;
    if (session.problems.length > 0) {
      failures.push(session);
      console.log(`session seed ${session.seed}: FAILED\n  ${session.problems.join('\n  ')}`);
    }
    if ((i + 1) % 10 === 0 || i + 1 === sessions) {
      const s = Math.round((Date.now() - started) / 1000);
      console.log(`fuzz:browser: ${i + 1}/${sessions} sessions, ${s} s, ${failures.length} failed`);
    }
  }
} finally {
  await browser.close();
  await site.close();
}

const errors = failures.flatMap((f) => f.problems);
console.log(
  `\nfuzz:browser: ${sessions} sessions of ${args.actions} random inputs (seeds ${firstSeed}–${firstSeed + sessions - 1})`,
);
console.log(
  `  console errors / uncaught exceptions: ${errors.filter((e) => !e.startsWith('save') && !e.startsWith('the session')).length}`,
);
console.log(
  `  invalid saves: ${errors.filter((e) => /does not validate|no save place|not JSON/.test(e)).length} (of ${savesSeen} checked)`,
);
console.log(`  broken sessions: ${errors.filter((e) => e.startsWith('the session')).length}`);
for (const f of failures) {
  console.log(
    `\nseed ${f.seed}: replay with npm run fuzz:browser -- --sessions 1 --seed ${f.seed}`,
  );
  console.log(`  last inputs: ${f.log.slice(-12).join(' · ')}`);
}
console.log(
  failures.length === 0
    ? '\nfuzz:browser: clean'
    : `\nfuzz:browser: ${failures.length} failing session(s)`,
);
process.exit(failures.length === 0 ? 0 : 1);
