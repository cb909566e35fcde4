/**
 * Room tone, 24 s loop: a quiet apartment at night. Soft air, a refrigerator's mains hum
 * from the kitchen, and the city far off through closed windows.
 */
import { samples, type Stereo } from '../buffer.ts';
import { carPass, hum, loopFiltered } from '../environment.ts';
import { biquadBuffer } from '../filters.ts';
import { Mix } from '../mix.ts';
import { rngFor } from '../rng.ts';
import { brownNoise, loopCurve, loopLfo, pinkNoise } from '../synth.ts';

/** Loop length in seconds (a whole number of 60 Hz cycles, for the hum). */
const LENGTH = 24;

/** Render the room-tone loop. */
export function renderRoomTone(): Stereo {
  const rng = rngFor('ambience/room_tone');
  const n = samples(LENGTH);
  const mix = new Mix(n, true);

  // Air in the room: faint pink noise with the top rolled off.
  const air = loopFiltered(pinkNoise(n, rng.fork('air')), [
    ['lowpass', 2200],
    ['highpass', 60],
  ]);
  mix.add(air, 0, 0.18, 0);

  // Fridge: 60 Hz mains (Los Angeles) with its harmonics, breathing a little.
  const fridge = hum(n, 60, [0.2, 1, 0.5, 0.3, 0.18, 0.1, 0.06, 0.04], rng.fork('hum'));
  const wobble = loopLfo(n, 5, 0.7);
  for (let i = 0; i < n; i++) fridge[i] = fridge[i]! * (0.9 + 0.1 * wobble[i]!);
  mix.add(fridge, 0, 0.04, -0.35, { verb: 0.6 });

  // The city through glass: rumble only, slowly swelling, and one muffled car.
  const swell = loopCurve(n, 6, rng.fork('swell'), 0.5, 1);
  const traffic = loopFiltered(brownNoise(n, rng.fork('traffic')), [
    ['lowpass', 260],
    ['highpass', 35],
  ]);
  for (let i = 0; i < n; i++) traffic[i] = traffic[i]! * swell[i]!;
  mix.add(traffic, 0, 0.28, 0.1);
  const car = carPass(rng.fork('car'), { duration: 9, distance: 1, direction: 1 });
  const glass = (x: Float32Array): Float32Array => biquadBuffer(x, 'lowpass', 350);
  mix.addStereo({ l: glass(car.l), r: glass(car.r) }, 9, 0.6, 0.2);

  return mix.render({
    reverb: { rt60: 0.6, damping: 3000, preDelay: 0.008, size: 0.7 },
    verbReturn: 0.5,
    highpass: 28,
  });
}
