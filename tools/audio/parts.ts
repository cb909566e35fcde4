/**
 * Part writers shared by the music pieces: a melody player with phrasing, a chord pad with
 * voice leading, and a pattern-driven arpeggiator. Each places humanised notes on a Mix.
 */
import type { Stereo } from './buffer.ts';
import type { Mix, Sends } from './mix.ts';
import type { Rng } from './rng.ts';
import { beatSec, chordIndexAt, drift, humanVel, type Meter } from './score.ts';
import type { Note, TimedChord } from './theory.ts';

/** Renders one mono note: MIDI pitch, velocity 0..1, seconds held. */
export type MonoVoice = (midi: number, vel: number, hold: number) => Float32Array;

/** Renders one stereo note (pads). */
export type StereoVoice = (midi: number, vel: number, hold: number) => Stereo;

/** Placement shared by all parts. */
export interface PartOptions {
  gain: number;
  pan: number;
  sends?: Sends;
  /** Timing deviation in seconds (humanising). */
  timingSd: number;
  /** A constant lean behind (positive) or ahead of the beat, in seconds. */
  lean?: number;
}

/** Stereo position for a pitch, like sitting at a piano: low notes left, high notes right. */
export function keyboardPan(midi: number, centre: number, width: number): number {
  return centre + width * Math.max(-1, Math.min(1, (midi - 64) / 24));
}

/**
 * Play a melody. Velocity follows the line: notes higher than the phrase average and
 * longer notes lean in a little, downbeats are firmer, which is how a pianist shapes a tune.
 */
export function playMelody(
  mix: Mix,
  notes: readonly Note[],
  m: Meter,
  voice: MonoVoice,
  rng: Rng,
  o: PartOptions & { vel: number; legato?: number; velAt?: (beat: number) => number },
): void {
  const spb = beatSec(m);
  const mean = notes.reduce((a, n) => a + n.midi, 0) / Math.max(1, notes.length);
  for (const n of notes) {
    const accent = n.beat % m.beatsPerBar === 0 ? 1.06 : n.beat % 1 === 0 ? 1 : 0.93;
    const contour = 1 + 0.012 * (n.midi - mean) + 0.03 * Math.min(2, n.beats - 1);
    const shape = o.velAt ? o.velAt(n.beat) : 1;
    const vel = humanVel(rng, o.vel * accent * contour * shape, 0.07);
    const at = n.beat * spb + (o.lean ?? 0) + drift(rng, o.timingSd);
    const hold = n.beats * spb * (o.legato ?? 1.05);
    mix.add(voice(n.midi, vel, hold), at, o.gain, keyboardPan(n.midi, o.pan, 0.12), o.sends);
  }
}

/** Sustain each chord's voicing as a pad, overlapping slightly into the next chord. */
export function padChords(
  mix: Mix,
  chords: readonly TimedChord[],
  voicings: readonly (readonly number[])[],
  m: Meter,
  voice: StereoVoice,
  o: {
    gain: number;
    vel: number;
    overlap: number;
    sends?: Sends;
    levelAt?: (beat: number) => number;
  },
): void {
  const spb = beatSec(m);
  chords.forEach((c, i) => {
    const level = o.levelAt ? o.levelAt(c.beat) : 1;
    for (const note of voicings[i] ?? []) {
      mix.addStereo(
        voice(note, o.vel, c.beats * spb + o.overlap),
        c.beat * spb,
        o.gain * level,
        0,
        o.sends,
      );
    }
  });
}

/** One step of an arpeggio pattern: when (beats into the bar), which tone, how long, how hard. */
export interface ArpStep {
  at: number;
  tone: number;
  beats: number;
  vel: number;
}

/**
 * Arpeggiate chords bar by bar. `tones(i)` gives the ordered pitches for chord i (bass first);
 * steps index into it, wrapping upward an octave if the index runs past the end.
 */
export function arpeggiate(
  mix: Mix,
  chords: readonly TimedChord[],
  m: Meter,
  bars: readonly number[],
  pattern: (bar: number) => readonly ArpStep[],
  tones: (chordIndex: number) => readonly number[],
  voice: MonoVoice,
  rng: Rng,
  o: PartOptions & { vel: number; velAt?: (beat: number) => number; panWidth?: number },
): void {
  const spb = beatSec(m);
  const planned: { note: number; beat: number; beats: number; vel: number }[] = [];
  for (const bar of bars) {
    for (const step of pattern(bar)) {
      const beat = bar * m.beatsPerBar + step.at;
      const t = tones(chordIndexAt(chords, beat));
      if (t.length === 0) continue;
      const note = (t[step.tone % t.length] ?? 0) + 12 * Math.floor(step.tone / t.length);
      const shape = o.velAt ? o.velAt(beat) : 1;
      planned.push({ note, beat, beats: step.beats, vel: o.vel * step.vel * shape });
    }
  }
  // A key struck again while still sounding is damped first, as on a real piano; otherwise
  // two copies of the same string would sum with arbitrary phase and swell or cancel.
  const loopBeats = m.bars * m.beatsPerBar;
  for (const p of planned) {
    let next = Infinity;
    for (const q of planned) {
      if (q === p || q.note !== p.note) continue;
      const gap = (q.beat - p.beat + loopBeats) % loopBeats;
      if (gap > 0 && gap < next) next = gap;
    }
    p.beats = Math.min(p.beats, next + 0.05);
  }
  for (const p of planned) {
    const vel = humanVel(rng, p.vel, 0.1);
    const at = p.beat * spb + (o.lean ?? 0) + drift(rng, o.timingSd);
    mix.add(
      voice(p.note, vel, p.beats * spb),
      at,
      o.gain,
      keyboardPan(p.note, o.pan, o.panWidth ?? 0.25),
      o.sends,
    );
  }
}

/** Bars [from, to) as a list, for choosing where a part plays. */
export function barRange(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

/** Steps at evenly spaced positions with given tones, velocities and a shared length. */
export function steps(
  every: number,
  toneList: readonly (number | null)[],
  vels: readonly number[],
  beats: number | ((i: number) => number),
): ArpStep[] {
  const out: ArpStep[] = [];
  toneList.forEach((tone, i) => {
    if (tone === null) return;
    out.push({
      at: i * every,
      tone,
      vel: vels[i % vels.length] ?? 1,
      beats: typeof beats === 'number' ? beats : beats(i),
    });
  });
  return out;
}
