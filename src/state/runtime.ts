import type { CompiledStory } from '../story/engine';
import type { Playthrough } from '../story/playthrough';
import type { Step } from '../story/types';
import { gameExternals } from './interludes';
import { sessionStore } from './session';
import { settingsStore } from './settings';

/**
 * The one running story and playthrough, shared by the action modules (flow, saves, reading).
 * Nothing outside src/state touches these; renderers read the session store.
 */
let story: { compiled: CompiledStory; hash: string } | null = null;
let playthrough: Playthrough | null = null;

/** How the game runs every playthrough: with rewind history and its EXTERNAL functions. */
export const GAME_PLAY = { keepHistory: true, externals: gameExternals } as const;

/** The loaded story (throws if none: a programming error, not a player's). */
export function currentStory(): { compiled: CompiledStory; hash: string } {
  if (!story) throw new Error('No story loaded: call loadStory() first');
  return story;
}

/** Sets the compiled story the game plays. */
export function setStory(compiled: CompiledStory, hash: string): void {
  story = { compiled, hash };
}

/** The playthrough in progress, if any. */
export function currentPlaythrough(): Playthrough | null {
  return playthrough;
}

/** Makes `next` the playthrough in progress, with the player's settings applied to its ink. */
export function setPlaythrough(next: Playthrough | null): void {
  playthrough = next;
  if (next) applySettings(next);
}

/** Keeps ink's `strong_language` in step with the player's setting. */
export function applySettings(target: Playthrough): void {
  target.engine.setVariable('strong_language', settingsStore.getState().strongLanguage);
}

settingsStore.subscribe((settings, previous) => {
  if (playthrough && settings.strongLanguage !== previous.strongLanguage)
    applySettings(playthrough);
});

/**
 * Shows the playthrough's view. `step` is what play just produced (null for a restore): a new
 * line starts unrevealed so the typewriter can show it; cues of any new step run once.
 */
export function publish(step: Step | null, extra: { lineWasSeen?: boolean } = {}): void {
  if (!playthrough) return;
  const view = playthrough.view;
  sessionStore.setState((s) => ({
    view,
    screen: view.ended ? 'end' : 'play',
    stepSerial: step ? s.stepSerial + 1 : s.stepSerial,
    revealed: step?.kind === 'beat' ? false : step ? s.revealed : true,
    lineWasSeen: extra.lineWasSeen ?? true,
    canRewind: playthrough ? playthrough.rewindPoints > (view.choices ? 1 : 0) : false,
    earliestRewindPoint: playthrough?.earliestRewindPoint ?? Number.POSITIVE_INFINITY,
  }));
}
