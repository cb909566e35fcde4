import { RUN } from './config';
import type { RunState } from './run-state';
import type { Doing } from './view/runner-view';

/**
 * The controls hint for each moment of the run (UI text, not story: the story's words are
 * in ink), for keys and pads or for a finger, and clearer once the player has left him
 * alone a while: he runs on regardless, and the hint says how to make him go faster.
 */
export function hintFor(state: RunState, touch: boolean): string | null {
  const idle = state.runner.idle > RUN.promptAfter;
  switch (state.phase) {
    case 'office':
    case 'plaza':
    case 'steps':
      if (touch)
        return idle
          ? 'He runs on anyway. Hold a finger down to run faster; tap to jump'
          : 'Hold to run · tap to jump or sidestep';
      return idle
        ? 'He runs on anyway. Hold → to run faster; Space to jump'
        : '→ run · ← slow · Space or ↑ jump or sidestep · Esc pause';
    case 'lift':
      if (state.section === 'office' && state.lift?.stage !== 'called') return null;
      return touch ? 'Tap or hold: jab the button' : 'Space or ↓: jab the door button';
    case 'gather':
      return touch ? 'Drag left and right to gather the oranges' : '← → gather the oranges';
    default:
      return null;
  }
}

/** What he is doing, for the view: running, waiting, jabbing a button, gathering, arrived. */
export function doingOf(state: RunState, jabbing: boolean): Doing {
  switch (state.phase) {
    case 'lift':
      if (state.section === 'elevator') return 'hidden';
      return state.lift?.stage === 'called' && jabbing ? 'jab' : 'run';
    case 'gather':
      return 'gather';
    case 'arrived':
    case 'done':
      return 'arrived';
    default:
      return 'run';
  }
}
