/**
 * Instruments: each renders one note to a buffer, starting at sample 0, ringing as long as
 * the instrument naturally would. Pieces place these buffers in time. All are physically
 * flavoured additive or waveguide models, tuned for a soft, close, intimate sound.
 */
import { SR, samples, stereo, type Stereo } from './buffer.ts';
import { Biquad, OnePole, OnePoleHighpass } from './filters.ts';
import type { Rng } from './rng.ts';
import { addPartial, adsr, fadeIn, fadeOut, mtof, Saw, whiteNoise, type Adsr } from './synth.ts';

/** Apply a damper after `hold` seconds: a quick exponential fade, then cut at silence. */
function damp(buf: Float32Array, hold: number, releaseSec: number): Float32Array {
  const start = samples(hold);
  const end = Math.min(buf.length, start + samples(releaseSec * 6));
  const k = Math.exp(-1 / (releaseSec * SR));
  let g = 1;
  for (let i = start; i < end; i++) {
    g *= k;
    buf[i] = buf[i]! * g;
  }
  const out = buf.subarray(0, end);
  fadeOut(out, Math.min(0.02, releaseSec));
  return out;
}

/**
 * A felt piano: inharmonic string partials (stiffness), a soft hammer that favours low
 * partials, two slightly detuned strings per note for slow beating, a two-stage decay, and a
 * muffled thump of felt on string. `vel` in [0, 1] brightens as well as louder.
 */
export function feltPiano(note: number, vel: number, hold: number, rng: Rng): Float32Array {
  const f0 = mtof(note);
  const tau = 2.6 * 2 ** (-(note - 60) / 20); // lower notes ring longer
  const ring = Math.min(hold + 0.6, tau * 4 + 0.3);
  const out = new Float32Array(samples(ring + 0.4));
  const B = 0.00008 + 0.0000035 * Math.max(0, note - 36); // string stiffness grows upward
  const soft = 0.62 - 0.3 * vel;
  for (let n = 1; n <= 14; n++) {
    const fn = n * f0 * Math.sqrt(1 + B * n * n);
    if (fn > 12000) break;
    const strike = Math.abs(Math.sin(Math.PI * n * 0.118)); // hammer about 1/8 along the string
    const a = (Math.exp(-(n - 1) * soft) / Math.sqrt(n)) * (0.35 + 0.65 * strike);
    const tn = tau / (1 + 0.35 * (n - 1) ** 1.2);
    const detune = 1 + rng.range(0.00018, 0.00045);
    const ph = rng.range(0, 2 * Math.PI);
    // Two strings: one fast-decaying (the prompt sound), one slow (the aftersound).
    addPartial(out, fn * detune, a * 0.55, tn * 0.35, ph);
    addPartial(out, fn / detune, a * 0.45, tn, ph + 0.3);
  }
  // Felt thump: a short band of noise under the note, quieter on soft notes.
  const thumpLen = samples(0.04);
  const noise = whiteNoise(thumpLen, rng);
  const bp = new Biquad('bandpass', Math.min(2600, Math.max(250, f0 * 2.2)), 0.9);
  const tk = Math.exp(-1 / (0.008 * SR));
  let g = 0.09 * (0.3 + vel);
  for (let i = 0; i < thumpLen; i++) {
    out[i] = out[i]! + g * bp.tick(noise[i]!);
    g *= tk;
  }
  fadeIn(out, 0.003 + 0.006 * (1 - vel));
  const res = damp(out, hold, 0.09);
  const level = 0.22 * (0.25 + 0.75 * vel);
  for (let i = 0; i < res.length; i++) res[i] = res[i]! * level;
  return res;
}

/**
 * A soft-mallet marimba: tuned bar partials near 1 : 4 : 10, the upper ones dying within
 * tens of milliseconds, which is the characteristic "wooden" attack over a round tone.
 */
export function marimba(note: number, vel: number, rng: Rng): Float32Array {
  const f0 = mtof(note);
  const tau = 0.55 * 2 ** (-(note - 60) / 24);
  const out = new Float32Array(samples(tau * 6 + 0.05));
  addPartial(out, f0, 1, tau, rng.range(0, 1));
  addPartial(out, f0 * 3.93, 0.22 * vel, tau * 0.16, rng.range(0, 1));
  addPartial(out, f0 * 9.2, 0.05 * vel, 0.02, rng.range(0, 1));
  addPartial(out, f0 * 2, 0.04, tau * 0.5, 0); // resonator tube colour
  fadeIn(out, 0.002);
  fadeOut(out, 0.05);
  const level = 0.25 * (0.3 + 0.7 * vel);
  for (let i = 0; i < out.length; i++) out[i] = out[i]! * level;
  return out;
}

