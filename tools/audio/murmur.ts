/**
 * Office murmur: many distant talkers synthesised as a buzzy glottal source shaped by
 * moving vowel formants (band-passed), grouped into syllables and phrases with falling
 * intonation, then darkened by distance so no words are ever intelligible. Plus typing.
 */
import { SR, addScaled, samples } from './buffer.ts';
import { Biquad, OnePole } from './filters.ts';
import type { Mix } from './mix.ts';
import type { Rng } from './rng.ts';
import { Saw, whiteNoise } from './synth.ts';

// Vowel formants F1-F3 in Hz (adult male averages after Peterson & Barney).
const VOWELS: readonly (readonly [number, number, number])[] = [
  [270, 2290, 3010],
  [390, 1990, 2550],
  [530, 1840, 2480],
  [660, 1720, 2410],
  [730, 1090, 2440],
  [570, 840, 2410],
  [440, 1020, 2240],
  [300, 870, 2240],
  [640, 1190, 2390],
  [490, 1350, 1690],
];

/** One talker: voice pitch, where they are, how fast and how much they talk. */
export interface Talker {
  f0: number;
  /** Formant scale: about 1 for lower voices, 1.15 for higher ones. */
  tract: number;
  pan: number;
  /** 0 near, 1 far. */
  distance: number;
  /** Fraction of the time spent talking. */
  chattiness: number;
}

/** Render one phrase of babble (mono), `seconds` long. */
function phrase(t: Talker, seconds: number, rng: Rng): Float32Array {
  const n = samples(seconds);
  const out = new Float32Array(n);
  const src = new Saw(rng.float());
  const tilt = new OnePole(900);
  const breath = whiteNoise(n, rng);
  const fric = new Biquad('bandpass', 4000, 1.5);
  const bands = [
    new Biquad('bandpass', 500, 5),
    new Biquad('bandpass', 1500, 12),
    new Biquad('bandpass', 2500, 16),
  ];
  const gains = [1, 0.55, 0.25];
  const formant = [500, 1500, 2500];
  const target = [500, 1500, 2500];
  // Syllable plan: boundaries, vowels, stresses, consonant onsets.
  const syl: {
    start: number;
    end: number;
    vowel: readonly number[];
    stress: number;
    fric: boolean;
  }[] = [];
  for (let s = 0; s < n;) {
    const len = samples(rng.range(0.11, 0.26));
    syl.push({
      start: s,
      end: Math.min(n, s + len),
      vowel: rng.pick(VOWELS),
      stress: rng.range(0.55, 1),
      fric: rng.chance(0.35),
    });
    s += len;
  }
  const glide = Math.exp(-1 / ((0.025 * SR) / 32));
  let k = 0;
  for (let i = 0; i < n; i++) {
    while (k < syl.length - 1 && i >= syl[k]!.end) k++;
    const sy = syl[k]!;
    const pos = (i - sy.start) / Math.max(1, sy.end - sy.start);
    if ((i & 31) === 0) {
      for (let b = 0; b < 3; b++) {
        target[b] = sy.vowel[b]! * t.tract;
        formant[b] = target[b]! + (formant[b]! - target[b]!) * glide;
        bands[b]!.set('bandpass', formant[b]!, formant[b]! / (60 + 40 * b));
      }
    }
    // Intonation: a gentle fall across the phrase, lifted on stressed syllables.
    const phrasePos = i / n;
    const f0 =
      t.f0 *
      (1.08 - 0.16 * phrasePos) *
      (1 + 0.06 * (sy.stress - 0.7)) *
      (1 + 0.01 * Math.sin(i * 0.0009));
    const glottal = tilt.tick(src.tick(f0)) + 0.06 * breath[i]!;
    let v = 0;
    for (let b = 0; b < 3; b++) v += bands[b]!.tick(glottal) * gains[b]!;
    // Syllable envelope: quick rise, hold, fall, never quite silent mid-phrase.
    const env = Math.min(1, pos / 0.22) * Math.min(1, (1 - pos) / 0.3);
    const amp = 0.15 + 0.85 * env * sy.stress;
    const cons = sy.fric && pos < 0.18 ? fric.tick(breath[i]!) * 0.35 * (1 - pos / 0.18) : 0;
    out[i] = v * amp * 3 + cons;
  }
  // Phrase edges fade so talkers start and stop softly.
  const edge = Math.min(n >> 1, samples(0.06));
  for (let i = 0; i < edge; i++) {
    const g = i / edge;
    out[i] = out[i]! * g;
    out[n - 1 - i] = out[n - 1 - i]! * g;
  }
  return out;
}

/** Place a talker's phrases around the loop, darkened and panned by distance. */
export function addTalker(mix: Mix, t: Talker, rng: Rng): void {
  const loopSec = mix.n / SR;
  const voice = new Float32Array(mix.n);
  let at = rng.range(0, loopSec);
  const end = at + loopSec;
  while (at < end - 1) {
    const len = Math.min(rng.range(1.2, 3.8), end - at);
    addScaled(voice, phrase(t, len, rng), samples(at), 1, true);
    at += len + rng.range(0.4, 2.5) / Math.max(0.2, t.chattiness);
  }
  // Distance: air and walls take the top off; the room takes the rest.
  const lp = new Biquad('lowpass', 2400 - 1400 * t.distance, 0.7);
  const lp2 = new OnePole(3000 - 1500 * t.distance);
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < voice.length; i++) {
      const y = lp2.tick(lp.tick(voice[i]!));
      if (pass === 1) voice[i] = y;
    }
  }
  const gain = 0.5 / (1 + 2.5 * t.distance);
  mix.add(voice, 0, gain, t.pan, { verb: 0.4 + 0.6 * t.distance });
}

/** One key: a bright tick of the switch and a dull thock of the keycap bottoming out. */
function keyClick(rng: Rng, tone: number, heavy: boolean): Float32Array {
  const n = samples(0.05);
  const noise = whiteNoise(n, rng);
  const tick = new Biquad('bandpass', tone * rng.range(0.9, 1.1), 2.5);
  const thock = new Biquad('bandpass', (heavy ? 260 : 420) * rng.range(0.9, 1.1), 3);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    out[i] =
      tick.tick(noise[i]!) * Math.exp(-t / 0.0015) +
      thock.tick(noise[i]!) * Math.exp(-t / 0.008) * (heavy ? 1.6 : 1);
  }
  return out;
}

/** A person typing in bursts somewhere in the room: key down and softer key up, spacebars. */
export function addTypist(mix: Mix, rng: Rng, pan: number, distance: number, busy: number): void {
  const loopSec = mix.n / SR;
  const tone = rng.range(2800, 4200);
  const gain = 0.65 / (1 + 3 * distance);
  let at = rng.range(0, loopSec);
  const end = at + loopSec;
  while (at < end - 0.5) {
    const burst = rng.range(1.5, 6);
    let k = at;
    let count = 0;
    while (k < Math.min(at + burst, end)) {
      const heavy = ++count % rng.int(4, 7) === 0;
      const v = rng.range(0.6, 1);
      mix.add(keyClick(rng, tone, heavy), k, gain * v, pan, { verb: 0.5 });
      mix.add(keyClick(rng, tone * 1.3, false), k + rng.range(0.05, 0.09), gain * v * 0.35, pan, {
        verb: 0.5,
      });
      k += Math.max(0.06, 0.15 + rng.gauss() * 0.05) + (rng.chance(0.08) ? rng.range(0.3, 0.9) : 0);
    }
    at += burst + rng.range(1.5, 7) / busy;
  }
}
