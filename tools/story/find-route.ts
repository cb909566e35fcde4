import type { CompiledStory } from '../../src/story/engine.ts';
import { randomWalk } from './walk.ts';

/**
 * Finds a route (the text of every choice, in order) that ends in `ending`, by seeded random
 * walks; `skip` passes over the first few routes found so callers can ask for different ones.
 * Returns null if none of `tries` walks got there.
 */
export function findRoute(
  compiled: CompiledStory,
  ending: string,
  skip = 0,
  tries = 4000,
): string[] | null {
  let found = 0;
  for (let seed = 1; seed <= tries; seed++) {
    const walk = randomWalk(compiled, 50_000 + seed);
    if (walk.ending !== ending) continue;
    if (found++ === skip) return walk.choices;
  }
  return null;
}
