/**
 * The beach, 36 s loop: four waves of different sizes gathering, breaking and running back
 * over the sand, the far surf that never stops under them, a breath of sea wind, and gulls
 * calling from a long way off. Open air: almost no reverb, distance is darkness.
 */
import { samples, type Stereo } from '../buffer.ts';
import { loopFiltered, sweptNoise } from '../environment.ts';
import { biquadBuffer } from '../filters.ts';
import { Mix } from '../mix.ts';
import { gull, wave } from '../nature.ts';
import { rngFor } from '../rng.ts';
import { loopCurve, pinkNoise, whiteNoise } from '../synth.ts';

/** Loop length in seconds. */
const LENGTH = 36;

/** Waves: when each breaks (seconds), how big, where along the shore. */
const WAVES: readonly (readonly [number, number, number])[] = [
  [0.5, 0.8, -0.2],
  [9.8, 0.55, 0.25],
  [18.2, 1, 0],
  [27.6, 0.65, -0.3],
];

/** Render the beach loop. */
export function renderBeach(): Stereo {
  const rng = rngFor('ambience/beach');
  const n = samples(LENGTH);
  const mix = new Mix(n, true);

  // Each wave starts gathering before it breaks, so place it back by its rise time.
  const w = rng.fork('waves');
  for (const [at, size, pan] of WAVES) {
    mix.add(wave(w, size), at - (1.4 + 0.8 * size), 0.55, pan, { verb: 0.1 });
  }

  // Far surf along the whole shore: soft, low, swelling on the waves' rhythm.
  const swell = loopCurve(n, 8, rng.fork('swell'), 0.55, 1);
  const surf = loopFiltered(pinkNoise(n, rng.fork('surf')), [
    ['lowpass', 700],
    ['highpass', 60],
  ]);
  for (let i = 0; i < n; i++) surf[i] = surf[i]! * swell[i]!;
  mix.add(surf, 0, 0.3, 0);

  // Sea wind: a faint, high band that drifts.
  const wr = rng.fork('wind');
  const centre = loopCurve(n, 9, wr, 900, 2200);
  const gust = loopCurve(n, 7, wr, 0.1, 0.6);
  mix.add(sweptNoise(whiteNoise(n, wr), centre, gust, 0.8), 0, 0.06, 0.3);

  // Gulls, far away: darkened by distance and a little echo off the water.
  const g = rng.fork('gulls');
  for (const [at, pan] of [
    [5.2, 0.6],
    [14.5, -0.5],
    [30.1, 0.4],
  ] as const) {
    const cry = biquadBuffer(gull(g), 'lowpass', 3200);
    mix.add(cry, at, 0.035, pan, { verb: 0.5 });
  }

  return mix.render({
    reverb: { rt60: 1.6, damping: 3000, preDelay: 0.05, size: 1.6 },
    verbReturn: 0.25,
    highpass: 30,
  });
}
