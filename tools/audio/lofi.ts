/**
 * A cassette on the mantelpiece: wow (slow pitch wander), a rolled-off top, gentle tape
 * saturation and a little hiss, applied to a finished loop. The wander reads the loop as a
 * circle through a delay that moves on loop-periodic curves, so the seam stays seamless.
 */
import { processLoop, type Stereo } from './buffer.ts';
import { Biquad } from './filters.ts';
import type { Rng } from './rng.ts';
import { loopLfo, pinkNoise } from './synth.ts';

/** Tape settings. */
export interface TapeOptions {
  /** Whole wow cycles per loop (about 0.5-1 Hz sounds like a tired capstan). */
  cycles: number;
  /** Peak delay swing in seconds; 0.001 is about ±8 cents at 0.75 Hz. */
  depth: number;
  /** Lowpass in Hz: tape and a small speaker lose the top. */
  cutoff: number;
  /** Hiss level, linear, before mastering. */
  hiss: number;
}

/** Read a circular buffer at a fractional position (linear interpolation). */
function readAt(buf: Float32Array, pos: number): number {
  const n = buf.length;
  const p = ((pos % n) + n) % n;
  const i = Math.floor(p);
  const f = p - i;
  return buf[i]! * (1 - f) + buf[(i + 1) % n]! * f;
}

/** Give a stereo loop the cassette treatment; returns a new buffer of the same length. */
export function tapeWobble(s: Stereo, o: TapeOptions, rng: Rng, sr: number): Stereo {
  const n = s.l.length;
  const wow = loopLfo(n, o.cycles);
  const slow = loopLfo(n, Math.max(1, Math.round(o.cycles / 7)), 1.3);
  const hissL = pinkNoise(n, rng);
  const hissR = pinkNoise(n, rng);
  const out: Stereo = { l: new Float32Array(n), r: new Float32Array(n) };
  for (let i = 0; i < n; i++) {
    // Both channels share one capstan: the same delay, so the image does not smear.
    const d = o.depth * sr * (1.4 + 0.7 * wow[i]! + 0.3 * slow[i]!);
    out.l[i] = readAt(s.l, i - d);
    out.r[i] = readAt(s.r, i - d);
  }
  for (const [ch, hiss] of [
    ['l', hissL],
    ['r', hissR],
  ] as const) {
    const lp = new Biquad('lowpass', o.cutoff, 0.6);
    const lp2 = new Biquad('lowpass', o.cutoff * 1.6, 0.5);
    const x = out[ch];
    // Saturation: tanh with unity slope at zero, so quiet passages are untouched.
    const peakIn = x.reduce((p, v) => Math.max(p, Math.abs(v)), 1e-9);
    out[ch] = processLoop(x, (v, i) => {
      const sat = Math.tanh((1.2 * v) / peakIn) * (peakIn / 1.2);
      return lp2.tick(lp.tick(sat)) + o.hiss * peakIn * hiss[i]!;
    });
  }
  return out;
}
