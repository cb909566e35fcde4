/**
 * Building blocks for ambience beds: loop-periodic filtered noise, a passing car with a
 * Doppler sweep, a distant horn and an appliance hum. Everything that varies over time is
 * driven by loop-periodic curves or placed with wrap-around, so beds loop without a seam.
 */
import { SR, processLoop, samples, stereo, type Stereo } from './buffer.ts';
import { Biquad, OnePole, type BiquadKind } from './filters.ts';
import type { Rng } from './rng.ts';
import { addPartial, fadeIn, fadeOut, pinkNoise, Saw, whiteNoise } from './synth.ts';

/** One filter stage: kind, cutoff/centre in Hz, resonance. */
export type Stage = readonly [BiquadKind, number, number?];

/** Run a signal through fixed filter stages in loop mode (state wraps, no seam). */
export function loopFiltered(input: Float32Array, stages: readonly Stage[]): Float32Array {
  let x = input;
  for (const [kind, f, q] of stages) {
    const bq = new Biquad(kind, f, q ?? Math.SQRT1_2);
    x = processLoop(x, (v) => bq.tick(v));
  }
  return x;
}

/**
 * Noise through a bandpass whose centre and level follow loop-periodic curves: wind gusts,
 * the breathing of far traffic. Coefficients are updated every 32 samples.
 */
export function sweptNoise(
  noise: Float32Array,
  centre: Float32Array,
  level: Float32Array,
  q: number,
): Float32Array {
  const bp = new Biquad('bandpass', centre[0] ?? 500, q);
  return processLoop(noise, (x, i) => {
    if ((i & 31) === 0) bp.set('bandpass', centre[i]!, q);
    return bp.tick(x) * level[i]!;
  });
}

/** Options for a passing car. */
export interface CarOptions {
  /** Seconds the pass is audible. */
  duration: number;
  /** 0 near, 1 far: darker and quieter. */
  distance: number;
  /** Direction of travel: -1 right to left, 1 left to right. */
  direction: number;
}

/**
 * A car going by: tyre roar (noise through a bandpass that rises then falls, as the Doppler
 * shift and distance change), a low engine note bending down as it passes, and a pan sweep.
 * Returns stereo; loudest at the middle of `duration`.
 */
export function carPass(rng: Rng, o: CarOptions): Stereo {
  const n = samples(o.duration);
  const out = stereo(n);
  const roar = pinkNoise(n, rng);
  const hiss = whiteNoise(n, rng);
  const bp = new Biquad('bandpass', 500, 0.8);
  const hp = new Biquad('highpass', 2500, 0.7);
  const dark = new OnePole(2500 - 1700 * o.distance);
  const engine = new Saw(rng.float());
  const engineLp = new Biquad('lowpass', 260, 0.9);
  const fEngine = rng.range(38, 55);
  const w = o.duration / 7; // closest-approach width
  const tc = o.duration / 2;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const u = (t - tc) / w;
    const near = 1 / (1 + u * u); // 1 at the closest point
    const dop = -Math.tanh(u * 1.5); // +1 approaching, -1 leaving
    if ((i & 31) === 0) bp.set('bandpass', 420 * (1 + 0.35 * dop) * (0.7 + 0.6 * near), 0.8);
    const tyre = bp.tick(roar[i]!) * 1.6 + hp.tick(hiss[i]!) * 0.12 * near * near;
    const eng = engineLp.tick(engine.tick(fEngine * (1 + 0.045 * dop))) * 0.5;
    const v = dark.tick(tyre + eng) * near * (1 - 0.6 * o.distance);
    const pan = Math.tanh(u * 0.9) * o.direction * 0.8;
    const a = ((pan + 1) * Math.PI) / 4;
    out.l[i] = v * Math.cos(a);
    out.r[i] = v * Math.sin(a);
  }
  fadeIn(out.l, 0.5);
  fadeIn(out.r, 0.5);
  fadeOut(out.l, 0.5);
  fadeOut(out.r, 0.5);
  return out;
}

/** A far car horn: two detuned reedy tones, a short toot then a longer one, darkened by distance. */
export function horn(rng: Rng): Float32Array {
  const n = samples(1.1);
  const out = new Float32Array(n);
  const f1 = rng.range(390, 430);
  const f2 = f1 * 1.25; // a major third, like most dual-tone horns
  const a = new Saw(0);
  const b = new Saw(0.3);
  const lp = new Biquad('lowpass', 1400, 0.8);
  const toots: [number, number][] = [
    [0, 0.22],
    [0.34, 0.75],
  ];
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    let g = 0;
    for (const [s, e] of toots) {
      if (t >= s && t < e) g = Math.min(1, (t - s) / 0.015, (e - t) / 0.03);
    }
    out[i] = lp.tick((a.tick(f1) + b.tick(f2)) * 0.5) * g;
  }
  return out;
}

/**
 * Mains hum of an appliance: harmonics of `mains` Hz with a slow wobble. For a seamless
 * loop the loop length must hold a whole number of cycles (checked).
 */
export function hum(n: number, mains: number, amps: readonly number[], rng: Rng): Float32Array {
  if (Math.abs(((n * mains) / SR) % 1) > 1e-9)
    throw new Error('hum: loop is not a whole number of cycles');
  const out = new Float32Array(n);
  amps.forEach((a, k) => addPartial(out, mains * (k + 1), a, 0, rng.range(0, 2 * Math.PI)));
  return out;
}
