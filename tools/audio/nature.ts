/**
 * Outdoor sounds: a wave breaking and running back, a distant gull, gusts for wind beds, and
 * the parts of a wood fire (the breathing of the flames, crackles and pops). Each renders one
 * event from sample 0; beds place them with wrap-around so they loop.
 */
import { SR, samples } from './buffer.ts';
import { Biquad, OnePole } from './filters.ts';
import type { Rng } from './rng.ts';
import { brownNoise, fadeIn, fadeOut, pinkNoise, Saw, whiteNoise } from './synth.ts';

/**
 * One wave: the swell gathering (low, rising), the break (a broadband crash that opens and
 * closes a filter), then the wash running back over sand, a fizz of foam thinning out.
 * `size` 0..1 scales loudness and length.
 */
export function wave(rng: Rng, size: number): Float32Array {
  const rise = 1.4 + 0.8 * size;
  const wash = 3.5 + 2.5 * size;
  const n = samples(rise + wash + 0.5);
  const out = new Float32Array(n);
  const body = pinkNoise(n, rng);
  const low = brownNoise(n, rng);
  const fizz = whiteNoise(n, rng);
  const roar = new Biquad('lowpass', 300, 0.7);
  const hp = new Biquad('highpass', 2500, 0.7);
  const fz = new Biquad('lowpass', 9000, 0.7);
  const grain = new OnePole(60);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const swell = t < rise ? (t / rise) ** 2 : Math.exp(-(t - rise) / 0.9);
    const crash =
      t < rise ? 0 : Math.min(1, (t - rise) / 0.15) * Math.exp(-(t - rise) / (0.5 + 0.4 * size));
    const back =
      t < rise ? 0 : Math.min(1, (t - rise) / 0.6) * Math.exp(-(t - rise) / (wash / 2.5));
    // The breaking filter opens with the crash and closes as the water spreads.
    if ((i & 31) === 0) roar.set('lowpass', 250 + 3800 * crash + 900 * swell, 0.6);
    // Foam: fizz whose level flickers on a fast random curve, like bubbles bursting.
    const flicker = 0.3 + 14 * Math.abs(grain.tick(fizz[(i * 7) % n]!));
    out[i] =
      roar.tick(body[i]!) * (0.6 * swell + 1.3 * crash) +
      low[i]! * 0.5 * swell +
      fz.tick(hp.tick(fizz[i]!)) * back * flicker * 0.35;
  }
  fadeIn(out, 0.3);
  fadeOut(out, 0.5);
  for (let i = 0; i < n; i++) out[i] = out[i]! * (0.5 + 0.5 * size);
  return out;
}

/**
 * A gull far off: two to four calls, each a reedy tone that leaps up and falls away
 * ("kee-ow"), shaped by a nasal formant and roughened by a fast flutter.
 */
export function gull(rng: Rng): Float32Array {
  const calls = rng.int(2, 4);
  const n = samples(calls * 0.42 + 0.3);
  const out = new Float32Array(n);
  const src = new Saw(rng.float());
  const formant = new Biquad('bandpass', 2400, 2);
  const formant2 = new Biquad('bandpass', 1300, 3);
  const base = rng.range(1100, 1350);
  for (let c = 0; c < calls; c++) {
    const start = samples(c * rng.range(0.36, 0.46));
    const len = samples(rng.range(0.26, 0.34) * (c === calls - 1 ? 1.3 : 1));
    const drop = 1 - 0.06 * c;
    for (let i = 0; i < len && start + i < n; i++) {
      const u = i / len;
      const f = base * drop * (1 + 0.45 * Math.sin(Math.PI * Math.min(1, u * 1.6)) - 0.25 * u);
      const env = Math.min(1, u / 0.08) * (1 - u) ** 1.5;
      const rough = 1 + 0.35 * Math.sin((2 * Math.PI * 70 * i) / SR);
      const x = src.tick(f);
      out[start + i] = out[start + i]! + (formant.tick(x) + 0.6 * formant2.tick(x)) * env * rough;
    }
  }
  fadeOut(out, 0.05);
  return out;
}

/** One crackle of burning wood: a tiny, bright snap of a few milliseconds. */
export function crackle(rng: Rng, size: number): Float32Array {
  const n = samples(0.006 + 0.02 * size);
  const noise = whiteNoise(n, rng);
  const bp = new Biquad('bandpass', rng.range(1500, 6500) * (1.2 - 0.5 * size), 1.2);
  const out = new Float32Array(n);
  const tau = (0.0008 + 0.004 * size) * SR;
  for (let i = 0; i < n; i++) out[i] = bp.tick(noise[i]!) * Math.exp(-i / tau);
  return out;
}

/**
 * A pop: a pocket of sap bursting. A woody knock (a low resonance) with a spray of sparks
 * after it and, sometimes, a short hiss of steam.
 */
export function pop(rng: Rng): Float32Array {
  const n = samples(0.45);
  const noise = whiteNoise(n, rng);
  const knock = new Biquad('bandpass', rng.range(220, 520), 4);
  const spark = new Biquad('highpass', 3000, 0.7);
  const hiss = new Biquad('bandpass', 6000, 0.8);
  const steam = rng.chance(0.5) ? rng.range(0.3, 0.7) : 0;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const sparks = rng.chance(0.012 * Math.exp(-t / 0.06)) ? rng.range(0.3, 1) : 0;
    out[i] =
      knock.tick(noise[i]!) * Math.exp(-t / 0.012) * 3 +
      spark.tick(noise[i]! * sparks) * 0.6 +
      hiss.tick(noise[i]!) * steam * Math.min(1, t / 0.03) * Math.exp(-t / 0.12) * 0.25;
  }
  fadeIn(out, 0.0005);
  fadeOut(out, 0.03);
  return out;
}
