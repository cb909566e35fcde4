/** The cave's small sounds, made in code: echoing steps, drips, the beacon's ping, bumps. */
import { playNoise, playTone } from '../../audio/synth-cues';

/** Seconds between a sound and its echo off the cave walls. */
const ECHO = 0.24;

/** Keeps a sound inside the stereo field: -1 left … 1 right. */
const clampPan = (pan: number) => Math.max(-0.9, Math.min(0.9, pan));

/** A padded boot on stone, alternating a little in pitch, with the cave answering. */
export function footstep(left: boolean): void {
  playNoise({
    seconds: 0.09,
    band: left ? 260 : 310,
    gain: 0.22,
    pan: left ? -0.12 : 0.12,
    echo: ECHO,
  });
}

/** A drip landing somewhere in the cave (quieter and further to one side when far). */
export function drip(pan: number, level: number): void {
  const pitch = 1300 + Math.random() * 500;
  playTone({
    freq: pitch,
    toFreq: pitch * 0.55,
    seconds: 0.14,
    gain: 0.16 * level,
    pan: clampPan(pan),
    echo: 0.31,
  });
}

/** The ship's beacon: a soft two-note ping, louder as he gets closer. */
export function ping(level: number, pan: number): void {
  playTone({ freq: 988, seconds: 0.5, gain: 0.12 * level, pan: clampPan(pan), echo: 0.38 });
  playTone({ freq: 1319, seconds: 0.7, gain: 0.08 * level, pan: clampPan(pan), echo: 0.38 });
}

/** Knocked flat: a thud and a squeak of suit. */
export function thud(): void {
  playNoise({ seconds: 0.22, band: 140, gain: 0.5, echo: ECHO });
  playTone({ freq: 520, toFreq: 300, seconds: 0.16, wave: 'triangle', gain: 0.08 });
}

/** A rock bumped into. */
export function bump(): void {
  playNoise({ seconds: 0.08, band: 180, gain: 0.18, echo: ECHO });
}

/** Fungus lighting up under his glove: a glassy chime. */
export function chime(hue: 'cyan' | 'pink' | 'lime'): void {
  const base = hue === 'cyan' ? 1568 : hue === 'pink' ? 1760 : 1397;
  playTone({ freq: base, seconds: 0.6, wave: 'sine', gain: 0.07, echo: 0.3 });
}

/** The child's voice under his lines: quick high chirps (Samantha and Theodore speak silently). */
export function chatter(words: number): void {
  for (let i = 0; i < Math.min(4, Math.ceil(words / 4)); i++) {
    setTimeout(() => {
      const f = 700 + Math.random() * 600;
      playTone({
        freq: f,
        toFreq: f * (Math.random() < 0.5 ? 1.4 : 0.7),
        seconds: 0.07,
        wave: 'square',
        gain: 0.035,
      });
    }, i * 85);
  }
}

/** The hologram pausing (a falling glide) or starting again (rising). */
export function freeze(up: boolean): void {
  playTone({
    freq: up ? 220 : 660,
    toFreq: up ? 660 : 180,
    seconds: 0.6,
    wave: 'triangle',
    gain: 0.1,
  });
}

/** Rock sliding aside: the hidden tunnel opening. */
export function rumble(): void {
  playNoise({ seconds: 1.2, band: 90, gain: 0.45, echo: 0.3 });
}

/** Climbing aboard: a bright rising phrase. */
export function aboard(): void {
  [784, 988, 1175, 1568].forEach((freq, i) =>
    setTimeout(() => playTone({ freq, seconds: 0.4, gain: 0.09, echo: 0.3 }), i * 120),
  );
}
