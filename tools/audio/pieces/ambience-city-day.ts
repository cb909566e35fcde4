/**
 * The plaza by day, 30 s loop: people crossing on stone (heels and soft soles, near and
 * far), the murmur of a crowd spread around an open square, and the city's traffic held
 * back behind the buildings. Outdoors, so little reverb: a slap off the facades, no room.
 */
import { samples, type Stereo } from '../buffer.ts';
import { loopFiltered } from '../environment.ts';
import { Mix } from '../mix.ts';
import { addTalker } from '../murmur.ts';
import { addWalker } from '../people.ts';
import { rngFor } from '../rng.ts';
import { brownNoise, loopCurve, pinkNoise } from '../synth.ts';

/** Loop length in seconds. */
const LENGTH = 30;

/** Render the plaza-by-day loop. */
export function renderCityDay(): Stereo {
  const rng = rngFor('ambience/city_day');
  const n = samples(LENGTH);
  const mix = new Mix(n, true);

  // Traffic behind the buildings: a steady daytime roar, brighter than at night, slowly swelling.
  const swell = loopCurve(n, 7, rng.fork('swell'), 0.7, 1);
  const rumble = loopFiltered(brownNoise(n, rng.fork('rumble')), [
    ['lowpass', 380],
    ['highpass', 40],
  ]);
  const roar = loopFiltered(pinkNoise(n, rng.fork('roar')), [
    ['bandpass', 700, 0.5],
    ['lowpass', 1600],
  ]);
  for (let i = 0; i < n; i++) rumble[i] = (rumble[i]! * 0.6 + roar[i]! * 0.9) * swell[i]!;
  mix.add(rumble, 0, 0.2, 0, { verb: 0.15 });

  // The crowd: a dozen voices at a distance, never close enough to understand.
  const talkers = rng.fork('talkers');
  for (let k = 0; k < 12; k++) {
    const high = k % 3 !== 0;
    addTalker(
      mix,
      {
        f0: high ? talkers.range(170, 240) : talkers.range(95, 140),
        tract: high ? talkers.range(1.1, 1.2) : talkers.range(0.95, 1.04),
        pan: talkers.range(-0.9, 0.9),
        distance: 0.3 + 0.6 * (k / 11),
        chattiness: talkers.range(0.4, 0.9),
      },
      talkers.fork(`talker-${k}`),
    );
  }

  // Walkers: each crosses once per loop at their own pace; a few pass close.
  const walk = rng.fork('walkers');
  for (let k = 0; k < 11; k++) {
    const dir = walk.chance(0.5) ? 1 : -1;
    addWalker(
      mix,
      {
        at: (k * LENGTH) / 11 + walk.range(-1, 1),
        span: walk.range(5, 9),
        pan: [-0.8 * dir, 0.8 * dir],
        distance: k % 4 === 0 ? walk.range(0.05, 0.2) : walk.range(0.3, 0.9),
        pace: walk.range(0.46, 0.6),
        hard: walk.range(0, 1),
      },
      walk.fork(`walker-${k}`),
    );
  }

  return mix.render({
    reverb: { rt60: 1.1, damping: 4500, preDelay: 0.03, size: 1.4 },
    verbReturn: 0.35,
    highpass: 35,
  });
}
