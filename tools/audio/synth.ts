/**
 * Sound sources and shapes: sine partials, a band-limited saw, noise colours, envelopes and
 * loop-periodic control curves. Instruments are built from these.
 */
import { SR, samples } from './buffer.ts';
import type { Rng } from './rng.ts';

/** Semitones to a frequency ratio. */
export function ratio(semitones: number): number {
  return 2 ** (semitones / 12);
}

/** MIDI note number to Hz (A4 = 69 = 440 Hz, equal temperament). */
export function mtof(midi: number): number {
  return 440 * ratio(midi - 69);
}

/**
 * Add a decaying sine partial into `out`. Uses a rotating phasor instead of Math.sin per
 * sample, which is exact enough in float64 over a few seconds and several times faster.
 */
export function addPartial(
  out: Float32Array,
  freq: number,
  amp: number,
  decaySec: number,
  phase = 0,
  from = 0,
): void {
  if (freq <= 0 || freq >= SR * 0.45 || amp === 0) return;
  const w = (2 * Math.PI * freq) / SR;
  const c = Math.cos(w);
  const s = Math.sin(w);
  let x = Math.cos(phase);
  let y = Math.sin(phase);
  const k = decaySec > 0 ? Math.exp(-1 / (decaySec * SR)) : 1;
  let a = amp;
  for (let i = from; i < out.length; i++) {
    out[i] = out[i]! + a * y;
    const nx = x * c - y * s;
    y = x * s + y * c;
    x = nx;
    a *= k;
    if (a < 1e-6 * amp && decaySec > 0) break;
  }
}

/** PolyBLEP correction that removes most aliasing from a naive saw's reset. */
function polyBlep(t: number, dt: number): number {
  if (t < dt) {
    const u = t / dt;
    return u + u - u * u - 1;
  }
  if (t > 1 - dt) {
    const u = (t - 1) / dt;
    return u * u + u + u + 1;
  }
  return 0;
}

/** A band-limited sawtooth oscillator (PolyBLEP), for pads and synth voices. */
export class Saw {
  private t: number;

  /** Start at a phase in [0, 1). */
  constructor(phase = 0) {
    this.t = phase;
  }

  /** Next sample at the given frequency in Hz. */
  tick(freq: number): number {
    const dt = freq / SR;
    let v = 2 * this.t - 1 - polyBlep(this.t, dt);
    this.t += dt;
    if (this.t >= 1) this.t -= 1;
    v = Number.isFinite(v) ? v : 0;
    return v;
  }
}

/** White noise in [-1, 1). */
export function whiteNoise(n: number, rng: Rng): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.float() * 2 - 1;
  return out;
}

/** Pink noise (Paul Kellet's filter): softer, more natural hiss for rooms and air. */
export function pinkNoise(n: number, rng: Rng): Float32Array {
  const out = new Float32Array(n);
  let b0 = 0,
    b1 = 0,
    b2 = 0,
    b3 = 0,
    b4 = 0,
    b5 = 0,
    b6 = 0;
  for (let i = 0; i < n; i++) {
    const w = rng.float() * 2 - 1;
    b0 = 0.99886 * b0 + w * 0.0555179;
    b1 = 0.99332 * b1 + w * 0.0750759;
    b2 = 0.969 * b2 + w * 0.153852;
    b3 = 0.8665 * b3 + w * 0.3104856;
    b4 = 0.55 * b4 + w * 0.5329522;
    b5 = -0.7616 * b5 - w * 0.016898;
    out[i] = (b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362) * 0.11;
    b6 = w * 0.115926;
  }
  return out;
}

/** Brown (red) noise: leaky-integrated white noise, the rumble of far traffic. */
export function brownNoise(n: number, rng: Rng): Float32Array {
  const out = new Float32Array(n);
  let y = 0;
  for (let i = 0; i < n; i++) {
    y = 0.995 * y + 0.1 * (rng.float() * 2 - 1);
    out[i] = y;
  }
  return out;
}

/** Attack/decay/sustain/release timings in seconds; sustain is a level in [0, 1]. */
export interface Adsr {
  a: number;
  d: number;
  s: number;
  r: number;
}

/**
 * An ADSR gain curve: `gate` seconds held, then release. Attack uses a raised-cosine ramp
 * and decay/release are exponential, which sound softer than straight lines.
 */
export function adsr(env: Adsr, gate: number): Float32Array {
  const n = samples(gate + env.r);
  const out = new Float32Array(n);
  const na = Math.max(1, samples(env.a));
  const gateN = samples(gate);
  const dk = Math.exp(-1 / Math.max(1, env.d * SR));
  const rk = Math.exp(-1 / Math.max(1, (env.r / 5) * SR)); // r = time to about -43 dB
  let level = 0;
  for (let i = 0; i < n; i++) {
    if (i < gateN) {
      if (i < na) level = 0.5 - 0.5 * Math.cos((Math.PI * (i + 1)) / na);
      else level = env.s + (level - env.s) * dk;
    } else {
      level *= rk;
    }
    out[i] = level;
  }
  // Land exactly on zero so nothing ends on a step.
  const tail = Math.min(n, samples(0.01));
  for (let i = 0; i < tail; i++) out[n - tail + i] = out[n - tail + i]! * (1 - (i + 1) / tail);
  return out;
}

/** A short raised-cosine fade-in over the first `seconds`, to take the click off an onset. */
export function fadeIn(buf: Float32Array, seconds: number): void {
  const n = Math.min(buf.length, Math.max(1, samples(seconds)));
  for (let i = 0; i < n; i++) buf[i] = buf[i]! * (0.5 - 0.5 * Math.cos((Math.PI * i) / n));
}

/** A short raised-cosine fade-out over the last `seconds`. */
export function fadeOut(buf: Float32Array, seconds: number): void {
  const n = Math.min(buf.length, Math.max(1, samples(seconds)));
  for (let i = 0; i < n; i++) {
    const k = buf.length - n + i;
    buf[k] = buf[k]! * (0.5 + 0.5 * Math.cos((Math.PI * (i + 1)) / n));
  }
}

/**
 * A smooth random curve that is periodic over n samples: random values at evenly spaced
 * knots around the loop, joined by cosine interpolation that wraps from the last knot to the
 * first. Used for swells and gusts that must not jump at the loop point.
 */
export function loopCurve(n: number, knots: number, rng: Rng, lo = 0, hi = 1): Float32Array {
  const v = Array.from({ length: knots }, () => rng.range(lo, hi));
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const pos = (i / n) * knots;
    const k = Math.floor(pos);
    const f = pos - k;
    const a = v[k % knots]!;
    const b = v[(k + 1) % knots]!;
    const m = 0.5 - 0.5 * Math.cos(Math.PI * f);
    out[i] = a + (b - a) * m;
  }
  return out;
}

/** A sine LFO with a whole number of cycles per loop, so it lines up at the loop point. */
export function loopLfo(n: number, cycles: number, phase = 0): Float32Array {
  const out = new Float32Array(n);
  const w = (2 * Math.PI * Math.max(1, Math.round(cycles))) / n;
  for (let i = 0; i < n; i++) out[i] = Math.sin(w * i + phase);
  return out;
}
