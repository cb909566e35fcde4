import type { CompiledStory } from '../../src/story/engine.ts';
import type { Playthrough, PlaySnapshot } from '../../src/story/playthrough.ts';
import type { Step } from '../../src/story/types.ts';
import { leanSnapshot } from './run-to-decision.ts';
import { ReadingTally } from './stats.ts';
import type { StepChecks } from './step-checks.ts';
import { extremeTargets, extremeWalk } from './extreme-walk.ts';
import { randomWalk, type WalkResult } from './walk.ts';

/** The listeners a walk reports each step and its end to. */
interface WalkListeners {
  onStep: (step: Step, playthrough: Playthrough) => void;
  onFinish: (playthrough: Playthrough) => void;
}

/** What the random walks saw, before it is turned into the report. */
export interface WalkSummary {
  walks: number;
  /** Chapter ids in the order the walks met them. */
  chapterOrder: string[];
  chapters: Record<string, number>;
  endings: Record<string, number>;
  /** "stops after …" → how many walks. */
  deadEnds: Record<string, number>;
  /** Runtime error (with where) → how many walks met it, and how to replay the first. */
  errors: Map<string, { walks: number; replay: string }>;
  /** Of `walks`, how many pushed one variable as low or as high as it goes (extreme-walk.ts). */
  extremes: number;
  /** Per finished walk: its ending, the choices it took, and where each chapter began. */
  routes: { ending: string; choices: string[]; chapterStarts: Record<string, number> }[];
  words: number[];
  choices: number[];
  chapterWords: Map<string, number[]>;
  /** Chapter → distinct line → words: every branch the walks saw. */
  distinct: Map<string, Map<string, number>>;
  /** Container path (knot, stitch, choice) → how many walks reached it. */
  reached: Map<string, number>;
  /** States at the first line of each chapter, for the exhaustive search to start from. */
  seeds: Map<string, PlaySnapshot[]>;
}

/** Chapter starts kept per chapter for the search (more would never be searched in time). */
const SEEDS_PER_CHAPTER = 200;

/**
 * Plays the story `count` times with seeded random choices (every other walk plays the
 * interludes as the game does; the rest read their text versions), then twice more for each
 * number and LIST, keeping it as low and as high as it goes. `paths` are the knots, stitches
 * and choices whose coverage is counted.
 */
export function runWalks(
  compiled: CompiledStory,
  options: { count: number; seed: number; flows: readonly string[]; paths: readonly string[] },
  checks: StepChecks,
  locate: (path: string | null | undefined) => string,
): WalkSummary {
  const summary: WalkSummary = {
    walks: 0,
    extremes: 0,
    chapterOrder: [],
    chapters: {},
    endings: {},
    deadEnds: {},
    errors: new Map(),
    routes: [],
    words: [],
    choices: [],
    chapterWords: new Map(),
    distinct: new Map(),
    reached: new Map(),
    seeds: new Map(),
  };
  const bump = (table: Record<string, number>, key: string) => (table[key] = (table[key] ?? 0) + 1);
  /** What every walk reports to, random or extreme; `replay` says how to play it again. */
  const follow = (replay: string, play: (on: WalkListeners) => WalkResult) => {
    const tally = new ReadingTally(summary.distinct);
    const check = checks.forWalk();
    // Ink names no path for a line just before `-> END`: keep the last one it did name.
    let lastPath: string | null = null;
    const walk = play({
      onStep(step, playthrough) {
        tally.add(step);
        check(step, playthrough);
        if (step.kind === 'beat') lastPath = step.path ?? lastPath;
        const chapter = step.commands.find((c) => c.kind === 'chapter');
        if (chapter?.kind !== 'chapter') return;
        const seeds = summary.seeds.get(chapter.id) ?? [];
        summary.seeds.set(chapter.id, seeds);
        if (seeds.length < SEEDS_PER_CHAPTER) seeds.push(leanSnapshot(playthrough));
      },
      onFinish(playthrough) {
        for (const path of options.paths)
          if (playthrough.engine.visitCount(path) > 0)
            summary.reached.set(path, (summary.reached.get(path) ?? 0) + 1);
      },
    });
    walk.steps = []; // keep memory small: every step was already checked
    summary.walks += 1;
    for (const c of new Set(walk.chapters)) {
      bump(summary.chapters, c);
      if (!summary.chapterOrder.includes(c)) summary.chapterOrder.push(c);
    }
    const at = `after "${walk.lastLine ?? '(nothing)'}", at ${locate(lastPath)}`;
    if (walk.error) {
      const error = `${walk.error} (${at})`;
      const seen = summary.errors.get(error);
      summary.errors.set(error, { walks: (seen?.walks ?? 0) + 1, replay: seen?.replay ?? replay });
    } else if (walk.ending) {
      bump(summary.endings, walk.ending);
      const { choices, chapterStarts } = walk;
      summary.routes.push({ ending: walk.ending, choices, chapterStarts });
    } else bump(summary.deadEnds, `stops ${at}`);
    summary.words.push(tally.total);
    summary.choices.push(walk.choices.length);
    for (const [chapter, words] of tally.perChapter)
      summary.chapterWords.set(chapter, [...(summary.chapterWords.get(chapter) ?? []), words]);
  };
  for (let i = 0; i < options.count; i++) {
    const seed = options.seed + i;
    // Every other walk plays the interludes as the game does; the rest read their text.
    const played = i % 2 === 1 ? { interludes: { flows: options.flows } } : {};
    follow(`--seed ${seed} --walks 1`, (on) =>
      randomWalk(compiled, seed, on.onStep, on.onFinish, played),
    );
  }
  for (const variable of extremeTargets(compiled))
    for (const direction of ['lowest', 'highest'] as const) {
      summary.extremes += 1;
      follow(`the walk keeping ${variable} ${direction}`, (on) =>
        extremeWalk(compiled, variable, direction, on.onStep, on.onFinish),
      );
    }
  return summary;
}
