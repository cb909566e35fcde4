import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { CompiledStory } from '../../src/story/engine.ts';
import { Playthrough, type PlaySnapshot } from '../../src/story/playthrough.ts';
import type { Step } from '../../src/story/types.ts';
import { playInterlude } from './play-interlude.ts';

/** What one random playthrough saw. */
export interface WalkResult {
  /** Ending id, or null when the story stopped without `# ending:` (a dead end, or "to be continued"). */
  ending: string | null;
  chapters: string[];
  steps: Step[];
  choices: string[];
  /** How many choices had been made when each chapter began (for "routes before the finale"). */
  chapterStarts: Record<string, number>;
  /** Set when ink failed at run time, or the walk never stopped. */
  error: string | null;
  lastLine: string | null;
}

/** A generous ceiling: a real playthrough is about a thousand lines and choices. */
const MAX_STEPS = 6_000;

/**
 * One playthrough per story (and interlude mode), put back at its first state for each walk:
 * loading the compiled story again costs a fifth of a walk.
 */
type Pool = Map<CompiledStory, { playthrough: Playthrough; start: PlaySnapshot }>;
const pools: { text: Pool; played: Pool } = { text: new Map(), played: new Map() };
const poolFor = (played: boolean) => (played ? pools.played : pools.text);

function freshPlaythrough(compiled: CompiledStory, played: boolean): Playthrough {
  const kept = poolFor(played).get(compiled);
  if (kept) {
    kept.playthrough.restore(kept.start);
    return kept.playthrough;
  }
  const externals = played ? { minigame_ready: () => true } : undefined;
  const playthrough = new Playthrough(compiled, externals ? { externals } : {});
  poolFor(played).set(compiled, { playthrough, start: playthrough.snapshot() });
  return playthrough;
}

/** With `interludes`, the walk plays them (as the game does) instead of their text versions. */
export interface WalkOptions {
  /** The story's knots and stitches, from the compiler: interludes read their lines knots. */
  interludes?: { flows: readonly string[] };
}

/**
 * Plays the story once, taking random choices from a seeded generator, through the same
 * Playthrough the game uses (stage reducer included). `onStep` sees every step; `onFinish`
 * the playthrough where it stopped (at an ending, or where it failed).
 */
export function randomWalk(
  compiled: CompiledStory,
  seed: number,
  onStep?: (step: Step, p: Playthrough) => void,
  onFinish?: (p: Playthrough) => void,
  options: WalkOptions = {},
): WalkResult {
  const rng = xoroshiro128plus(seed);
  const playthrough = freshPlaythrough(compiled, options.interludes !== undefined);
  const result: WalkResult = {
    ending: null,
    chapters: [],
    steps: [],
    choices: [],
    chapterStarts: {},
    error: null,
    lastLine: null,
  };
  try {
    for (let n = 0; n < MAX_STEPS; n++) {
      const { choices, ended } = playthrough.view;
      if (ended) {
        result.ending = ended.ending;
        onFinish?.(playthrough);
        return result;
      }
      if (playthrough.view.interlude && options.interludes) {
        playInterlude(playthrough, options.interludes.flows, rng);
        continue;
      }
      if (choices) {
        const position = uniformInt(rng, 0, choices.length - 1);
        result.choices.push(choices[position]?.text ?? '');
        playthrough.choose(position);
        continue;
      }
      const step = playthrough.advance();
      if (!step) continue;
      result.steps.push(step);
      if (step.kind === 'beat') result.lastLine = step.text;
      for (const c of step.commands) {
        if (c.kind !== 'chapter') continue;
        result.chapters.push(c.id);
        result.chapterStarts[c.id] ??= result.choices.length;
      }
      onStep?.(step, playthrough);
    }
    result.error = `no end after ${MAX_STEPS} steps (an endless loop?)`;
  } catch (error) {
    result.error = (error as Error).message;
  }
  // Only a walk that failed gets here: it still shows how far it got (coverage counts what
  // it reached), and its ink may have stopped mid-line, so the next walk starts afresh.
  onFinish?.(playthrough);
  poolFor(options.interludes !== undefined).delete(compiled);
  return result;
}
