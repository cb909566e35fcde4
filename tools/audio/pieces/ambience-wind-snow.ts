/**
 * Wind over snow, 32 s loop: a soft, low wind that wanders in pitch, the fine hiss of
 * snow grains moving with it, and two gusts that rise, whistle faintly and die away. Snow
 * swallows reflections, so there is barely any reverb: the bed should feel hushed and wide.
 */
import { samples, type Stereo } from '../buffer.ts';
import { sweptNoise } from '../environment.ts';
import { Mix } from '../mix.ts';
import { rngFor } from '../rng.ts';
import { loopCurve, pinkNoise, whiteNoise } from '../synth.ts';

/** Loop length in seconds. */
const LENGTH = 32;

/** Gusts: centre (seconds), width (seconds), strength. Placed on a circle, so they can wrap. */
const GUSTS: readonly (readonly [number, number, number])[] = [
  [9, 2.6, 1],
  [24.5, 3.2, 0.75],
];

/** A loop-periodic sum of smooth bumps: the gusts' shape over the loop. */
function gustCurve(n: number): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = (i / n) * LENGTH;
    for (const [at, width, strength] of GUSTS) {
      // Shortest distance round the loop, so a gust near the end carries over the seam.
      let d = Math.abs(t - at);
      d = Math.min(d, LENGTH - d);
      out[i] = out[i]! + strength * Math.exp(-0.5 * (d / (width / 2.5)) ** 2);
    }
  }
  return out;
}

/** Render the wind-over-snow loop. */
export function renderWindSnow(): Stereo {
  const rng = rngFor('ambience/wind_snow');
  const n = samples(LENGTH);
  const mix = new Mix(n, true);
  const gust = gustCurve(n);

  // The steady wind: a broad, low band wandering slowly, a little louder in the gusts.
  const w = rng.fork('wind');
  const centre = loopCurve(n, 9, w, 220, 520);
  const level = loopCurve(n, 11, w, 0.45, 0.8);
  for (let i = 0; i < n; i++) {
    centre[i] = centre[i]! * (1 + 0.9 * gust[i]!);
    level[i] = level[i]! + 0.9 * gust[i]!;
  }
  mix.add(sweptNoise(pinkNoise(n, w), centre, level, 0.7), 0, 0.9, -0.2, { verb: 0.1 });

  // A second, narrower band that only sings in the gusts: the faint whistle round the eaves.
  const whistleLevel = gust.map((g) => g * g);
  const whistleCentre = centre.map((c) => c * 2.6);
  mix.add(sweptNoise(whiteNoise(n, w), whistleCentre, whistleLevel, 5), 0, 0.35, 0.3, {
    verb: 0.2,
  });

  // Snow grains: high, very soft hiss that moves with the wind.
  const s = rng.fork('snow');
  const hissCentre = loopCurve(n, 6, s, 5000, 8000);
  const hissLevel = level.map((l) => 0.15 + 0.35 * l);
  mix.add(sweptNoise(whiteNoise(n, s), hissCentre, hissLevel, 0.6), 0, 0.08, 0.2);

  return mix.render({
    reverb: { rt60: 0.8, damping: 2500, preDelay: 0.03, size: 1.3 },
    verbReturn: 0.3,
    highpass: 40,
  });
}
