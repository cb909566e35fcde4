/**
 * His body, as the walk feels it: eyelids that can be opened for a moment (a peek: the street
 * shows, briefly, and costs trust) and a heart that races at a bump or a peek and slows, beat
 * by beat, while he walks on her word. The scene draws the pulse and plays it as sound.
 */

/** His eyes: shut, or open for a peek. */
export interface Eyes {
  open: boolean;
  /** Seconds the current peek has lasted. */
  openFor: number;
  /** The peek key is still down from the last peek: lift it before peeking again. */
  latched: boolean;
  /** Peeks taken in the whole walk. */
  count: number;
  /** Seconds before the eyes can open again. */
  rest: number;
}

/** A peek lasts at least this long and at most this long, held or not; then a short rest. */
export const PEEK = { shortest: 0.45, longest: 1.4, rest: 0.35 } as const;

/** Eyes shut, nothing peeked yet. */
export function createEyes(): Eyes {
  return { open: false, openFor: 0, latched: false, count: 0, rest: 0 };
}

/**
 * Opens or shuts his eyes for `dt` seconds of the peek control being `held`: a press opens
 * them (once per press), and they close when it is let go or when the peek runs out. Returns
 * what changed.
 */
export function watchEyes(eyes: Eyes, held: boolean, dt: number): 'open' | 'shut' | null {
  if (eyes.open) {
    eyes.openFor += dt;
    if ((!held && eyes.openFor >= PEEK.shortest) || eyes.openFor >= PEEK.longest) {
      Object.assign(eyes, { open: false, rest: PEEK.rest });
      return 'shut';
    }
    return null;
  }
  eyes.rest = Math.max(0, eyes.rest - dt);
  if (!held) eyes.latched = false;
  if (!held || eyes.latched || eyes.rest > 0) return null;
  Object.assign(eyes, { open: true, openFor: 0, latched: true, count: eyes.count + 1 });
  return 'open';
}

/** His heart: beats per minute, and how far through the current beat it is. */
export interface Heart {
  bpm: number;
  phase: number;
}

/** Where his heart settles when nothing frightens it, and its limits. */
export const HEART = { calm: 62, start: 86, fastest: 128 } as const;
/** How fast it settles (beats per minute, per second). */
const SETTLE = 2.2;

/** A heart forty minutes before a blind date: faster than it should be. */
export function createHeart(): Heart {
  return { bpm: HEART.start, phase: 0 };
}

/** A fright (a bump, a peek) or a reassurance (negative): the pulse jumps or eases. */
export function startle(heart: Heart, bpm: number): void {
  heart.bpm = Math.max(HEART.calm, Math.min(HEART.fastest, heart.bpm + bpm));
}

/** Advances the heart by `dt` seconds; true when a beat lands. */
export function beat(heart: Heart, dt: number): boolean {
  heart.bpm = Math.max(HEART.calm, heart.bpm - SETTLE * dt);
  heart.phase += (dt * heart.bpm) / 60;
  if (heart.phase < 1) return false;
  heart.phase -= Math.floor(heart.phase);
  return true;
}
