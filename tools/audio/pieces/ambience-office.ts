/**
 * Office ambience, 30 s loop: a dozen distant colleagues murmuring (formant babble, never
 * words), a few people typing, and the air-handling hush of an open-plan floor.
 */
import { samples, type Stereo } from '../buffer.ts';
import { loopFiltered } from '../environment.ts';
import { Mix } from '../mix.ts';
import { addTalker, addTypist } from '../murmur.ts';
import { rngFor } from '../rng.ts';
import { pinkNoise } from '../synth.ts';

/** Loop length in seconds. */
const LENGTH = 30;

/** Render the office ambience loop. */
export function renderOfficeAmbience(): Stereo {
  const rng = rngFor('ambience/office');
  const n = samples(LENGTH);
  const mix = new Mix(n, true);

  const talkers = rng.fork('talkers');
  for (let k = 0; k < 12; k++) {
    const high = k % 2 === 1;
    addTalker(
      mix,
      {
        f0: high ? talkers.range(175, 235) : talkers.range(95, 135),
        tract: high ? talkers.range(1.1, 1.2) : talkers.range(0.95, 1.03),
        pan: talkers.range(-0.8, 0.8),
        distance: 0.35 + 0.65 * (k / 11),
        chattiness: talkers.range(0.5, 1),
      },
      talkers.fork(`talker-${k}`),
    );
  }

  const typing = rng.fork('typing');
  addTypist(mix, typing.fork('a'), -0.45, 0.25, 1);
  addTypist(mix, typing.fork('b'), 0.55, 0.45, 0.7);
  addTypist(mix, typing.fork('c'), 0.1, 0.8, 0.8);

  // Air handling: pink noise, low and soft, centred.
  const air = loopFiltered(pinkNoise(n, rng.fork('air')), [
    ['lowpass', 700],
    ['highpass', 45],
  ]);
  mix.add(air, 0, 0.25, 0);

  return mix.render({
    reverb: { rt60: 0.9, damping: 3500, preDelay: 0.012, size: 0.9 },
    verbReturn: 0.9,
    highpass: 40,
  });
}
