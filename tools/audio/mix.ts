/**
 * The mixing desk for one piece: a dry bus plus reverb and echo send buses, all the same
 * length. For loops every bus is circular and the effects run in loop mode, so tails that
 * would spill past the end land on the start instead.
 */
import {
  addScaled,
  mixMono,
  panGains,
  processLoop,
  processLoopStereo,
  processOnce,
  processOnceStereo,
  samples,
  stereo,
  type Stereo,
} from './buffer.ts';
import { PingPong, Reverb, type DelayOptions, type ReverbOptions } from './effects.ts';
import { Biquad } from './filters.ts';

/** How much of a sound goes to each effect (0..1). */
export interface Sends {
  verb?: number;
  echo?: number;
}

/** Final effect settings for a mix. */
export interface MixSettings {
  reverb: ReverbOptions;
  /** Gain of the reverb return. */
  verbReturn: number;
  echo?: DelayOptions;
  /** Gain of the echo return. */
  echoReturn?: number;
  /** Share of the echo return that also goes into the reverb (softens repeats). */
  echoToVerb?: number;
  /** Highpass on the master, Hz, to keep sub-rumble out of laptop speakers. */
  highpass?: number;
  /** High-shelf gain in dB above 3 kHz on the master: a little air for dark, felted mixes. */
  air?: number;
}

/** A set of buses that sounds are placed on, then rendered to one stereo signal. */
export class Mix {
  readonly dry: Stereo;
  readonly verb: Stereo;
  readonly echo: Stereo;

  /** A mix of n samples; `loop` makes every bus circular. */
  constructor(
    readonly n: number,
    readonly loop: boolean,
  ) {
    this.dry = stereo(n);
    this.verb = stereo(n);
    this.echo = stereo(n);
  }

  /** Place a mono sound at `at` seconds, panned, with optional effect sends. */
  add(src: Float32Array, at: number, gain: number, pan: number, sends: Sends = {}): void {
    const start = samples(at);
    mixMono(this.dry, src, start, gain, pan, this.loop);
    if (sends.verb) mixMono(this.verb, src, start, gain * sends.verb, pan, this.loop);
    if (sends.echo) mixMono(this.echo, src, start, gain * sends.echo, pan, this.loop);
  }

  /** Place a stereo sound at `at` seconds; `pan` narrows it toward one side. */
  addStereo(src: Stereo, at: number, gain: number, pan = 0, sends: Sends = {}): void {
    const start = samples(at);
    // Balance control: attenuate the far side, keep the stereo image otherwise intact.
    const [gl, gr] = panGains(pan);
    const bl = gl / Math.SQRT1_2 > 1 ? 1 : gl / Math.SQRT1_2;
    const br = gr / Math.SQRT1_2 > 1 ? 1 : gr / Math.SQRT1_2;
    const put = (bus: Stereo, g: number): void => {
      addScaled(bus.l, src.l, start, g * bl, this.loop);
      addScaled(bus.r, src.r, start, g * br, this.loop);
    };
    put(this.dry, gain);
    if (sends.verb) put(this.verb, gain * sends.verb);
    if (sends.echo) put(this.echo, gain * sends.echo);
  }

  /** Run the effects and sum everything to the final stereo signal. */
  render(s: MixSettings): Stereo {
    const out = stereo(this.n);
    const runStereo = (
      input: Stereo,
      fx: { tick(l: number, r: number, o: [number, number]): void },
    ): Stereo =>
      this.loop
        ? processLoopStereo(input, (l, r, o) => fx.tick(l, r, o), 2)
        : processOnceStereo(input, (l, r, o) => fx.tick(l, r, o));
    if (s.echo) {
      const echoed = runStereo(this.echo, new PingPong(s.echo));
      const back = s.echoReturn ?? 0.5;
      addScaled(out.l, echoed.l, 0, back, false);
      addScaled(out.r, echoed.r, 0, back, false);
      const toVerb = s.echoToVerb ?? 0.3;
      addScaled(this.verb.l, echoed.l, 0, toVerb, false);
      addScaled(this.verb.r, echoed.r, 0, toVerb, false);
    }
    const wet = runStereo(this.verb, new Reverb(s.reverb));
    addScaled(out.l, this.dry.l, 0, 1, false);
    addScaled(out.r, this.dry.r, 0, 1, false);
    addScaled(out.l, wet.l, 0, s.verbReturn, false);
    addScaled(out.r, wet.r, 0, s.verbReturn, false);
    for (const ch of ['l', 'r'] as const) {
      const hp = new Biquad('highpass', s.highpass ?? 20, 0.7);
      const shelf = new Biquad('highshelf', 3000, 0.7, s.air ?? 0);
      const tick = (x: number): number => shelf.tick(hp.tick(x));
      out[ch] = this.loop ? processLoop(out[ch], tick) : processOnce(out[ch], tick);
    }
    return out;
  }
}
