/**
 * Time and feel: tempo arithmetic for loops, and humanising so parts breathe like a player
 * rather than a grid (small timing drift, velocity variation, rolled chords).
 */
import { samples } from './buffer.ts';
import type { Rng } from './rng.ts';
import type { TimedChord } from './theory.ts';

/** Tempo and length of a looping piece. */
export interface Meter {
  bpm: number;
  beatsPerBar: number;
  bars: number;
}

/** Seconds per beat. */
export function beatSec(m: Meter): number {
  return 60 / m.bpm;
}

/** Whole loop length in samples; the loop point is exactly the end of the last bar. */
export function loopSamples(m: Meter): number {
  return samples(m.bars * m.beatsPerBar * beatSec(m));
}

/** The chord sounding at a beat (charts are contiguous and sorted). */
export function chordAt(chords: readonly TimedChord[], beat: number): TimedChord {
  let found = chords[0];
  for (const c of chords) if (c.beat <= beat + 1e-9) found = c;
  if (!found) throw new Error('empty chord chart');
  return found;
}

/** Index of the chord sounding at a beat. */
export function chordIndexAt(chords: readonly TimedChord[], beat: number): number {
  let idx = 0;
  chords.forEach((c, i) => {
    if (c.beat <= beat + 1e-9) idx = i;
  });
  return idx;
}

/** Normal-distributed timing offset in seconds, clipped at 2.5 deviations so nothing flams badly. */
export function drift(rng: Rng, sd: number): number {
  return Math.max(-2.5, Math.min(2.5, rng.gauss())) * sd;
}

/** A velocity varied around `v` by a relative deviation, kept in (0.05, 1]. */
export function humanVel(rng: Rng, v: number, sd = 0.08): number {
  return Math.max(0.05, Math.min(1, v * (1 + drift(rng, sd))));
}
