/**
 * Inside the bullet train, 30 s loop: a smooth, even hum (deep body rumble, the rush of air
 * past the sealed windows, a faint motor tone) and, far under it, the soft rhythm of the
 * rails' joints. Nothing rattles: this is the calm counterpart of the subway bed.
 */
import { samples, type Stereo } from '../buffer.ts';
import { loopFiltered } from '../environment.ts';
import { Mix } from '../mix.ts';
import { rngFor } from '../rng.ts';
import { addPartial, brownNoise, loopCurve, pinkNoise } from '../synth.ts';
import { addRailRhythm } from '../transit.ts';

/** Loop length in seconds (motor tones are whole numbers of cycles in it). */
const LENGTH = 30;

/** Render the bullet-train loop. */
export function renderTrain(): Stereo {
  const rng = rngFor('ambience/train');
  const n = samples(LENGTH);
  const mix = new Mix(n, true);

  // Body rumble and air rush, each breathing very slowly as the line curves and tunnels pass.
  const slow = loopCurve(n, 5, rng.fork('slow'), 0.8, 1);
  const rumble = loopFiltered(brownNoise(n, rng.fork('rumble')), [
    ['lowpass', 140],
    ['highpass', 28],
  ]);
  const rush = loopFiltered(pinkNoise(n, rng.fork('rush')), [
    ['bandpass', 650, 0.45],
    ['lowpass', 2400],
    ['highshelf', 1500, 0.7],
  ]);
  for (let i = 0; i < n; i++) rumble[i] = (rumble[i]! * 0.9 + rush[i]! * 0.7) * slow[i]!;
  mix.add(rumble, 0, 0.8, 0, { verb: 0.1 });

  // The motors: a low hum and a faint high whine, harmonics on whole cycles per loop.
  const motor = new Float32Array(n);
  const hz = (f: number): number => Math.round(f * LENGTH) / LENGTH;
  addPartial(motor, hz(98), 1, 0, 0);
  addPartial(motor, hz(196), 0.45, 0, 1);
  addPartial(motor, hz(294), 0.2, 0, 2);
  addPartial(motor, hz(1180), 0.05, 0, 3);
  const wobble = loopCurve(n, 6, rng.fork('wobble'), 0.75, 1);
  for (let i = 0; i < n; i++) motor[i] = motor[i]! * wobble[i]!;
  mix.add(motor, 0, 0.02, 0, { verb: 0.3 });

  // Joints: soft thuds in pairs, welded rails, so quiet you feel them more than hear them.
  addRailRhythm(mix, rng.fork('joints'), {
    every: 1.1,
    pair: 0.09,
    weight: 0.4,
    gain: 0.4,
    pan: 0,
  });

  return mix.render({
    reverb: { rt60: 0.5, damping: 3500, preDelay: 0.006, size: 0.7 },
    verbReturn: 0.35,
    highpass: 28,
  });
}
