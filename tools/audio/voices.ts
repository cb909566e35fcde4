/**
 * Sustained voices for the later pieces: a bowed-string section, a hummed vowel line and a
 * glass lead. Unlike the struck instruments these are shaped by the player over time
 * (vibrato that arrives late, a bow that swells, a voice gliding between notes).
 */
import { SR, samples, stereo, type Stereo } from './buffer.ts';
import { Biquad, OnePole, OnePoleHighpass } from './filters.ts';
import type { Rng } from './rng.ts';
import { adsr, fadeIn, fadeOut, mtof, Saw, whiteNoise, type Adsr } from './synth.ts';

/** Vowel formants F1-F3 in Hz: the colour of the hummed line. */
export const VOWEL = {
  oo: [300, 870, 2240],
  ah: [730, 1090, 2440],
  oh: [500, 850, 2400],
  mm: [260, 1300, 2300],
} as const;

/** Name of a vowel in VOWEL. */
export type VowelName = keyof typeof VOWEL;

/**
 * A small string section: six detuned saws, each player with their own vibrato rate, split
 * left and right, darkened and given a body resonance so it reads as wood and bow, not synth.
 */
export function strings(note: number, vel: number, hold: number, rng: Rng, env: Adsr): Stereo {
  const f = mtof(note);
  const gain = adsr(env, hold);
  const n = gain.length;
  const out = stereo(n);
  const players = Array.from({ length: 6 }, (_, k) => ({
    saw: new Saw(rng.float()),
    detune: 2 ** (rng.range(-7, 7) / 1200),
    rate: (2 * Math.PI * rng.range(4.4, 5.6)) / SR,
    phase: rng.range(0, 2 * Math.PI),
    left: k % 2 === 0,
  }));
  const cut = Math.min(3200, f * 7);
  const chain = (): ((x: number) => number) => {
    const lp = new Biquad('lowpass', cut, 0.6);
    const body = new Biquad('peaking', 420, 1.2, 4);
    const nasal = new Biquad('peaking', 2600, 2, -5);
    return (x) => nasal.tick(body.tick(lp.tick(x)));
  };
  const [cl, cr] = [chain(), chain()];
  const bow = whiteNoise(n, rng);
  const bowBp = new Biquad('bandpass', Math.min(5000, f * 4), 1.5);
  // Vibrato arrives after the bow has settled, about half a second in, as a player's does.
  const settle = samples(0.5);
  for (let i = 0; i < n; i++) {
    const depth = 0.0035 * Math.min(1, i / settle);
    let l = 0;
    let r = 0;
    for (const p of players) {
      const x = p.saw.tick(f * p.detune * (1 + depth * Math.sin(p.phase + p.rate * i)));
      if (p.left) l += x;
      else r += x;
    }
    const hiss = 0.05 * bowBp.tick(bow[i]!);
    const e = gain[i]! * 0.045 * vel;
    out.l[i] = cl(l + hiss) * e;
    out.r[i] = cr(r + hiss) * e;
  }
  return out;
}

/** A note of a hummed line, in seconds from the phrase start. */
export interface SungNote {
  at: number;
  dur: number;
  midi: number;
}

/**
 * A hummed phrase: one continuous voice that glides between its notes (never re-struck, as
 * a singer joins a line), with a soft lift at each new note, late vibrato and breath. A
 * glottal saw through three vowel formants; `tract` above 1 gives a lighter, higher voice.
 */
export function hummed(
  line: readonly SungNote[],
  vel: number,
  vowel: VowelName,
  rng: Rng,
  tract = 1.12,
): Float32Array {
  const first = line[0];
  const last = line[line.length - 1];
  if (!first || !last) return new Float32Array(0);
  const n = samples(last.at + last.dur + 0.5);
  const out = new Float32Array(n);
  const src = new Saw(rng.float());
  const tilt = new OnePole(vowel === 'mm' ? 700 : 1400);
  const breath = whiteNoise(n, rng);
  const bands = VOWEL[vowel].map(
    (fq, k) => new Biquad('bandpass', fq * tract, (fq * tract) / (70 + 50 * k)),
  );
  const gains = vowel === 'mm' ? [1.4, 0.12, 0.05] : [1, 0.5, 0.22];
  const hp = new OnePoleHighpass(90);
  const glide = Math.exp(-1 / (0.045 * SR));
  let logF = Math.log(mtof(first.midi));
  let k = 0;
  let ph = rng.range(0, 6);
  const endAt = samples(last.at + last.dur);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    while (k < line.length - 1 && t >= line[k + 1]!.at) k++;
    const note = line[k]!;
    logF = Math.log(mtof(note.midi)) + (logF - Math.log(mtof(note.midi))) * glide;
    const into = t - note.at;
    // Vibrato grows in over the first 0.4 s of each held note; a touch of slow drift always.
    const vib = 0.006 * Math.min(1, Math.max(0, (into - 0.15) / 0.4));
    ph += (2 * Math.PI * 5.1) / SR;
    const f = Math.exp(logF) * (1 + vib * Math.sin(ph) + 0.0015 * Math.sin(ph * 0.13));
    // Envelope: breathe in, a small lift on each new note, let go after the last.
    const onset = Math.min(1, t / 0.12);
    const lift = 0.82 + 0.18 * Math.min(1, into / 0.09);
    const release = i < endAt ? 1 : Math.exp(-(i - endAt) / (0.12 * SR));
    const g = onset * lift * release;
    const glot = tilt.tick(src.tick(f)) + 0.05 * breath[i]!;
    let v = 0;
    for (let b = 0; b < 3; b++) v += bands[b]!.tick(glot) * gains[b]!;
    out[i] = hp.tick(v) * g * 1.6 * vel;
  }
  fadeOut(out, 0.05);
  return out;
}

/**
 * A glass lead: a near-pure tone with faint 2nd and 3rd partials, bowed in slowly and given
 * a slow vibrato, like a wet finger on a glass rim. The luminous line of the departure.
 */
export function glass(note: number, vel: number, hold: number, rng: Rng): Float32Array {
  const f = mtof(note);
  const env = adsr({ a: 0.45, d: 1.2, s: 0.75, r: 1.8 }, hold);
  const out = new Float32Array(env.length);
  const parts: [number, number][] = [
    [1, 1],
    [2, 0.18],
    [3, 0.06],
    [4.01, 0.025],
  ];
  const phases = parts.map(() => rng.range(0, 2 * Math.PI));
  const rate = (2 * Math.PI * rng.range(4.2, 4.8)) / SR;
  for (let i = 0; i < out.length; i++) {
    const vib = 1 + 0.0025 * Math.min(1, i / samples(0.8)) * Math.sin(rate * i);
    let v = 0;
    parts.forEach(([r, a], k) => {
      phases[k] = phases[k]! + (2 * Math.PI * f * r * vib) / SR;
      v += a * Math.sin(phases[k]!);
    });
    out[i] = v * env[i]! * 0.16 * vel;
  }
  fadeIn(out, 0.01);
  return out;
}