/** Options for the plucked string. */
export interface PluckOptions {
  /** 0..1, how bright the pick is (excitation lowpass). */
  brightness: number;
  /** Seconds to fall 60 dB if left ringing. */
  t60: number;
  /** Fraction along the string where it is plucked; 0.5 is hollow, 0.1 twangy. */
  position: number;
}

/**
 * A Karplus-Strong plucked string with fractional-delay tuning (so chords are in tune),
 * a string shape plucked at `position` and softened by `brightness`, damped after `hold` seconds.
 */
export function pluck(
  note: number,
  vel: number,
  hold: number,
  rng: Rng,
  o: PluckOptions,
): Float32Array {
  const f0 = mtof(note);
  const period = SR / f0;
  const L = Math.max(2, Math.floor(period - 0.5 - 0.1));
  const d = period - 0.5 - L; // left for the allpass, in (0.1, 1.1]
  const C = (1 - d) / (1 + d);
  const rho = 0.001 ** (1 / (f0 * o.t60));
  const len = samples(Math.min(hold + 0.25, o.t60 + 0.1));
  const out = new Float32Array(len);
  const line = new Float32Array(L);
  // Initial string shape: a triangle peaked at the pick point (a real pluck's displacement)
  // with a little noise for the finger, smoothed by the brightness lowpass. A clean shape
  // keeps the attack's peak close to its body, unlike a raw noise burst.
  const noise = whiteNoise(L, rng);
  const p = Math.min(0.9, Math.max(0.05, o.position));
  for (let i = 0; i < L; i++) {
    const x = (i + 0.5) / L;
    line[i] = (x < p ? x / p : (1 - x) / (1 - p)) + 0.25 * noise[i]!;
  }
  const lp = new OnePole(200 + 6000 * o.brightness * (0.4 + 0.6 * vel));
  for (let pass = 0; pass < 2; pass++) for (let i = 0; i < L; i++) line[i] = lp.tick(line[i]!);
  let mean = 0;
  for (let i = 0; i < L; i++) mean += line[i]!;
  mean /= L;
  let top = 1e-9;
  for (let i = 0; i < L; i++) {
    line[i] = line[i]! - mean;
    top = Math.max(top, Math.abs(line[i]!));
  }
  for (let i = 0; i < L; i++) line[i] = line[i]! / top;
  let idx = 0;
  let prev = 0;
  let apX = 0;
  let apY = 0;
  const releaseAt = samples(hold);
  const releaseK = Math.exp(-1 / (0.06 * SR));
  let gate = 1;
  for (let i = 0; i < len; i++) {
    const cur = line[idx]!;
    const avg = 0.5 * (cur + prev);
    prev = cur;
    // First-order allpass for the fractional part of the period.
    const y = C * avg + apX - C * apY;
    apX = avg;
    apY = y;
    if (i >= releaseAt) gate *= releaseK;
    line[idx] = y * rho * (i >= releaseAt ? 0.9 + 0.1 * gate : 1);
    out[i] = cur * gate;
    if (++idx === L) idx = 0;
  }
  const hp = new OnePoleHighpass(30);
  for (let i = 0; i < len; i++) out[i] = hp.tick(out[i]!);
  fadeIn(out, 0.0015);
  fadeOut(out, 0.03);
  const level = 0.3 * (0.25 + 0.75 * vel);
  for (let i = 0; i < len; i++) out[i] = out[i]! * level;
  return out;
}

/** Options for the analogue-style pad. */
export interface PadOptions {
  env: Adsr;
  /** Lowpass cutoff in Hz; a pad sits low and warm, so 600-2000. */
  cutoff: number;
  /** Detune between the voices in cents: the chorus-like shimmer. */
  detune: number;
}

/**
 * A warm pad: four band-limited saws detuned in pairs and split left/right, a quiet sine for
 * body, lowpassed, with a slow envelope. Returns stereo because the width is the point.
 */
