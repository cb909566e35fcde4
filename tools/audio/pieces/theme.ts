/**
 * Main theme, E-flat major, 74 bpm, 20 bars (65 s). An eight-bar tune on felt piano over a
 * soft pad with a spare left hand; a four-bar bridge that climbs through A-flat and G minor
 * to the tune's highest note, the pad opening and the left hand in rolled quarters; then the
 * tune again with flowing arpeggios and a quiet octave shimmer. The last ending borrows
 * A-flat minor (iv) for the wistful turn before the loop returns home.
 */
import type { Stereo } from '../buffer.ts';
import { feltPiano, pad, softBass } from '../instruments.ts';
import { Mix } from '../mix.ts';
import { arpeggiate, barRange, padChords, playMelody, steps } from '../parts.ts';
import { rngFor } from '../rng.ts';
import { beatSec, loopSamples, type Meter } from '../score.ts';
import { bassNote, chart, melody, voiceChart } from '../theory.ts';

const METER: Meter = { bpm: 74, beatsPerBar: 4, bars: 20 };

const CHORDS = chart(
  `Ebmaj9 | Gm7 | Cm9 | Abmaj7 | Eb/G | Abmaj9 | Fm9 | Bb7sus4 Bb7 |
   Abmaj9 | Bb/Ab | Gm7 Cm7 | Fm9 Bb7 |
   Ebmaj9 | Gm7 | Cm9 | Abmaj7 | Eb/G | Abmaj7 | Abm6 | Bb7sus4 Bb7`,
  4,
);

const TUNE = melody(
  `Bb4:1.5 G4:.5 Bb4 C5 | D5:3 Bb4 | Eb5 D5 C5 Bb4 | C5:3 r |
   Bb4:1.5 G4:.5 F4 Eb4 | G4:3 Eb4 | F4 G4 Ab4 C5 | Bb4:2 r:2 |
   Eb5:1.5 F5:.5 G5:2 | F5:1.5 Eb5:.5 D5:2 | D5 Eb5 G5:1.5 F5:.5 | F5:2 Eb5 D5 |
   Bb4:1.5 G4:.5 Bb4 C5 | D5:2 F5 D5 | Eb5:1.5 D5:.5 C5 Bb4 | C5:2 Ab4 Bb4 |
   G4:1.5 Bb4:.5 Eb5 D5 | C5:3 Bb4 | Ab4:2 Cb5 Ab4 | F4:2 G4 Ab4`,
  4,
);

/** Dynamics over the 20 bars: start hushed, bloom through the bridge, settle so the loop restarts softly. */
function swell(beat: number): number {
  const bar = beat / 4;
  if (bar < 8) return 0.85 + 0.02 * bar;
  if (bar < 12) return 1 + 0.05 * (bar - 8);
  if (bar < 18) return 1.2 - 0.01 * (bar - 12);
  return 1.14 - 0.12 * (bar - 18);
}

/** Render the main theme loop. */
export function renderTheme(): Stereo {
  const rng = rngFor('music/theme');
  const m = METER;
  const mix = new Mix(loopSamples(m), true);
  const spb = beatSec(m);
  const piano = (r: ReturnType<typeof rngFor>) => (n: number, v: number, h: number) =>
    feltPiano(n, v, h, r);

  // Melody, a touch behind the beat like a player taking their time.
  playMelody(mix, TUNE, m, piano(rng.fork('tune')), rng.fork('tune-time'), {
    gain: 1,
    pan: 0.08,
    vel: 0.62,
    timingSd: 0.008,
    lean: 0.012,
    velAt: swell,
    sends: { verb: 0.32, echo: 0.1 },
  });
  // Second time through: the tune an octave up, very quietly, for shimmer.
  const shimmer = TUNE.filter((n) => n.beat >= 48 && n.beat < 76).map((n) => ({
    ...n,
    midi: n.midi + 12,
  }));
  playMelody(mix, shimmer, m, piano(rng.fork('shimmer')), rng.fork('shimmer-time'), {
    gain: 0.32,
    pan: 0.3,
    vel: 0.4,
    timingSd: 0.01,
    lean: 0.02,
    sends: { verb: 0.55, echo: 0.25 },
  });

  // Left hand: bass from the chart, three voice-led tones above it.
  const upper = voiceChart(CHORDS, 3, 48, 62);
  const tones = (i: number): number[] => {
    const c = CHORDS[i]!;
    return [bassNote(c.chord, 36), ...(upper[i] ?? [])];
  };
  // Sustain pedal: every note rings to the end of its half bar.
  const pedal = (at: number): number => (at < 2 ? 2 - at : 4 - at) + 0.25;
  const spare = [
    { at: 0, tone: 0, vel: 1, beats: pedal(0) },
    { at: 1, tone: 1, vel: 0.7, beats: pedal(1) },
    { at: 1.5, tone: 2, vel: 0.6, beats: pedal(1.5) },
    { at: 2, tone: 3, vel: 0.75, beats: pedal(2) },
    { at: 3, tone: 2, vel: 0.6, beats: pedal(3) },
  ];
  // Bridge: rolled quarter-note chords, so the texture changes as the harmony moves away.
  const rolled = [0, 1, 2, 3].flatMap((beat) =>
    [0, 1, 2, 3].map((tone, k) => ({
      at: beat + 0.03 * k,
      tone,
      vel: 0.75 - 0.06 * k,
      beats: 1.1,
    })),
  );
  const flowing = steps(
    0.5,
    [0, 1, 2, 3, 1, 2, 3, 2],
    [1, 0.62, 0.7, 0.66, 0.8, 0.6, 0.68, 0.58],
    (i) => pedal(i * 0.5),
  );
  arpeggiate(
    mix,
    CHORDS,
    m,
    barRange(0, 20),
    (bar) => (bar < 8 ? spare : bar < 12 ? rolled : flowing),
    tones,
    piano(rng.fork('lh')),
    rng.fork('lh-time'),
    {
      gain: 0.52,
      pan: -0.12,
      vel: 0.42,
      timingSd: 0.01,
      velAt: swell,
      sends: { verb: 0.3 },
    },
  );

  // Pad: four voice-led tones, warmer and fuller in the second half.
  const padVoicing = voiceChart(CHORDS, 4, 51, 67);
  const padRng = rng.fork('pad');
  padChords(
    mix,
    CHORDS,
    padVoicing,
    m,
    (n, v, h) =>
      pad(n, v, h, padRng, { env: { a: 1.4, d: 2, s: 0.8, r: 1.8 }, cutoff: 1300, detune: 9 }),
    {
      gain: 0.3,
      vel: 0.6,
      overlap: 0.15,
      levelAt: (beat) => (beat < 32 ? 0.7 : beat < 48 ? 1.15 : 1),
      sends: { verb: 0.6 },
    },
  );
  // A round bass from the bridge on, doubling the piano's lowest note.
  for (const c of CHORDS.filter((c) => c.beat >= 32)) {
    mix.add(softBass(bassNote(c.chord, 36), 0.5, c.beats * spb), c.beat * spb + 0.01, 0.3, 0, {
      verb: 0.1,
    });
  }

  return mix.render({
    reverb: { rt60: 2.6, damping: 4800, preDelay: 0.022, size: 1.3 },
    verbReturn: 0.85,
    echo: { time: 1.5 * spb, feedback: 0.32, tone: 2400 },
    echoReturn: 0.5,
    highpass: 32,
    air: 3,
  });
}
