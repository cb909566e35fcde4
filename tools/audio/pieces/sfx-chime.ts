/**
 * Message chime: two soft glassy notes rising a fifth (A5 then E6), the second a little
 * quieter, with a breath of room. Friendly, not insistent: Samantha, not an alarm.
 */
import { samples, type Stereo } from '../buffer.ts';
import { BELL_SOFT, bell } from '../instruments.ts';
import { Mix } from '../mix.ts';
import { rngFor } from '../rng.ts';
import { addPartial, fadeIn, mtof } from '../synth.ts';

/** A warm sine under each bell so the chime has body on small speakers. */
function warmth(freq: number, seconds: number): Float32Array {
  const out = new Float32Array(samples(seconds));
  addPartial(out, freq, 1, seconds / 5);
  fadeIn(out, 0.004);
  return out;
}

/** Render the chime one-shot. */
export function renderChime(): Stereo {
  const rng = rngFor('sfx/chime');
  const mix = new Mix(samples(1.8), false);
  const notes: [number, number, number][] = [
    [mtof(81), 0.01, 1],
    [mtof(88), 0.14, 0.8],
  ];
  for (const [f, at, v] of notes) {
    mix.add(bell(f, v, 0.32, rng, BELL_SOFT), at, 0.5, 0, { verb: 0.35 });
    mix.add(warmth(f / 2, 0.9), at, 0.12 * v, 0, { verb: 0.2 });
  }
  return mix.render({
    reverb: { rt60: 1.1, damping: 6000, preDelay: 0.01, size: 0.8 },
    verbReturn: 0.5,
    highpass: 120,
  });
}
