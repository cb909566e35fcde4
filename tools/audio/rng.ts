/**
 * Seeded randomness for the audio generator. Every random choice goes through a named stream
 * so re-running the generator reproduces byte-identical files, and adding a call in one part
 * of a piece does not reshuffle the others.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

/** A deterministic random stream with the few distributions the pieces need. */
export interface Rng {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform in [lo, hi). */
  range(lo: number, hi: number): number;
  /** Uniform integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Standard normal (mean 0, deviation 1), for humanised timing and velocity. */
  gauss(): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** An independent child stream, so sub-parts do not disturb each other's sequences. */
  fork(label: string): Rng;
}

/** FNV-1a hash of a label, so streams can be named instead of numbered. */
export function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** A random stream named by a label (e.g. 'theme/melody'); the same label gives the same stream. */
export function rngFor(label: string): Rng {
  const gen = xoroshiro128plus(hashLabel(label));
  const float = (): number => uniformFloat64(gen);
  const rng: Rng = {
    float,
    range: (lo, hi) => lo + (hi - lo) * float(),
    int: (lo, hi) => lo + Math.floor(float() * (hi - lo + 1)),
    chance: (p) => float() < p,
    gauss: () => {
      // Box-Muller; 1 - u keeps the log argument away from zero.
      const u = 1 - float();
      const v = float();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from empty list');
      return items[Math.floor(float() * items.length)] as T;
    },
    fork: (child) => rngFor(`${label}/${child}`),
  };
  return rng;
}
