/**
 * Call ended: a soft two-step descending blip (G5 gliding down, then C5), rounded sines
 * with a touch of FM so it reads as a device sound, quiet and final.
 */
import { SR, samples, type Stereo } from '../buffer.ts';
import { Mix } from '../mix.ts';
import { fadeIn, fadeOut, mtof } from '../synth.ts';

/** One blip: a sine sliding down by `drop` semitones, lightly frequency-modulated. */
function blip(from: number, drop: number, seconds: number): Float32Array {
  const n = samples(seconds);
  const out = new Float32Array(n);
  let ph = 0;
  let mph = 0;
  for (let i = 0; i < n; i++) {
    const t = i / n;
    const f = from * 2 ** ((-drop * (1 - (1 - t) ** 2)) / 12);
    mph += (2 * Math.PI * f * 2) / SR;
    ph += (2 * Math.PI * f) / SR + 0.35 * Math.sin(mph) * ((2 * Math.PI * f) / SR) * (1 - t);
    out[i] = Math.sin(ph) * Math.exp(-t * 2.2);
  }
  fadeIn(out, 0.006);
  fadeOut(out, 0.04);
  return out;
}

/** Render the hang-up one-shot. */
export function renderHangup(): Stereo {
  const mix = new Mix(samples(0.9), false);
  mix.add(blip(mtof(79), 1, 0.11), 0.01, 0.5, 0, { verb: 0.25 });
  mix.add(blip(mtof(72), 2, 0.24), 0.15, 0.5, 0, { verb: 0.25 });
  return mix.render({
    reverb: { rt60: 0.5, damping: 5000, preDelay: 0.005, size: 0.6 },
    verbReturn: 0.4,
    highpass: 150,
  });
}
