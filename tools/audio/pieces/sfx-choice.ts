/**
 * A choice taken: a fingertip pressing a felt key. A soft tap, then a rolled fifth on a
 * muted wooden bar (E-flat and B-flat, the theme's key) that stops almost at once, as if
 * the finger stayed on it. Tactile and warm rather than a bleep: no sustain, no pitch sweep.
 */
import { SR, samples, type Stereo } from '../buffer.ts';
import { Biquad } from '../filters.ts';
import { Mix } from '../mix.ts';
import { rngFor, type Rng } from '../rng.ts';
import { addPartial, fadeIn, fadeOut, mtof, whiteNoise } from '../synth.ts';

/** The fingertip: a few milliseconds of band-passed noise, felt more than heard. */
function tap(rng: Rng): Float32Array {
  const n = samples(0.03);
  const noise = whiteNoise(n, rng);
  const bp = new Biquad('bandpass', 1500, 1.1);
  const body = new Biquad('bandpass', 320, 2);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    out[i] =
      bp.tick(noise[i]!) * Math.exp(-t / 0.0025) + body.tick(noise[i]!) * Math.exp(-t / 0.008);
  }
  fadeIn(out, 0.0006);
  fadeOut(out, 0.006);
  return out;
}

/**
 * A muted wooden bar: a round fundamental, a quiet bar overtone near 4x that dies within
 * milliseconds (the "wood"), and a damped decay so the note is a touch, not a ring.
 */
function mutedBar(note: number, vel: number, rng: Rng): Float32Array {
  const f = mtof(note);
  const out = new Float32Array(samples(0.5));
  addPartial(out, f, 1, 0.11, rng.range(0, 1));
  addPartial(out, f * 2, 0.12, 0.05, rng.range(0, 1));
  addPartial(out, f * 3.93, 0.08 * vel, 0.012, rng.range(0, 1));
  fadeIn(out, 0.003);
  fadeOut(out, 0.06);
  for (let i = 0; i < out.length; i++) out[i] = out[i]! * vel;
  return out;
}

/** Render the choice cue. */
export function renderChoice(): Stereo {
  const rng = rngFor('sfx/choice');
  const mix = new Mix(samples(0.7), false);
  mix.add(tap(rng), 0.005, 0.35, 0, { verb: 0.15 });
  // Rolled low to high by 22 ms, like two fingers landing a hair apart.
  mix.add(mutedBar(63, 1, rng), 0.008, 0.4, -0.05, { verb: 0.25 });
  mix.add(mutedBar(70, 0.7, rng), 0.03, 0.4, 0.05, { verb: 0.25 });
  return mix.render({
    reverb: { rt60: 0.45, damping: 4000, preDelay: 0.006, size: 0.55 },
    verbReturn: 0.4,
    highpass: 140,
  });
}
