import { Howler } from 'howler';
import { settingsStore } from '../state/settings';

/** A short tone: a pitch that may glide, an envelope, a stereo position and an optional echo. */
export interface ToneCue {
  freq: number;
  /** Frequency at the end, for a glide (defaults to `freq`). */
  toFreq?: number;
  seconds: number;
  wave?: OscillatorType;
  /** Peak level before the player's volumes, 0–1. */
  gain: number;
  /** -1 left … 1 right. */
  pan?: number;
  /** Seconds between repeats of a fading echo (a cave), or none. */
  echo?: number;
}

/** A burst of filtered noise: steps, drips on stone, a bump, a rush of air. */
export interface NoiseCue {
  seconds: number;
  /** Band-pass centre in Hz (low: a thud; high: a hiss). */
  band: number;
  gain: number;
  pan?: number;
  echo?: number;
}

let noise: AudioBuffer | null = null;

/** Howler's audio context and master gain, so the player's mute and hidden-tab silence apply. */
function output(): { ctx: AudioContext; master: AudioNode } | null {
  const ctx = Howler.ctx as AudioContext | undefined;
  const master = Howler.masterGain as GainNode | undefined;
  if (!ctx || !master || ctx.state === 'closed') return null;
  return { ctx, master };
}

/** The effects volume the player chose (master × effects). */
function effectsLevel(): number {
  const { masterVolume, effectsVolume } = settingsStore.getState();
  return masterVolume * effectsVolume;
}

/** Routes a source through level, pan and an optional echo, then to the master out. */
function finish(
  ctx: AudioContext,
  master: AudioNode,
  source: AudioNode,
  envelope: GainNode,
  pan = 0,
  echo?: number,
): void {
  const panner = ctx.createStereoPanner();
  panner.pan.value = Math.max(-1, Math.min(1, pan));
  source.connect(envelope).connect(panner).connect(master);
  if (!echo) return;
  const delay = ctx.createDelay(2);
  delay.delayTime.value = echo;
  const feedback = ctx.createGain();
  feedback.gain.value = 0.35;
  const tone = ctx.createBiquadFilter();
  tone.type = 'lowpass';
  tone.frequency.value = 1800; // stone swallows the highs
  panner.connect(delay).connect(tone).connect(feedback).connect(delay);
  feedback.connect(master);
}

/**
 * Plays a synthesised tone now. Interludes make their small sounds in code (steps, drips,
 * pings, bumps) rather than shipping files for each; silent when audio is blocked or muted.
 */
export function playTone(cue: ToneCue): void {
  const out = output();
  const level = cue.gain * effectsLevel();
  if (!out || level <= 0) return;
  const { ctx, master } = out;
  const now = ctx.currentTime;
  const osc = ctx.createOscillator();
  osc.type = cue.wave ?? 'sine';
  osc.frequency.setValueAtTime(cue.freq, now);
  if (cue.toFreq) osc.frequency.exponentialRampToValueAtTime(cue.toFreq, now + cue.seconds);
  const env = ctx.createGain();
  env.gain.setValueAtTime(0.0001, now);
  env.gain.exponentialRampToValueAtTime(level, now + Math.min(0.015, cue.seconds / 4));
  env.gain.exponentialRampToValueAtTime(0.0001, now + cue.seconds);
  finish(ctx, master, osc, env, cue.pan, cue.echo);
  osc.start(now);
  osc.stop(now + cue.seconds + 0.05);
}

/** Plays a burst of band-passed noise now (see `playTone`). */
export function playNoise(cue: NoiseCue): void {
  const out = output();
  const level = cue.gain * effectsLevel();
  if (!out || level <= 0) return;
  const { ctx, master } = out;
  if (!noise) {
    noise = ctx.createBuffer(1, ctx.sampleRate, ctx.sampleRate);
    const data = noise.getChannelData(0);
    let seed = 1;
    for (let i = 0; i < data.length; i++) {
      seed = (seed * 16807) % 2147483647; // deterministic, so every run sounds the same
      data[i] = (seed / 2147483647) * 2 - 1;
    }
  }
  const now = ctx.currentTime;
  const source = ctx.createBufferSource();
  source.buffer = noise;
  const band = ctx.createBiquadFilter();
  band.type = 'bandpass';
  band.frequency.value = cue.band;
  band.Q.value = 1.2;
  const env = ctx.createGain();
  env.gain.setValueAtTime(level, now);
  env.gain.exponentialRampToValueAtTime(0.0001, now + cue.seconds);
  source.connect(band);
  finish(ctx, master, band, env, cue.pan, cue.echo);
  source.start(now, Math.random() * 0.5);
  source.stop(now + cue.seconds + 0.05);
}
