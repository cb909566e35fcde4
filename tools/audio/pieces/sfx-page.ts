/**
 * A page turning, as an interface cue: the sheet lifting (a swish of air and paper that
 * brightens as it moves fastest), the fibres crackling faintly as it bends, and the soft
 * flap of it landing. Short and close, so it can follow every page of a letter.
 */
import { SR, samples, type Stereo } from '../buffer.ts';
import { Biquad } from '../filters.ts';
import { Mix } from '../mix.ts';
import { rngFor, type Rng } from '../rng.ts';
import { fadeIn, fadeOut, pinkNoise, whiteNoise } from '../synth.ts';

/** Seconds from the lift to the landing. */
const TURN = 0.34;

/**
 * How fast the sheet moves at time t, 0..1: a bump skewed early (quick lift, slower settle)
 * that reaches zero at both ends, so the swish never starts or stops on a step.
 */
function motion(t: number): number {
  const u = t / TURN;
  return u <= 0 || u >= 1 ? 0 : Math.sin(Math.PI * u ** 0.6) ** 2;
}

/** The swish: pink noise through a band that rises with the sheet's speed. */
function swish(rng: Rng): Float32Array {
  const n = samples(TURN);
  const noise = pinkNoise(n, rng);
  const bp = new Biquad('bandpass', 1200, 0.7);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const m = motion(i / SR);
    if ((i & 31) === 0) bp.set('bandpass', 900 + 1000 * m, 0.7);
    out[i] = bp.tick(noise[i]!) * m;
  }
  return out;
}

/** The fibres: sparse tiny ticks, densest while the sheet bends fastest. */
function crinkle(rng: Rng): Float32Array {
  const n = samples(TURN);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    if (rng.chance((220 * motion(i / SR)) / SR)) out[i] = rng.range(-1, 1);
  }
  const bp = new Biquad('bandpass', 4200, 1.3);
  const hp = new Biquad('highpass', 2000, 0.7);
  for (let i = 0; i < n; i++) out[i] = hp.tick(bp.tick(out[i]!));
  return out;
}

/** The landing: a puff of air pushed out from under the sheet, low and soft. */
function flap(rng: Rng): Float32Array {
  const n = samples(0.12);
  const noise = whiteNoise(n, rng);
  const bp = new Biquad('bandpass', 380, 1.1);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = bp.tick(noise[i]!) * Math.exp(-i / (0.018 * SR));
  fadeIn(out, 0.002);
  fadeOut(out, 0.03);
  return out;
}

/** Render the page turn. */
export function renderPage(): Stereo {
  const rng = rngFor('sfx/page');
  const mix = new Mix(samples(0.6), false);
  mix.add(swish(rng), 0.01, 0.25, -0.1, { verb: 0.15 });
  mix.add(crinkle(rng), 0.01, 0.35, 0.05, { verb: 0.1 });
  mix.add(flap(rng), 0.01 + TURN - 0.03, 0.7, 0, { verb: 0.2 });
  return mix.render({
    reverb: { rt60: 0.3, damping: 5000, preDelay: 0.004, size: 0.5 },
    verbReturn: 0.3,
    highpass: 150,
  });
}
