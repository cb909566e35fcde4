import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { CompiledStory } from '../../src/story/engine.ts';
import { Playthrough } from '../../src/story/playthrough.ts';
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

/** A generous ceiling: a real playthrough is a few thousand lines at most. */
const MAX_STEPS = 20_000;

/** With `interludes`, the walk plays them (as the game does) instead of their text versions. */
export interface WalkOptions {
  /** The story's knots and stitches, from the compiler: interludes read their lines knots. */
  interludes?: { flows: readonly string[] };
}

/**
 * Plays the story once, taking random choices from a seeded generator, through the same
 * Playthrough the game uses (stage reducer included). `onStep` sees every step.
 */
export function randomWalk(
  compiled: CompiledStory,
  seed: number,
  onStep?: (step: Step, p: Playthrough) => void,
  onFinish?: (p: Playthrough) => void,
  options: WalkOptions = {},
): WalkResult {
  const rng = xoroshiro128plus(seed);
  const playthrough = new Playthrough(
    compiled,
    options.interludes ? { externals: { minigame_ready: () => true } } : {},
  );
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
  return result;
}