export function pad(note: number, vel: number, hold: number, rng: Rng, o: PadOptions): Stereo {
  const f = mtof(note);
  const env = adsr(o.env, hold);
  const n = env.length;
  const out = stereo(n);
  const c = o.detune / 1200;
  const voices = [
    { s: new Saw(rng.float()), r: 2 ** -c, side: 0 },
    { s: new Saw(rng.float()), r: 2 ** (c * 0.45), side: 0 },
    { s: new Saw(rng.float()), r: 2 ** c, side: 1 },
    { s: new Saw(rng.float()), r: 2 ** (-c * 0.4), side: 1 },
  ];
  const cut = Math.min(o.cutoff, f * 8);
  const fl = new Biquad('lowpass', cut, 0.6);
  const fr = new Biquad('lowpass', cut, 0.6);
  const fl2 = new OnePole(cut * 1.4);
  const fr2 = new OnePole(cut * 1.4);
  let ph = rng.range(0, 2 * Math.PI);
  const w = (2 * Math.PI * f) / SR;
  const level = 0.08 * vel;
  for (let i = 0; i < n; i++) {
    let l = 0;
    let r = 0;
    for (const v of voices) {
      const x = v.s.tick(f * v.r);
      if (v.side === 0) l += x;
      else r += x;
    }
    const body = 0.7 * Math.sin(ph);
    ph += w;
    const e = env[i]! * level;
    out.l[i] = fl2.tick(fl.tick(l + body)) * e;
    out.r[i] = fr2.tick(fr.tick(r + body)) * e;
  }
  return out;
}

/** A round, soft bass: sine with a little 2nd and 3rd harmonic so it reads on small speakers. */
export function softBass(note: number, vel: number, hold: number): Float32Array {
  const f = mtof(note);
  const env = adsr({ a: 0.012, d: 0.9, s: 0.55, r: 0.25 }, hold);
  const out = new Float32Array(env.length);
  addPartial(out, f, 1, 0);
  addPartial(out, 2 * f, 0.22, 0);
  addPartial(out, 3 * f, 0.06, 0);
  const level = 0.3 * (0.4 + 0.6 * vel);
  for (let i = 0; i < out.length; i++) out[i] = out[i]! * env[i]! * level;
  return out;
}

/** A struck bell from inharmonic partials (ratios after Risset), for chimes and the elevator. */
export function bell(
  freq: number,
  vel: number,
  decay: number,
  rng: Rng,
  partials = BELL_SOFT,
): Float32Array {
  const out = new Float32Array(samples(decay * 5 + 0.05));
  for (const [r, a, d] of partials)
    addPartial(out, freq * r, a * vel, decay * d, rng.range(0, 6.28));
  fadeIn(out, 0.0025);
  fadeOut(out, 0.04);
  return out;
}

/** A soft glass-like bell: mostly fundamental and octave, faint inharmonic shimmer. */
export const BELL_SOFT: readonly (readonly [number, number, number])[] = [
  [1, 1, 1],
  [2.0, 0.28, 0.5],
  [2.76, 0.1, 0.3],
  [4.07, 0.05, 0.18],
  [5.4, 0.025, 0.1],
];

/** A brighter struck-metal bell: stronger inharmonic partials and a hum tone below. */
export const BELL_METAL: readonly (readonly [number, number, number])[] = [
  [0.5, 0.18, 1.4],
  [1, 1, 1],
  [1.19, 0.22, 0.7],
  [2.0, 0.35, 0.55],
  [2.52, 0.16, 0.35],
  [3.0, 0.1, 0.3],
  [4.1, 0.06, 0.18],
];

/** A gentle kick: a sine whose pitch falls quickly, felt more than heard. */
export function softKick(vel: number): Float32Array {
  const n = samples(0.35);
  const out = new Float32Array(n);
  let ph = 0;
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const f = 48 + 70 * Math.exp(-t / 0.03);
    ph += (2 * Math.PI * f) / SR;
    out[i] = Math.sin(ph) * Math.exp(-t / 0.11) * 0.5 * vel;
  }
  fadeIn(out, 0.002);
  fadeOut(out, 0.05);
  return out;
}

/** A shaker grain: bright noise with a quick swell and fall. */
export function shaker(vel: number, rng: Rng): Float32Array {
  const n = samples(0.09);
  const noise = whiteNoise(n, rng);
  const hp = new Biquad('highpass', 5500, 0.7);
  const lp = new Biquad('lowpass', 11000, 0.7);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    const e = (1 - Math.exp(-t / 0.008)) * Math.exp(-t / 0.022);
    out[i] = lp.tick(hp.tick(noise[i]!)) * e * 0.35 * vel;
  }
  fadeOut(out, 0.01);
  return out;
}

/** A finger snap: a short resonant crack of band-passed noise. */
export function snap(vel: number, rng: Rng): Float32Array {
  const n = samples(0.12);
  const noise = whiteNoise(n, rng);
  const bp = new Biquad('bandpass', 2100, 2.2);
  const hp = new Biquad('highpass', 900, 0.7);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / SR;
    out[i] = hp.tick(bp.tick(noise[i]!)) * Math.exp(-t / 0.018) * 0.9 * vel;
  }
  fadeIn(out, 0.0008);
  fadeOut(out, 0.01);
  return out;
}
