/**
 * Space: a feedback-delay-network reverb and a ping-pong delay, written here so the whole
 * chain is ours and deterministic. Both are linear and time-invariant, so fed a periodic
 * signal (after a warm-up pass) they produce a periodic output: the seamless-loop property.
 */
import { SR } from './buffer.ts';
import { OnePole } from './filters.ts';

/** A fixed delay line with integer read-back. */
class DelayLine {
  private buf: Float32Array;
  private i = 0;

  constructor(length: number) {
    this.buf = new Float32Array(Math.max(1, Math.round(length)));
  }

  /** The sample written `length` ticks ago. */
  read(): number {
    return this.buf[this.i]!;
  }

  /** Write the next sample and advance. */
  write(x: number): void {
    this.buf[this.i] = x;
    if (++this.i === this.buf.length) this.i = 0;
  }
}

/** A Schroeder allpass: smears transients into a dense wash without colouring the spectrum. */
class Allpass {
  private line: DelayLine;

  constructor(
    length: number,
    private g: number,
  ) {
    this.line = new DelayLine(length);
  }

  tick(x: number): number {
    const d = this.line.read();
    const v = x + this.g * d;
    this.line.write(v);
    return d - this.g * v;
  }
}

/** Reverb settings: decay time, high-frequency damping, pre-delay and size. */
export interface ReverbOptions {
  /** Seconds for the tail to fall by 60 dB. */
  rt60: number;
  /** Cutoff (Hz) of the damping inside the loop: lower is darker, like soft furnishings. */
  damping: number;
  /** Seconds before the first reflection; separates the dry note from its space. */
  preDelay: number;
  /** Scales the delay lengths; 1 is a mid-sized room, 1.5 a hall. */
  size: number;
}

// Mutually prime-ish line lengths (samples at 44.1 kHz) so the modes do not pile up.
const LINE_LENGTHS = [1433, 1601, 1867, 2053, 2251, 2399, 2617, 2903];

/** An 8-line FDN reverb with a Householder feedback matrix and stereo input diffusion. */
export class Reverb {
  private lines: DelayLine[];
  private gains: number[];
  private damps: OnePole[];
  private pre: [DelayLine, DelayLine];
  private diffL: Allpass[];
  private diffR: Allpass[];
  private state = new Float64Array(8);

  /** Build a reverb from its settings. */
  constructor(o: ReverbOptions) {
    const lens = LINE_LENGTHS.map((l) => Math.round(l * o.size));
    this.lines = lens.map((l) => new DelayLine(l));
    this.gains = lens.map((l) => 10 ** ((-3 * l) / (o.rt60 * SR)));
    this.damps = lens.map(() => new OnePole(o.damping));
    const pd = Math.max(1, Math.round(o.preDelay * SR));
    this.pre = [new DelayLine(pd), new DelayLine(pd + 11)];
    this.diffL = [142, 379, 107, 277].map((l) => new Allpass(l, 0.62));
    this.diffR = [151, 367, 113, 263].map((l) => new Allpass(l, 0.62));
  }

  /** Process one stereo sample; writes the wet-only output into `out`. */
  tick(l: number, r: number, out: [number, number]): void {
    let a = this.pre[0].read();
    let b = this.pre[1].read();
    this.pre[0].write(l);
    this.pre[1].write(r);
    for (const ap of this.diffL) a = ap.tick(a);
    for (const ap of this.diffR) b = ap.tick(b);

    const s = this.state;
    let sum = 0;
    for (let k = 0; k < 8; k++) {
      s[k] = this.damps[k]!.tick(this.lines[k]!.read() * this.gains[k]!);
      sum += s[k]!;
    }
    const h = (2 / 8) * sum;
    for (let k = 0; k < 8; k++) {
      const inject = k % 2 === 0 ? a : b;
      this.lines[k]!.write(s[k]! - h + 0.35 * inject);
    }
    out[0] = s[0]! - s[2]! + s[4]! - s[6]! + 0.5 * (s[1]! - s[5]!);
    out[1] = s[1]! - s[3]! + s[5]! - s[7]! + 0.5 * (s[2]! - s[6]!);
    out[0] *= 0.5;
    out[1] *= 0.5;
  }
}

/** Ping-pong delay settings. */
export interface DelayOptions {
  /** Seconds between echoes (usually tied to the beat). */
  time: number;
  /** Fraction fed back per echo, below 1. */
  feedback: number;
  /** Lowpass (Hz) on each repeat so echoes darken like a tape delay. */
  tone: number;
}

/** A stereo ping-pong delay: echoes alternate sides, which widens without smearing the centre. */
export class PingPong {
  private dl: DelayLine;
  private dr: DelayLine;
  private tl: OnePole;
  private tr: OnePole;

  /** Build a delay from its settings. */
  constructor(private o: DelayOptions) {
    this.dl = new DelayLine(o.time * SR);
    this.dr = new DelayLine(o.time * SR);
    this.tl = new OnePole(o.tone);
    this.tr = new OnePole(o.tone);
  }

  /** Process one stereo sample; writes the wet-only output into `out`. */
  tick(l: number, r: number, out: [number, number]): void {
    const yl = this.tl.tick(this.dl.read());
    const yr = this.tr.tick(this.dr.read());
    // Mono input enters the left line; each side feeds the other.
    this.dl.write(0.5 * (l + r) + this.o.feedback * yr);
    this.dr.write(this.o.feedback * yl);
    out[0] = yl;
    out[1] = yr;
  }
}
