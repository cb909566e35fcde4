/**
 * The melancholy song Theodore asks for, D minor, 60 bpm, 16 bars (64 s). Sparse felt piano
 * with room between the notes, echoes that answer the melody, and a dark low pad. The
 * harmony leans on the major seventh and the Dorian sixth (Gm6), sad without being heavy.
 * The second half climbs once, through E-flat major seven (the Neapolitan, the piece's one
 * ache), to its highest note before falling back to A.
 */
import type { Stereo } from '../buffer.ts';
import { feltPiano, pad, softBass } from '../instruments.ts';
import { Mix } from '../mix.ts';
import { padChords, playMelody } from '../parts.ts';
import { rngFor } from '../rng.ts';
import { beatSec, drift, humanVel, loopSamples, type Meter } from '../score.ts';
import { bassNote, chart, melody, voiceChart } from '../theory.ts';

const METER: Meter = { bpm: 60, beatsPerBar: 4, bars: 16 };

const CHORDS = chart(
  `Dm9 | Bbmaj7 | F/A | Gm7 | Dm/F | Bbmaj9 | Gm6 | A7sus4 A7 |
   Bbmaj7 | F/A | Gm9 | Dm/F | Ebmaj7 | Bbmaj7 | Gm6 | Asus4 A7`,
  4,
);

const TUNE = melody(
  `r E5:2 D5 | A4:3 r | r:2 C5 A4 | Bb4:2 A4 G4 |
   A4:3 r | r F5:2 D5 | E5:3 r | D5:2 C#5:2 |
   r F4 A4 D5 | C5:3 r | r Bb4 A4 G4 | A4:3 r |
   r D5 Eb5 G5 | F5:2 D5 C5 | D5:1.5 E5:.5 D5 Bb4 | A4:2 r:2`,
  4,
);

/** Render the melancholy loop. */
export function renderMelancholy(): Stereo {
  const rng = rngFor('music/melancholy');
  const m = METER;
  const spb = beatSec(m);
  const mix = new Mix(loopSamples(m), true);
  const pianoRng = rng.fork('piano');
  const piano = (n: number, v: number, h: number): Float32Array => feltPiano(n, v, h, pianoRng);

  playMelody(mix, TUNE, m, piano, rng.fork('tune-time'), {
    gain: 1,
    pan: 0.05,
    vel: 0.56,
    legato: 1.2,
    timingSd: 0.014,
    lean: 0.02,
    velAt: (beat) => (beat >= 48 && beat < 60 ? 1.12 : 1), // lean into the climb
    sends: { verb: 0.4, echo: 0.3 },
  });

  // Left hand: a low bass note, then two colour tones a beat and a half later.
  const dyads = voiceChart(CHORDS, 2, 53, 64);
  const lhRng = rng.fork('lh');
  CHORDS.forEach((c, i) => {
    const hold = c.beats * spb + 0.3;
    const bass = bassNote(c.chord, 38);
    mix.add(
      piano(bass, humanVel(lhRng, 0.45), hold),
      c.beat * spb + drift(lhRng, 0.01),
      0.9,
      -0.2,
      { verb: 0.35 },
    );
    if (c.beats >= 4) {
      (dyads[i] ?? []).forEach((note, k) => {
        const at = (c.beat + 1.5) * spb + k * 0.03 + drift(lhRng, 0.012);
        mix.add(piano(note, humanVel(lhRng, 0.28), hold - 1.5 * spb), at, 0.8, -0.05 + 0.1 * k, {
          verb: 0.45,
        });
      });
    }
  });

  // Low pad: three voices, dark and slow, with a sub doubling the bass.
  const low = voiceChart(CHORDS, 3, 45, 60);
  const padRng = rng.fork('pad');
  padChords(
    mix,
    CHORDS,
    low,
    m,
    (n, v, h) =>
      pad(n, v, h, padRng, { env: { a: 2.2, d: 3, s: 0.85, r: 2.4 }, cutoff: 700, detune: 7 }),
    {
      gain: 0.3,
      vel: 0.6,
      overlap: 0.4,
      sends: { verb: 0.5 },
    },
  );
  CHORDS.forEach((c) => {
    mix.add(softBass(bassNote(c.chord, 38), 0.4, c.beats * spb), c.beat * spb + 0.02, 0.22, 0);
  });

  return mix.render({
    reverb: { rt60: 3.4, damping: 4200, preDelay: 0.03, size: 1.5 },
    verbReturn: 0.9,
    echo: { time: 0.75 * spb, feedback: 0.38, tone: 1900 },
    echoReturn: 0.4,
    highpass: 30,
    air: 2,
  });
}
