/**
 * A knock at the apartment door, heard from inside: three knuckle raps on a wooden panel,
 * the last a little softer and later, as someone polite but unsure knocks. Each rap is a
 * short knuckle tick over the door's own modes (a hollow low boom and a few wooden mids),
 * in a small hallway.
 */
import { SR, samples, type Stereo } from '../buffer.ts';
import { Biquad } from '../filters.ts';
import { Mix } from '../mix.ts';
import { rngFor, type Rng } from '../rng.ts';
import { addPartial, fadeIn, fadeOut, whiteNoise } from '../synth.ts';

/** The door's modes: frequency (Hz), level, decay (s). Low ones boom, high ones are wood. */
const DOOR: readonly (readonly [number, number, number])[] = [
  [92, 1, 0.09],
  [163, 0.75, 0.065],
  [241, 0.5, 0.05],
  [402, 0.32, 0.03],
  [611, 0.2, 0.02],
  [884, 0.12, 0.014],
  [1370, 0.05, 0.008],
];

/**
 * One rap. Modes start at zero phase (a struck panel starts from rest, no click) and shift
 * a few percent from rap to rap, since a knuckle never lands twice on the same spot.
 */
function rap(rng: Rng, vel: number): Float32Array {
  const n = samples(0.3);
  const out = new Float32Array(n);
  for (const [f, a, d] of DOOR) addPartial(out, f * rng.range(0.97, 1.03), a * vel, d, 0);
  const noise = whiteNoise(samples(0.02), rng);
  const knuckle = new Biquad('bandpass', rng.range(1500, 2100), 1.2);
  for (let i = 0; i < noise.length; i++) {
    out[i] = out[i]! + knuckle.tick(noise[i]!) * Math.exp(-i / (0.0018 * SR)) * 0.9 * vel;
  }
  // Through the wood and across the room, the top is softened.
  const lp = new Biquad('lowpass', 2600, 0.7);
  for (let i = 0; i < n; i++) out[i] = lp.tick(out[i]!);
  fadeIn(out, 0.0008);
  fadeOut(out, 0.04);
  return out;
}

/** Render the knock. */
export function renderKnock(): Stereo {
  const rng = rngFor('sfx/knock');
  const mix = new Mix(samples(1.25), false);
  const raps: [number, number][] = [
    [0.01, 1],
    [0.21, 0.9],
    [0.43, 0.78],
  ];
  for (const [at, v] of raps) {
    mix.add(rap(rng, v), at + rng.range(-0.008, 0.008), 0.5, -0.15, { verb: 0.3 });
  }
  return mix.render({
    reverb: { rt60: 0.6, damping: 3200, preDelay: 0.008, size: 0.7 },
    verbReturn: 0.45,
    highpass: 60,
  });
}
