import { settingsStore } from './settings';

/** The playable interludes this build can run (each registers itself when it is written). */
const available = new Set<string>();

/** Makes an interlude playable (`# minigame: name` then runs it instead of the text scene). */
export function registerInterlude(name: string): void {
  available.add(name);
}

/**
 * The game's answer to ink's `minigame_ready(name)`: true only when the interlude exists and
 * the player has not chosen to skip interludes (then the story plays its text version).
 */
export function interludeReady(name: unknown): boolean {
  return available.has(String(name)) && !settingsStore.getState().skipInterludes;
}

/** The EXTERNAL functions the game binds for every playthrough. */
export const gameExternals = { minigame_ready: interludeReady } as const;
