/**
 * The earpiece clicking on: the small press-and-latch of a plastic switch right at the ear
 * (a bright tick, then a softer, lower latch), and the line opening behind it, a breath of
 * hiss and a faint low tone that swell in as the connection settles. Dry: it is in the ear.
 */
import { SR, samples, type Stereo } from '../buffer.ts';
import { Biquad } from '../filters.ts';
import { Mix } from '../mix.ts';
import { rngFor, type Rng } from '../rng.ts';
import { addPartial, fadeIn, fadeOut, pinkNoise, whiteNoise } from '../synth.ts';

/** One switch contact: noise through the case's two small resonances, gone in milliseconds. */
function contact(rng: Rng, tone: number, decay: number): Float32Array {
  const n = samples(0.04);
  const noise = whiteNoise(n, rng);
  const a = new Biquad('bandpass', tone, 6);
  const b = new Biquad('bandpass', tone * 1.63, 5);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const x = noise[i]! * Math.exp(-i / (0.001 * SR));
    out[i] = (a.tick(x) + 0.6 * b.tick(x)) * 3 + x * 0.1;
  }
  // The shell rings a moment longer than the impact, high and dry: plastic, not wood. A
  // low body mode under it gives the click weight, so it reads at a low playback level.
  addPartial(out, tone * 1.02, 0.3, decay, 0);
  addPartial(out, tone * 0.27, 0.45, decay * 1.6, 0);
  fadeIn(out, 0.0003);
  fadeOut(out, 0.01);
  return out;
}

/** The line opening: hiss and a faint tone swelling in, then settling low, never a hum. */
function lineOpen(rng: Rng): Float32Array {
  const n = samples(0.45);
  const hiss = pinkNoise(n, rng);
  const bp = new Biquad('bandpass', 3000, 0.6);
  const out = new Float32Array(n);
  addPartial(out, 220, 0.05, 0.18, 0);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const env = Math.min(1, t / 0.04) * Math.exp(-t / 0.14);
    out[i] = (bp.tick(hiss[i]!) * 0.6 + out[i]!) * env;
  }
  fadeOut(out, 0.1);
  return out;
}

/** Render the earpiece click. */
export function renderClick(): Stereo {
  const rng = rngFor('sfx/click');
  const mix = new Mix(samples(0.55), false);
  mix.add(contact(rng, 3400, 0.012), 0.005, 0.5, 0);
  mix.add(contact(rng, 2100, 0.016), 0.033, 0.3, 0);
  mix.add(lineOpen(rng), 0.04, 0.4, 0, { verb: 0.1 });
  return mix.render({
    reverb: { rt60: 0.2, damping: 6000, preDelay: 0.002, size: 0.4 },
    verbReturn: 0.3,
    highpass: 120,
  });
}
