/**
 * Filters: RBJ-cookbook biquads and one-pole smoothers. Stateful objects with a per-sample
 * `tick`, so the same filter can run over a loop twice (see processLoop) or be retuned
 * block by block for sweeps (wind, passing cars, formants).
 */
import { SR } from './buffer.ts';

/** Kinds of biquad response used in the pieces. */
export type BiquadKind = 'lowpass' | 'highpass' | 'bandpass' | 'peaking' | 'lowshelf' | 'highshelf';

/** A second-order IIR filter (transposed direct form II). */
export class Biquad {
  private b0 = 1;
  private b1 = 0;
  private b2 = 0;
  private a1 = 0;
  private a2 = 0;
  private z1 = 0;
  private z2 = 0;

  /** Create and tune a filter; q is resonance (0.707 = flat), gainDb only for peak/shelf. */
  constructor(kind: BiquadKind, freq: number, q = Math.SQRT1_2, gainDb = 0) {
    this.set(kind, freq, q, gainDb);
  }

  /** Retune without clearing state, so sweeps stay click-free. */
  set(kind: BiquadKind, freq: number, q = Math.SQRT1_2, gainDb = 0): void {
    const f = Math.min(Math.max(freq, 10), SR * 0.49);
    const w = (2 * Math.PI * f) / SR;
    const cw = Math.cos(w);
    const sw = Math.sin(w);
    const alpha = sw / (2 * q);
    const A = 10 ** (gainDb / 40);
    let b0: number, b1: number, b2: number, a0: number, a1: number, a2: number;
    switch (kind) {
      case 'lowpass':
        b0 = (1 - cw) / 2;
        b1 = 1 - cw;
        b2 = (1 - cw) / 2;
        a0 = 1 + alpha;
        a1 = -2 * cw;
        a2 = 1 - alpha;
        break;
      case 'highpass':
        b0 = (1 + cw) / 2;
        b1 = -(1 + cw);
        b2 = (1 + cw) / 2;
        a0 = 1 + alpha;
        a1 = -2 * cw;
        a2 = 1 - alpha;
        break;
      case 'bandpass': // constant 0 dB peak gain
        b0 = alpha;
        b1 = 0;
        b2 = -alpha;
        a0 = 1 + alpha;
        a1 = -2 * cw;
        a2 = 1 - alpha;
        break;
      case 'peaking':
        b0 = 1 + alpha * A;
        b1 = -2 * cw;
        b2 = 1 - alpha * A;
        a0 = 1 + alpha / A;
        a1 = -2 * cw;
        a2 = 1 - alpha / A;
        break;
      case 'lowshelf': {
        const s = 2 * Math.sqrt(A) * alpha;
        b0 = A * (A + 1 - (A - 1) * cw + s);
        b1 = 2 * A * (A - 1 - (A + 1) * cw);
        b2 = A * (A + 1 - (A - 1) * cw - s);
        a0 = A + 1 + (A - 1) * cw + s;
        a1 = -2 * (A - 1 + (A + 1) * cw);
        a2 = A + 1 + (A - 1) * cw - s;
        break;
      }
      case 'highshelf': {
        const s = 2 * Math.sqrt(A) * alpha;
        b0 = A * (A + 1 + (A - 1) * cw + s);
        b1 = -2 * A * (A - 1 + (A + 1) * cw);
        b2 = A * (A + 1 + (A - 1) * cw - s);
        a0 = A + 1 - (A - 1) * cw + s;
        a1 = 2 * (A - 1 - (A + 1) * cw);
        a2 = A + 1 - (A - 1) * cw - s;
        break;
      }
    }
    this.b0 = b0 / a0;
    this.b1 = b1 / a0;
    this.b2 = b2 / a0;
    this.a1 = a1 / a0;
    this.a2 = a2 / a0;
  }

  /** Filter one sample. */
  tick(x: number): number {
    const y = this.b0 * x + this.z1;
    this.z1 = this.b1 * x - this.a1 * y + this.z2;
    this.z2 = this.b2 * x - this.a2 * y;
    return y;
  }
}

/** A one-pole lowpass: cheap gentle darkening, also used to smooth control signals. */
export class OnePole {
  private a = 0;
  private y = 0;

  /** Create with a cutoff in Hz. */
  constructor(freq: number) {
    this.set(freq);
  }

  /** Retune the cutoff. */
  set(freq: number): void {
    this.a = Math.exp((-2 * Math.PI * Math.min(freq, SR * 0.49)) / SR);
  }

  /** Lowpass one sample. */
  tick(x: number): number {
    this.y = x + this.a * (this.y - x);
    return this.y;
  }
}

/** A one-pole highpass (input minus its lowpass), to strip rumble and DC. */
export class OnePoleHighpass {
  private lp: OnePole;

  /** Create with a cutoff in Hz. */
  constructor(freq: number) {
    this.lp = new OnePole(freq);
  }

  /** Highpass one sample. */
  tick(x: number): number {
    return x - this.lp.tick(x);
  }
}

/** Filter a whole buffer through a fresh biquad (one-shot use, no loop wrap). */
export function biquadBuffer(
  input: Float32Array,
  kind: BiquadKind,
  freq: number,
  q = Math.SQRT1_2,
  gainDb = 0,
): Float32Array {
  const f = new Biquad(kind, freq, q, gainDb);
  const out = new Float32Array(input.length);
  for (let i = 0; i < input.length; i++) out[i] = f.tick(input[i]!);
  return out;
}
