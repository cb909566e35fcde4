import type { MinigameKey } from '../assets/manifest';
import type { InterludeSceneClass } from './interlude-scene';

/**
 * The interludes this build can play, each loaded on demand (its code and art arrive only
 * when the story first reaches it). Importing this file loads none of them, nor Phaser, so
 * the game can answer ink's `minigame_ready` from the first line.
 */
export const interludeLoaders: Partial<Record<MinigameKey, () => Promise<InterludeSceneClass>>> = {
  cave: () => import('./cave/cave-scene').then((m) => m.CaveScene),
  walk: () => import('./walk/walk-scene').then((m) => m.WalkScene),
  run: () => import('./run/run-scene').then((m) => m.RunScene),
};
