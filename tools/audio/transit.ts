/**
 * Trains: a wheel crossing a rail joint, the air brakes letting go, a car body rattling, and
 * the even rhythm of joints placed so a whole number of them fits the loop. Subway and
 * bullet train share these parts at different speeds and distances.
 */
import { SR, processLoop, samples } from './buffer.ts';
import { Biquad, OnePole } from './filters.ts';
import type { Mix } from './mix.ts';
import type { Rng } from './rng.ts';
import { addPartial, fadeIn, fadeOut, whiteNoise } from './synth.ts';

/**
 * A wheel over a rail joint: a low knock through the floor, a short band of steel noise and
 * a faint ring of the rail. `weight` 0..1 from a soft bullet-train thud to a subway clack.
 */
export function railJoint(rng: Rng, weight: number): Float32Array {
  const n = samples(0.18);
  const out = new Float32Array(n);
  addPartial(out, rng.range(55, 75), 1, 0.04, 0);
  const noise = whiteNoise(n, rng);
  const bp = new Biquad('bandpass', rng.range(500, 800), 1.3);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    out[i] = out[i]! + bp.tick(noise[i]!) * Math.exp(-t / 0.02) * 1.6 * weight;
  }
  const ring = new Float32Array(n);
  addPartial(ring, rng.range(1300, 1700), 0.12 * weight, 0.05, 0);
  addPartial(ring, rng.range(2300, 2700), 0.06 * weight, 0.03, 0);
  for (let i = 0; i < n; i++) out[i] = out[i]! + ring[i]!;
  fadeIn(out, 0.001);
  fadeOut(out, 0.03);
  return out;
}

/**
 * Wheels over joints, bogie after bogie: pairs of knocks (two axles) at `pair` seconds
 * apart, the near and far bogies alternating in level. Every group is placed with
 * wrap-around and the group spacing is stretched so a whole number fits the loop.
 */
export function addRailRhythm(
  mix: Mix,
  rng: Rng,
  o: { every: number; pair: number; weight: number; gain: number; pan: number },
): void {
  const loopSec = mix.n / SR;
  const count = Math.max(1, Math.round(loopSec / o.every));
  const every = loopSec / count;
  for (let k = 0; k < count; k++) {
    const near = k % 2 === 0 ? 1 : 0.6;
    const at = k * every + rng.gauss() * 0.004;
    for (const [dt, v] of [
      [0, 1],
      [o.pair, 0.85],
    ] as const) {
      mix.add(railJoint(rng, o.weight), at + dt, o.gain * near * v, o.pan, { verb: 0.15 });
    }
  }
}

/**
 * Air brakes releasing: a sharp "pssh" of high noise that eases off over a second or so,
 * with a faint brake squeal underneath that wavers in pitch.
 */
export function brakeHiss(rng: Rng, seconds: number): Float32Array {
  const n = samples(seconds);
  const noise = whiteNoise(n, rng);
  const hp = new Biquad('highpass', 2800, 0.7);
  const lp = new Biquad('lowpass', 9000, 0.7);
  const out = new Float32Array(n);
  const squeal = rng.range(2100, 2600);
  let ph = 0;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const env = Math.min(1, t / 0.03) * Math.exp(-t / (seconds / 3));
    const f = squeal * (1 + 0.01 * Math.sin(2 * Math.PI * 5.5 * t));
    ph += (2 * Math.PI * f) / SR;
    const sq = Math.sin(ph) * 0.05 * Math.min(1, t / 0.2) * Math.exp(-t / (seconds / 2));
    out[i] = lp.tick(hp.tick(noise[i]!)) * env * 0.6 + sq;
  }
  fadeOut(out, 0.1);
  return out;
}

/**
 * A car body rattling: band-limited noise whose level jitters on a random curve (panels and
 * fittings shaking), plus short buzzy bursts where something loose knocks. Mono, n samples.
 */
export function rattle(n: number, rng: Rng, o: { centre: number; busy: number }): Float32Array {
  const noise = whiteNoise(n, rng);
  const jitter = whiteNoise(n, rng);
  const bp = new Biquad('bandpass', o.centre, 0.9);
  const shake = new OnePole(18);
  // Knocks are drawn up front, so the process is the same on every pass round the loop.
  const knocks = new Float32Array(n);
  for (let i = 0; i < n; i++) if (rng.chance(o.busy / SR)) knocks[i] = rng.range(0.5, 1.2);
  let burst = 0;
  // Loop mode: the filters and the knock state carry over the seam from a warm-up pass.
  return processLoop(noise, (x, i) => {
    if (knocks[i]! > 0) burst = knocks[i]!;
    burst *= 0.9993;
    const j = Math.abs(shake.tick(jitter[i]!)) * 12;
    const buzz = (i & 1023) < 300 + 400 * burst ? 1 : 0.4;
    return bp.tick(x) * (0.4 + j + burst * buzz);
  });
}
