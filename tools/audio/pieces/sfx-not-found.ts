/**
 * "Operating system not found": the moment Samantha is gone. Two small, pure tones a
 * tritone apart, the higher one first, with no attack colour and no natural decay: they
 * switch on and off like a machine, which is what makes them cold. Each tone is a pair of
 * sines a few hertz apart, and the second pair drifts wider as it holds, so the beating
 * quickens into an unease before it cuts to nothing. Under the first tone the line is still
 * open, a faint breath of hiss; it drops out as the second begins, so what is heard is the
 * silence where she was. Almost no room: there is no one there.
 */
import { SR, samples, type Stereo } from '../buffer.ts';
import { Biquad } from '../filters.ts';
import { Mix } from '../mix.ts';
import { rngFor, type Rng } from '../rng.ts';
import { fadeIn, fadeOut, mtof, pinkNoise } from '../synth.ts';

/**
 * A flat electronic tone: two sines `beat` Hz apart (drifting to `beatEnd`), with a faint
 * third partial for a glassy edge, 8 ms on and off ramps and no decay in between.
 */
function tone(freq: number, seconds: number, beat: number, beatEnd: number): Float32Array {
  const n = samples(seconds);
  const out = new Float32Array(n);
  let a = 0;
  let b = 0;
  for (let i = 0; i < n; i++) {
    const u = i / n;
    const spread = beat + (beatEnd - beat) * u * u;
    a += (2 * Math.PI * freq) / SR;
    b += (2 * Math.PI * (freq + spread)) / SR;
    // Unequal pair: the beating dips by about 12 dB instead of cancelling, a cold shimmer
    // rather than a siren's wobble.
    out[i] = 0.62 * Math.sin(a) + 0.38 * Math.sin(b) + 0.04 * Math.sin(3 * a);
  }
  fadeIn(out, 0.008);
  fadeOut(out, 0.012);
  return out;
}

/** The open line: soft band-limited hiss that stops dead (15 ms) rather than fading away. */
function openLine(rng: Rng, seconds: number): Float32Array {
  const out = pinkNoise(samples(seconds), rng);
  const bp = new Biquad('bandpass', 1800, 0.5);
  for (let i = 0; i < out.length; i++) out[i] = bp.tick(out[i]!);
  fadeIn(out, 0.04);
  fadeOut(out, 0.015);
  return out;
}

/** Render the not-found tone. */
export function renderNotFound(): Stereo {
  const rng = rngFor('sfx/not_found');
  const mix = new Mix(samples(1.5), false);
  mix.add(openLine(rng, 0.23), 0, 0.15, 0);
  mix.add(tone(mtof(81), 0.16, 1.5, 1.5), 0.01, 0.3, 0, { verb: 0.12 });
  mix.add(tone(mtof(75), 0.85, 2, 9), 0.22, 0.3, 0, { verb: 0.12 });
  return mix.render({
    reverb: { rt60: 0.35, damping: 7000, preDelay: 0.004, size: 0.5 },
    verbReturn: 0.35,
    highpass: 200,
  });
}
