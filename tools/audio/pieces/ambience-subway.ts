/**
 * Inside a subway car, 32 s loop: the rumble of the tunnel, the traction motors' whine, the
 * car body rattling, the da-dum of wheels over rail joints, and the air brakes hissing now
 * and then. A small, hard room: a short, bright reverb.
 */
import { samples, type Stereo } from '../buffer.ts';
import { loopFiltered } from '../environment.ts';
import { Mix } from '../mix.ts';
import { rngFor } from '../rng.ts';
import { addPartial, brownNoise, loopCurve, pinkNoise } from '../synth.ts';
import { addRailRhythm, brakeHiss, rattle } from '../transit.ts';

/** Loop length in seconds. */
const LENGTH = 32;

/** Render the subway-car loop. */
export function renderSubway(): Stereo {
  const rng = rngFor('ambience/subway');
  const n = samples(LENGTH);
  const mix = new Mix(n, true);

  // The tunnel: deep rumble and a band of roar that breathes as the walls come and go.
  const swell = loopCurve(n, 10, rng.fork('swell'), 0.65, 1);
  const rumble = loopFiltered(brownNoise(n, rng.fork('rumble')), [
    ['lowpass', 220],
    ['highpass', 30],
  ]);
  const roar = loopFiltered(pinkNoise(n, rng.fork('roar')), [
    ['bandpass', 550, 0.6],
    ['lowpass', 1500],
  ]);
  for (let i = 0; i < n; i++) rumble[i] = (rumble[i]! * 1.1 + roar[i]! * 1.3) * swell[i]!;
  mix.add(rumble, 0, 0.8, 0, { verb: 0.1 });

  // Motor whine: a few harmonics, each a whole number of cycles per loop so it meets the seam.
  const whine = new Float32Array(n);
  const base = Math.round(410 * LENGTH) / LENGTH;
  [1, 2, 3.5].forEach((r, k) => addPartial(whine, base * r, 1 / (1 + 2 * k), 0, k));
  const whineLevel = loopCurve(n, 4, rng.fork('whine'), 0.3, 1);
  for (let i = 0; i < n; i++) whine[i] = whine[i]! * whineLevel[i]!;
  mix.add(whine, 0, 0.012, 0.2, { verb: 0.3 });

  // The car shaking: a low body rattle and a higher, sparser one from the fittings.
  mix.add(rattle(n, rng.fork('body'), { centre: 650, busy: 2 }), 0, 0.08, -0.2, { verb: 0.2 });
  mix.add(rattle(n, rng.fork('fittings'), { centre: 2100, busy: 0.8 }), 0, 0.035, 0.3, {
    verb: 0.3,
  });

  // Wheels over joints: a pair of clacks every 0.8 s, near and far bogies in turn.
  addRailRhythm(mix, rng.fork('rails'), {
    every: 0.8,
    pair: 0.15,
    weight: 1,
    gain: 0.6,
    pan: 0,
  });

  // Now and then the brakes let go a breath of air.
  const air = rng.fork('brakes');
  for (const at of [7.5, 21]) mix.add(brakeHiss(air, 1.8), at, 0.12, air.range(-0.5, 0.5));

  return mix.render({
    reverb: { rt60: 0.55, damping: 5000, preDelay: 0.006, size: 0.6 },
    verbReturn: 0.5,
    highpass: 28,
  });
}
