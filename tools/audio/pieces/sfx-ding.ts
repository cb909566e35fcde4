/**
 * Elevator bell: one struck metal bell around F5 with a hum tone beneath and a long,
 * gently beating decay, heard inside a small car.
 */
import { samples, type Stereo } from '../buffer.ts';
import { BELL_METAL, bell } from '../instruments.ts';
import { Mix } from '../mix.ts';
import { rngFor } from '../rng.ts';
import { mtof } from '../synth.ts';

/** Render the ding one-shot. */
export function renderDing(): Stereo {
  const rng = rngFor('sfx/ding');
  const mix = new Mix(samples(2.6), false);
  const f = mtof(77);
  // Two copies a hair apart in pitch: the slow beating of a real bell's split modes.
  mix.add(bell(f, 1, 0.5, rng, BELL_METAL), 0.01, 0.45, 0, { verb: 0.3 });
  mix.add(bell(f * 1.0025, 0.6, 0.45, rng, BELL_METAL), 0.01, 0.3, 0, { verb: 0.3 });
  return mix.render({
    reverb: { rt60: 0.8, damping: 5000, preDelay: 0.006, size: 0.6 },
    verbReturn: 0.5,
    highpass: 150,
  });
}
