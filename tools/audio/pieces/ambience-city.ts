/**
 * City at night, 36 s loop: the hush of far traffic breathing slowly, a few cars passing
 * at different distances, one far-off horn, and wind moving around the building.
 */
import { samples, type Stereo } from '../buffer.ts';
import { carPass, horn, loopFiltered, sweptNoise } from '../environment.ts';
import { Mix } from '../mix.ts';
import { rngFor } from '../rng.ts';
import { brownNoise, loopCurve, pinkNoise, whiteNoise } from '../synth.ts';

/** Loop length in seconds. */
const LENGTH = 36;

/** Render the city-at-night loop. */
export function renderCityNight(): Stereo {
  const rng = rngFor('ambience/city_night');
  const n = samples(LENGTH);
  const mix = new Mix(n, true);

  // Far traffic: rumble plus a tyre-roar band, both swelling on a slow loop curve.
  const swell = loopCurve(n, 9, rng.fork('swell'), 0.55, 1);
  const rumble = loopFiltered(brownNoise(n, rng.fork('rumble')), [
    ['lowpass', 420],
    ['highpass', 35],
  ]);
  const roar = loopFiltered(pinkNoise(n, rng.fork('roar')), [
    ['bandpass', 700, 0.6],
    ['lowpass', 1800],
  ]);
  for (let i = 0; i < n; i++) rumble[i] = (rumble[i]! * 0.8 + roar[i]! * 1.1) * swell[i]!;
  mix.add(rumble, 0, 0.7, 0, { verb: 0.2 });

  // Cars going by, spread around the loop (they may wrap across the loop point).
  const cars = rng.fork('cars');
  const passes = [
    { at: 2, duration: 7, distance: 0.55, direction: 1 },
    { at: 11.5, duration: 9, distance: 0.8, direction: -1 },
    { at: 19, duration: 6, distance: 0.4, direction: -1 },
    { at: 29, duration: 8, distance: 0.7, direction: 1 },
  ];
  for (const p of passes) mix.addStereo(carPass(cars, p), p.at, 1.1, 0, { verb: 0.25 });

  // One horn, far away: mostly reverb.
  mix.add(horn(rng.fork('horn')), 24.3, 0.16, 0.5, { verb: 1.6 });

  // Wind: a resonant band that drifts in pitch, gusting on its own curve.
  const windRng = rng.fork('wind');
  const centre = loopCurve(n, 11, windRng, 260, 720);
  const gust = loopCurve(n, 13, windRng, 0.15, 1);
  for (let i = 0; i < n; i++) gust[i] = gust[i]! * gust[i]!;
  const wind = sweptNoise(whiteNoise(n, windRng), centre, gust, 2.2);
  const whoosh = sweptNoise(
    pinkNoise(n, windRng),
    centre.map((c) => c * 2.2),
    gust,
    0.7,
  );
  mix.add(wind, 0, 1.4, -0.3, { verb: 0.2 });
  mix.add(whoosh, 0, 0.7, 0.3, { verb: 0.2 });

  return mix.render({
    reverb: { rt60: 2.4, damping: 3000, preDelay: 0.04, size: 1.6 },
    verbReturn: 0.6,
    highpass: 30,
  });
}
