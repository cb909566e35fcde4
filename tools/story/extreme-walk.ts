import type { CompiledStory } from '../../src/story/engine.ts';
import { Playthrough } from '../../src/story/playthrough.ts';
import type { Step, VariableValue } from '../../src/story/types.ts';
import { leanSnapshot, runToDecision } from './run-to-decision.ts';
import type { WalkResult } from './walk.ts';

/** How a variable is measured: a number as itself, a LIST by how many items it holds. */
const measure = (value: VariableValue | undefined): number | null =>
  typeof value === 'number' ? value : Array.isArray(value) ? value.length : null;

/** The variables an extreme walk can push: every number and every LIST. */
export function extremeTargets(compiled: CompiledStory): string[] {
  const variables = new Playthrough(compiled).engine.variables();
  return Object.keys(variables).filter((name) => measure(variables[name]) !== null);
}

/**
 * Plays the story once, at every choice taking the option that leaves `variable` lowest (or
 * highest), looking one decision ahead; ties go to the earlier option. Thresholds and empty
 * lists are where rare lines live (the apology for a man who earned no regrets, the plea that
 * needs `holding_on` high): random walks seldom go that far in one direction, these always do.
 */
export function extremeWalk(
  compiled: CompiledStory,
  variable: string,
  direction: 'lowest' | 'highest',
  onStep: (step: Step, p: Playthrough) => void,
  onFinish: (p: Playthrough) => void,
): WalkResult {
  const playthrough = new Playthrough(compiled);
  const result: WalkResult = {
    ending: null,
    chapters: [],
    steps: [],
    choices: [],
    chapterStarts: {},
    error: null,
    lastLine: null,
  };
  const sign = direction === 'lowest' ? 1 : -1;
  const record = (step: Step) => {
    onStep(step, playthrough);
    if (step.kind === 'beat') result.lastLine = step.text;
    for (const c of step.commands) {
      if (c.kind !== 'chapter') continue;
      result.chapters.push(c.id);
      result.chapterStarts[c.id] ??= result.choices.length;
    }
  };
  // Reads on to the next choice or the end, through chapter starts.
  const readOn = (listen: (step: Step) => void) => {
    for (;;) {
      const stop = runToDecision(playthrough, null, listen);
      if (stop.kind !== 'chapter') return stop;
    }
  };
  try {
    for (let n = 0; n < 2000; n++) {
      const stop = readOn(record);
      if (stop.kind === 'end') {
        result.ending = stop.ending;
        break;
      }
      if (stop.kind === 'error') throw new Error(stop.message);
      const options = playthrough.view.choices;
      if (!options) throw new Error('an interlude waits, but extreme walks read text versions');
      const here = leanSnapshot(playthrough);
      let best = 0;
      let bestScore = Infinity;
      for (let i = 0; i < options.length; i++) {
        playthrough.restore(here);
        playthrough.choose(i);
        readOn(() => {});
        const score = sign * (measure(playthrough.engine.variable(variable)) ?? 0);
        if (score < bestScore) [best, bestScore] = [i, score];
      }
      playthrough.restore(here);
      result.choices.push(options[best]?.text ?? '');
      playthrough.choose(best);
    }
  } catch (error) {
    result.error = (error as Error).message;
  }
  onFinish(playthrough);
  return result;
}
