/**
 * Audio buffers and mixing. A looping piece is rendered into a circular buffer: anything that
 * runs past the end (a ringing note, a reverb tail) wraps onto the start, which is what makes
 * the loop point seamless instead of cutting tails off.
 */

/** Output sample rate for every file. */
export const SR = 44100;

/** A stereo signal as two equal-length channels. */
export interface Stereo {
  l: Float32Array;
  r: Float32Array;
}

/** A silent stereo buffer of n samples. */
export function stereo(n: number): Stereo {
  return { l: new Float32Array(n), r: new Float32Array(n) };
}

/** Seconds to a whole number of samples. */
export function samples(seconds: number): number {
  return Math.round(seconds * SR);
}

/** Equal-power pan gains for pan in [-1, 1]; centre gives 0.707 to each side. */
export function panGains(pan: number): [number, number] {
  const a = ((Math.max(-1, Math.min(1, pan)) + 1) * Math.PI) / 4;
  return [Math.cos(a), Math.sin(a)];
}

/**
 * Add a mono signal into a stereo buffer at a sample offset, panned. With wrap, samples past
 * either end fold around (loop rendering); without, they are dropped (one-shots).
 */
export function mixMono(
  dst: Stereo,
  src: Float32Array,
  start: number,
  gain: number,
  pan: number,
  wrap: boolean,
): void {
  const [gl, gr] = panGains(pan);
  addScaled(dst.l, src, start, gain * gl, wrap);
  addScaled(dst.r, src, start, gain * gr, wrap);
}

/** dst[start + i] += gain * src[i], folding indices into range when wrap is set. */
export function addScaled(
  dst: Float32Array,
  src: Float32Array,
  start: number,
  gain: number,
  wrap: boolean,
): void {
  const n = dst.length;
  if (gain === 0 || n === 0) return;
  if (wrap) {
    let j = ((start % n) + n) % n;
    for (let i = 0; i < src.length; i++) {
      dst[j] = dst[j]! + gain * src[i]!;
      if (++j === n) j = 0;
    }
  } else {
    const from = Math.max(0, -start);
    const to = Math.min(src.length, n - start);
    for (let i = from; i < to; i++) dst[start + i] = dst[start + i]! + gain * src[i]!;
  }
}

/** Largest absolute sample across channels. */
export function peak(...channels: Float32Array[]): number {
  let p = 0;
  for (const ch of channels) for (let i = 0; i < ch.length; i++) p = Math.max(p, Math.abs(ch[i]!));
  return p;
}

/** Root-mean-square level across channels. */
export function rms(...channels: Float32Array[]): number {
  let s = 0;
  let n = 0;
  for (const ch of channels) {
    for (let i = 0; i < ch.length; i++) s += ch[i]! * ch[i]!;
    n += ch.length;
  }
  return n === 0 ? 0 : Math.sqrt(s / n);
}

/** Linear gain to decibels. */
export function toDb(gain: number): number {
  return 20 * Math.log10(Math.max(gain, 1e-12));
}

/** Decibels to linear gain. */
export function fromDb(db: number): number {
  return 10 ** (db / 20);
}

/** Multiply channels in place by a constant. */
export function scale(gain: number, ...channels: Float32Array[]): void {
  for (const ch of channels) for (let i = 0; i < ch.length; i++) ch[i] = ch[i]! * gain;
}

/**
 * Run a stateful per-sample process over a looping signal so its state at the end matches
 * the start: one warm-up pass over the loop (output discarded) settles filters and reverb
 * tails, then the kept pass already contains the tail of the previous repetition. `tick`
 * also gets the sample index, for filters swept by a loop-periodic curve.
 */
export function processLoop(
  input: Float32Array,
  tick: (x: number, i: number) => number,
  warmupPasses = 1,
): Float32Array {
  for (let p = 0; p < warmupPasses; p++) for (let i = 0; i < input.length; i++) tick(input[i]!, i);
  const out = new Float32Array(input.length);
  for (let i = 0; i < input.length; i++) out[i] = tick(input[i]!, i);
  return out;
}

/** Stereo version of processLoop for processes that mix channels (reverb, ping-pong delay). */
export function processLoopStereo(
  input: Stereo,
  tick: (l: number, r: number, out: [number, number]) => void,
  warmupPasses = 1,
): Stereo {
  const n = input.l.length;
  const o: [number, number] = [0, 0];
  for (let p = 0; p < warmupPasses; p++)
    for (let i = 0; i < n; i++) tick(input.l[i]!, input.r[i]!, o);
  const out = stereo(n);
  for (let i = 0; i < n; i++) {
    tick(input.l[i]!, input.r[i]!, o);
    out.l[i] = o[0];
    out.r[i] = o[1];
  }
  return out;
}

/** Run a per-sample process once over a one-shot signal (no wrap-around). */
export function processOnce(input: Float32Array, tick: (x: number) => number): Float32Array {
  const out = new Float32Array(input.length);
  for (let i = 0; i < input.length; i++) out[i] = tick(input[i]!);
  return out;
}

/** Stereo version of processOnce. */
export function processOnceStereo(
  input: Stereo,
  tick: (l: number, r: number, out: [number, number]) => void,
): Stereo {
  const n = input.l.length;
  const o: [number, number] = [0, 0];
  const out = stereo(n);
  for (let i = 0; i < n; i++) {
    tick(input.l[i]!, input.r[i]!, o);
    out.l[i] = o[0];
    out.r[i] = o[1];
  }
  return out;
}

/** Fold a stereo buffer down to mono (average of the channels). */
export function toMono(s: Stereo): Float32Array {
  const out = new Float32Array(s.l.length);
  for (let i = 0; i < out.length; i++) out[i] = 0.5 * (s.l[i]! + s.r[i]!);
  return out;
}

/** Fade the last `seconds` of one-shot channels to silence, so a sound never ends on a step. */
export function fadeOutTail(seconds: number, ...channels: Float32Array[]): void {
  for (const ch of channels) {
    const n = Math.min(ch.length, samples(seconds));
    for (let i = 0; i < n; i++) {
      const k = ch.length - n + i;
      const g = 0.5 + 0.5 * Math.cos((Math.PI * (i + 1)) / n);
      ch[k] = ch[k]! * g;
    }
  }
}
