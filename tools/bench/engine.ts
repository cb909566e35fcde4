/**
 * The story engine in Node: whole playthroughs per second of the real story through
 * src/story (Playthrough, as the game runs it, rewind history included) against the bare
 * inkjs runtime on the same compiled story, taking the very same seeded routes.
 */
import { Story } from 'inkjs';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { Playthrough, type PlaythroughOptions } from '../../src/story/playthrough.ts';
import { median } from './stats.ts';

type Rng = ReturnType<typeof xoroshiro128plus>;
/** Picks 0…n-1; pure-rand v8 generators advance in place. */
const pick = (rng: Rng, n: number) => uniformInt(rng, 0, n - 1);

/** Bare inkjs on the compiled story, parsed once (as the engine shares its parsed content). */
function rawStory(json: string): Story {
  const story = new Story(json);
  story.allowExternalFunctionFallbacks = true;
  // The engine binds cuss too (it filters strong language); a plain pass-through here.
  story.BindExternalFunction('cuss', (words: unknown) => String(words), true);
  return story;
}

/**
 * One playthrough on bare inkjs from the start (ResetState, ink's own way to play again):
 * every line continued, its tags read, a random option taken.
 */
function rawWalk(story: Story, seed: number): number {
  const rng = xoroshiro128plus(seed);
  story.ResetState();
  let lines = 0;
  for (;;) {
    while (story.canContinue) {
      const text = story.Continue() ?? '';
      void story.currentTags;
      if (text.trim() !== '') lines++; // tag-only lines are not shown, as in the engine
    }
    const n = story.currentChoices.length;
    if (n === 0) return lines;
    story.ChooseChoiceIndex(pick(rng, n));
  }
}

/** The same route through src/story's Playthrough (engine, tag parser, stage, backlog). */
function engineWalk(json: string, seed: number, options: PlaythroughOptions): number {
  const rng = xoroshiro128plus(seed);
  const playthrough = new Playthrough(json, options);
  let lines = 0;
  for (;;) {
    const { choices, ended, interlude } = playthrough.view;
    if (ended) return lines;
    if (interlude) throw new Error('an interlude in Node: minigame_ready should be false here');
    if (choices) playthrough.choose(pick(rng, choices.length));
    else if (playthrough.advance()?.kind === 'beat') lines++;
  }
}

/** Playthroughs per second of each way (from median walk times), and their ratio. */
export interface EngineFigures {
  rawPerS: number;
  enginePerS: number;
  /** The same without rewind history (how the story checker and the fuzz walk). */
  engineLeanPerS: number;
  /** Median over seeds of (raw time / engine time) for the very same route. */
  ratio: number;
  linesPerWalk: number;
  walks: number;
}

/**
 * Times `walks` routes each way. The three ways take turns route by route (in a rotating
 * order) and the ratio is the median of per-route ratios: on a shared, loaded machine a
 * slow second hits one route of each, not a whole batch of one way.
 */
export function measureEngine(json: string, walks = 30): EngineFigures {
  const game = { keepHistory: true };
  const lean = { keepHistory: false };
  // Same routes both ways: a different line count would mean the two walks diverged.
  const raw = rawStory(json);
  const rawLines = rawWalk(raw, 1);
  const engineLines = engineWalk(json, 1, game);
  if (rawLines !== engineLines) {
    throw new Error(`routes differ: ${rawLines} lines on inkjs, ${engineLines} via src/story`);
  }
  const ways = [
    (s: number) => rawWalk(raw, s),
    (s: number) => engineWalk(json, s, game),
    (s: number) => engineWalk(json, s, lean),
  ];
  for (let s = 0; s < 3; s++) for (const way of ways) way(1000 + s); // through the JIT first
  const times: number[][] = [[], [], []];
  for (let i = 0; i < walks; i++) {
    for (let k = 0; k < ways.length; k++) {
      const w = (i + k) % ways.length;
      const start = performance.now();
      ways[w]!(1 + i);
      times[w]!.push(performance.now() - start);
    }
  }
  const [rawTimes, engine, leanTimes] = times as [number[], number[], number[]];
  const perS = (list: number[]) => Math.round((1000 / median(list)) * 100) / 100;
  return {
    rawPerS: perS(rawTimes),
    enginePerS: perS(engine),
    engineLeanPerS: perS(leanTimes),
    ratio: Math.round(median(rawTimes.map((t, i) => t / engine[i]!)) * 100) / 100,
    linesPerWalk: rawLines,
    walks,
  };
}
