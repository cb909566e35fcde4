/**
 * The restaurant, 30 s loop: a warm room of conversation (closer and fuller than the
 * office), cutlery on plates in little runs, glasses touching now and then, one toast, and
 * the low hush of the kitchen's extractor. A furnished room: medium reverb, dark tail.
 */
import { samples, type Stereo } from '../buffer.ts';
import { loopFiltered } from '../environment.ts';
import { Mix } from '../mix.ts';
import { addTalker } from '../murmur.ts';
import { clink } from '../people.ts';
import { rngFor } from '../rng.ts';
import { pinkNoise } from '../synth.ts';

/** Loop length in seconds. */
const LENGTH = 30;

/** Render the restaurant loop. */
export function renderRestaurant(): Stereo {
  const rng = rngFor('ambience/restaurant');
  const n = samples(LENGTH);
  const mix = new Mix(n, true);

  // Tables all around: sixteen voices, the nearest still too far to follow.
  const talkers = rng.fork('talkers');
  for (let k = 0; k < 16; k++) {
    const high = k % 2 === 0;
    addTalker(
      mix,
      {
        f0: high ? talkers.range(175, 245) : talkers.range(92, 140),
        tract: high ? talkers.range(1.1, 1.2) : talkers.range(0.95, 1.04),
        pan: talkers.range(-0.85, 0.85),
        distance: 0.25 + 0.7 * (k / 15),
        chattiness: talkers.range(0.6, 1),
      },
      talkers.fork(`talker-${k}`),
    );
  }

  // Cutlery: knives and forks in short runs (a few touches close together), all over the room.
  const cut = rng.fork('cutlery');
  for (let t = cut.range(0, 1); t < LENGTH; t += cut.range(0.4, 1.6)) {
    const run = cut.int(1, 4);
    const far = cut.range(0.1, 1);
    const pan = cut.range(-0.9, 0.9);
    for (let k = 0; k < run; k++) {
      const at = t + k * cut.range(0.09, 0.28);
      mix.add(clink(cut, 'cutlery'), at, 0.07 / (1 + 3 * far), pan, { verb: 0.3 + 0.6 * far });
    }
  }

  // Glasses: set down or touched, every few seconds; one toast where two meet at once.
  const gl = rng.fork('glasses');
  for (let t = gl.range(0.5, 2); t < LENGTH; t += gl.range(2.2, 5)) {
    mix.add(clink(gl, 'glass'), t, gl.range(0.02, 0.05), gl.range(-0.8, 0.8), { verb: 0.6 });
  }
  mix.add(clink(gl, 'glass'), 17.3, 0.05, -0.3, { verb: 0.5 });
  mix.add(clink(gl, 'glass'), 17.312, 0.045, -0.25, { verb: 0.5 });

  // Kitchen extractor and the room's air: low, soft, always there.
  const air = loopFiltered(pinkNoise(n, rng.fork('air')), [
    ['lowpass', 500],
    ['highpass', 50],
  ]);
  mix.add(air, 0, 0.22, 0.2);

  return mix.render({
    reverb: { rt60: 1.2, damping: 3200, preDelay: 0.014, size: 1.05 },
    verbReturn: 0.8,
    highpass: 40,
  });
}
