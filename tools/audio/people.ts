/**
 * Sounds people make in public: footsteps (heel, then a softer toe), walkers crossing a
 * plaza at their own pace, and tableware (cutlery on plates, glasses touching). Built from
 * filtered noise and short inharmonic partials; all placed with wrap-around for loops.
 */
import { SR, samples } from './buffer.ts';
import { Biquad } from './filters.ts';
import type { Mix } from './mix.ts';
import type { Rng } from './rng.ts';
import { addPartial, fadeIn, fadeOut, whiteNoise } from './synth.ts';

/**
 * One step on paving: a dull heel thump with a hard click on top, then the toe rolling down
 * 60-90 ms later as a short scuff. `hard` 0..1 is soft soles to heels.
 */
export function footstep(rng: Rng, hard: number): Float32Array {
  const n = samples(0.22);
  const noise = whiteNoise(n, rng);
  const thump = new Biquad('bandpass', rng.range(110, 170), 1.4);
  const click = new Biquad('bandpass', rng.range(1800, 3200), 1.8);
  const scuff = new Biquad('bandpass', rng.range(700, 1300), 0.9);
  const toe = rng.range(0.06, 0.09);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const heel = Math.exp(-t / 0.018);
    const tip = t > toe ? Math.exp(-(t - toe) / 0.025) * Math.min(1, (t - toe) / 0.004) : 0;
    out[i] =
      thump.tick(noise[i]!) * heel * 2.2 +
      click.tick(noise[i]!) * Math.exp(-t / (0.002 + 0.003 * hard)) * (0.3 + 0.9 * hard) +
      scuff.tick(noise[i]!) * tip * 0.35;
  }
  fadeIn(out, 0.0008);
  fadeOut(out, 0.02);
  return out;
}

/** A walker crossing the scene: where from and to, how far away, how brisk. */
export interface Walker {
  /** When they are closest, in seconds into the loop. */
  at: number;
  /** Seconds they are audible. */
  span: number;
  pan: [number, number];
  /** 0 near, 1 far. */
  distance: number;
  /** Seconds per step. */
  pace: number;
  hard: number;
}

/** Place a walker's steps: loudest as they pass, panning across, left and right feet unequal. */
export function addWalker(mix: Mix, w: Walker, rng: Rng): void {
  const steps = Math.floor(w.span / w.pace);
  const level = 0.55 / (1 + 3 * w.distance);
  for (let k = 0; k < steps; k++) {
    const u = k / Math.max(1, steps - 1); // 0..1 across the crossing
    const near = Math.sin(Math.PI * u) ** 1.5;
    const at = w.at - w.span / 2 + k * w.pace + rng.gauss() * 0.012;
    const foot = k % 2 === 0 ? 1 : 0.82;
    const pan = w.pan[0] + (w.pan[1] - w.pan[0]) * u;
    mix.add(footstep(rng, w.hard), at, level * near * foot, pan, {
      verb: 0.3 + 0.7 * w.distance,
    });
  }
}

/**
 * A piece of tableware touched: cutlery is short, bright and clattery (steel on porcelain),
 * a glass rings longer on a few clear partials.
 */
export function clink(rng: Rng, kind: 'cutlery' | 'glass'): Float32Array {
  const glass = kind === 'glass';
  const n = samples(glass ? 0.9 : 0.25);
  const out = new Float32Array(n);
  // Glass modes after a struck wine glass; cutlery is a thin steel bar's inharmonic set.
  const f = glass ? rng.range(1250, 2000) : rng.range(1900, 3200);
  const ratios = glass ? [1, 2.32, 4.25] : [1, 1.58, 2.41, 3.17];
  ratios.forEach((r, k) => {
    const decay = glass ? 0.32 / (1 + 0.6 * k) : 0.045 / (1 + 0.3 * k);
    addPartial(out, f * r * rng.range(0.995, 1.005), 1 / (1 + k), decay, rng.range(0, 6.28));
  });
  // The strike itself: a tick of bright noise.
  const noise = whiteNoise(samples(0.01), rng);
  const hp = new Biquad('highpass', 3500, 0.7);
  for (let i = 0; i < noise.length; i++)
    out[i] = out[i]! + hp.tick(noise[i]!) * Math.exp(-i / (0.0015 * SR)) * 0.8;
  fadeIn(out, 0.0005);
  fadeOut(out, 0.03);
  return out;
}
