import { minigames, type MinigameKey } from '../assets/manifest';
import type { SideScript } from '../story/side-script';
import type { VariableValue } from '../story/types';
import { announceDecision, step } from './actions';
import { currentPlaythrough } from './runtime';
import { resetInterludeHud } from './interlude-hud';
import { notify } from './session';

/**
 * Intents of a running interlude (src/interludes): pull its lines from ink, hand its result
 * back, or leave it for its text version. The scene keeps its own play state; only what it
 * decides comes back to the story, through here.
 */

/** The reader in use, with the playthrough it reads (a load or rewind replaces both). */
let reader: { playthrough: object; script: SideScript } | null = null;

/** The ink reader for the running interlude's lines (one per interlude, made on first use). */
export function interludeScript(): SideScript | null {
  const playthrough = currentPlaythrough();
  if (!playthrough?.view.interlude) return null;
  if (reader?.playthrough !== playthrough)
    reader = { playthrough, script: playthrough.engine.script() };
  return reader.script;
}

function closeScript(): void {
  reader?.script.close();
  reader = null;
}

/**
 * Ends the running interlude with the variables it decided (e.g. `cave_outcome`); the story
 * reads on from there, as after a choice.
 */
export function finishInterlude(values: Record<string, VariableValue> = {}): void {
  const playthrough = currentPlaythrough();
  if (!playthrough?.view.interlude) return;
  closeScript();
  resetInterludeHud();
  playthrough.finishInterlude(values);
  step();
  announceDecision();
}

/** Leaves the running interlude for the story's text version of it (the pause menu's Skip). */
export function skipInterlude(): void {
  const playthrough = currentPlaythrough();
  const interlude = playthrough?.view.interlude;
  if (!playthrough || !interlude) return;
  const parts = minigames[interlude.key as MinigameKey]?.parts as
    Record<string, string> | undefined;
  const fallback = parts?.[interlude.part];
  if (!fallback) {
    notify(`This scene has no text version to skip to; finishing it instead.`);
    finishInterlude();
    return;
  }
  closeScript();
  resetInterludeHud();
  playthrough.skipInterlude(fallback);
  step();
}
