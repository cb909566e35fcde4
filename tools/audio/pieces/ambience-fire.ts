/**
 * A wood fire in the cabin, 28 s loop: the low breathing of the flames, a steady bed of
 * small crackles that comes in flurries, and a few bigger pops of sap, some with a hiss of
 * steam. A small wooden room: short, warm reverb.
 */
import { samples, type Stereo } from '../buffer.ts';
import { loopFiltered } from '../environment.ts';
import { Mix } from '../mix.ts';
import { crackle, pop } from '../nature.ts';
import { rngFor } from '../rng.ts';
import { brownNoise, loopCurve, pinkNoise } from '../synth.ts';

/** Loop length in seconds. */
const LENGTH = 28;

/** Render the fire loop. */
export function renderFire(): Stereo {
  const rng = rngFor('ambience/fire');
  const n = samples(LENGTH);
  const mix = new Mix(n, true);

  // The flames: low roar with a slow breath and a faster flutter, like draught through logs.
  const breath = loopCurve(n, 9, rng.fork('breath'), 0.55, 1);
  const flutter = loopCurve(n, 140, rng.fork('flutter'), 0.7, 1);
  const roar = loopFiltered(brownNoise(n, rng.fork('roar')), [
    ['lowpass', 260],
    ['highpass', 45],
  ]);
  const air = loopFiltered(pinkNoise(n, rng.fork('air')), [
    ['bandpass', 900, 0.7],
    ['lowpass', 2200],
  ]);
  for (let i = 0; i < n; i++) {
    roar[i] = (roar[i]! * 0.9 + air[i]! * 0.25 * flutter[i]!) * breath[i]! * flutter[i]!;
  }
  mix.add(roar, 0, 0.5, 0, { verb: 0.2 });

  // Crackles in flurries: the rate rises and falls on its own loop curve.
  const c = rng.fork('crackles');
  const busy = loopCurve(n, 12, c.fork('rate'), 4, 26);
  for (let t = 0; t < LENGTH;) {
    const rate = busy[Math.min(n - 1, samples(t))]!;
    t += -Math.log(1 - c.float()) / rate;
    if (t >= LENGTH) break;
    const size = c.float() ** 3;
    mix.add(crackle(c, size), t, (0.12 + 0.5 * size) * c.range(0.4, 1), c.range(-0.6, 0.6), {
      verb: 0.25,
    });
  }

  // Pops: a few each loop, never evenly spaced.
  const p = rng.fork('pops');
  for (const at of [2.3, 6.9, 8.1, 13.6, 19.4, 22.8, 26.2]) {
    mix.add(pop(p), at + p.range(-0.3, 0.3), p.range(0.12, 0.25), p.range(-0.5, 0.5), {
      verb: 0.35,
    });
  }

  return mix.render({
    reverb: { rt60: 0.7, damping: 3800, preDelay: 0.008, size: 0.75 },
    verbReturn: 0.5,
    highpass: 35,
  });
}
