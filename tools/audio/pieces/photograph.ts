/**
 * "A photograph of us": the piece Samantha writes on the beach. G major, 3/4, 90 bpm, 32
 * bars (64 s). A small felt piano rocks in broken chords over a swell that rises and falls
 * every four bars like a tide; the tune is plain and close, and a high line keeps starting
 * to laugh (quick light flicks that never quite become a phrase). Intro and outro share the
 * same two chords, so the loop closes on the tide alone.
 */
import { SR, type Stereo } from '../buffer.ts';
import { feltPiano, pad } from '../instruments.ts';
import { Mix } from '../mix.ts';
import { arpeggiate, barRange, padChords, playMelody, steps } from '../parts.ts';
import { rngFor } from '../rng.ts';
import { beatSec, chordAt, drift, humanVel, loopSamples, type Meter } from '../score.ts';
import { bassNote, chart, melody, notesInRange, voiceChart } from '../theory.ts';
import { loopFiltered } from '../environment.ts';
import { pinkNoise } from '../synth.ts';

const METER: Meter = { bpm: 90, beatsPerBar: 3, bars: 32 };

const CHORDS = chart(
  `Gadd9 | Cmaj7 | Gadd9 | Cmaj7 |
   Gmaj7 | Cmaj9 | Em7 | Am7 | G/B | Cmaj7 | Am7 | Dsus4 |
   Cmaj7 | D/C | Bm7 | Em7 | Am7 | Bm7 | Cmaj7 | D7sus4 |
   Gmaj7 | Cmaj9 | Em7 | Am7 | G/B | Cmaj7 | Am7 | D7sus4 |
   Gadd9 | Cmaj7 | Gadd9 | Cmaj7`,
  3,
);

const A = `D5:2 B4 | E5:2 D5 | B4:1.5 A4:.5 G4 | A4:3 | D5:2 B4 | E5:1.5 D5:.5 C5 | A4:2 G4 | D5:3`;
const TUNE = melody(
  `r:3 | r:3 | r:3 | r:3 | ${A} |
   E5:2 G5 | F#5:2 A5 | F#5:2 D5 | E5:3 | C5:2 E5 | D5:2 F#5 | G5:1.5 F#5:.5 E5 | D5:3 |
   ${A.replace(/D5:3$/, 'D5:1.5 C5:.5 A4')} | G4:3 | r:3 | r:3 | r:3`,
  3,
);

/** Where the high line almost laughs: bar and beat. It answers the tune's long notes. */
const LAUGHS: readonly (readonly [number, number])[] = [
  [2, 1.5],
  [7, 1],
  [11, 1.5],
  [13, 1],
  [15, 1],
  [17, 1.5],
  [19, 1],
  [21, 1.5],
  [23, 1],
  [25, 2],
  [27, 1],
  [29, 1.5],
];

/** The tide: one slow rise and fall every four bars (8 s), eight times per loop. */
function tide(beat: number): number {
  return 0.5 - 0.5 * Math.cos((2 * Math.PI * beat) / 12);
}

/** Render the photograph loop. */
export function renderPhotograph(): Stereo {
  const rng = rngFor('music/photograph');
  const m = METER;
  const spb = beatSec(m);
  const mix = new Mix(loopSamples(m), true);
  const piano = (r: ReturnType<typeof rngFor>) => (n: number, v: number, h: number) =>
    feltPiano(n, v, h, r);
  const bloom = (beat: number): number => (beat < 12 || beat >= 84 ? 0.85 : 1);

  playMelody(mix, TUNE, m, piano(rng.fork('tune')), rng.fork('tune-time'), {
    gain: 1,
    pan: 0.05,
    vel: 0.58,
    legato: 1.15,
    timingSd: 0.012,
    lean: 0.015,
    velAt: (beat) => bloom(beat) * (0.94 + 0.1 * tide(beat)),
    sends: { verb: 0.34, echo: 0.1 },
  });

  // Left hand: bass, fifth and the voiced chord rocking up and back in eighths.
  const upper = voiceChart(CHORDS, 3, 55, 67);
  const rock = steps(0.5, [0, 1, 2, 3, 4, 2], [1, 0.55, 0.62, 0.7, 0.6, 0.5], (i) => 3.2 - i * 0.5);
  arpeggiate(
    mix,
    CHORDS,
    m,
    barRange(0, 32),
    () => rock,
    (i) => {
      const b = bassNote(CHORDS[i]!.chord, 40);
      return [b, b + 7, ...(upper[i] ?? [])];
    },
    piano(rng.fork('lh')),
    rng.fork('lh-time'),
    {
      gain: 0.5,
      pan: -0.15,
      vel: 0.4,
      timingSd: 0.01,
      velAt: (b) => 0.85 + 0.25 * tide(b),
      sends: { verb: 0.3 },
    },
  );

  // The almost-laugh: three or four quick light notes stepping down the chord, accelerating
  // and fading, then one higher grace note that lifts as if about to begin again.
  const lRng = rng.fork('laugh');
  const high = piano(rng.fork('laugh-piano'));
  for (const [bar, at] of LAUGHS) {
    const beat = bar * 3 + at;
    const tones = notesInRange(chordAt(CHORDS, beat).chord.tones, 79, 93);
    let idx = tones.length - lRng.int(1, 3);
    let t = beat * spb + drift(lRng, 0.01);
    const count = lRng.int(3, 4);
    for (let k = 0; k < count; k++) {
      const note = tones[Math.max(0, idx)] ?? 84;
      mix.add(high(note, humanVel(lRng, 0.42 - 0.07 * k), 0.12), t, 0.55, 0.35, {
        verb: 0.45,
        echo: 0.25,
      });
      t += spb * (0.26 - 0.03 * k);
      idx -= k === 1 ? 0 : 1; // the second and third notes repeat: the "ha-ha"
    }
    const lift = tones[Math.min(tones.length - 1, idx + 3)] ?? 86;
    mix.add(high(lift, humanVel(lRng, 0.22), 0.25), t + 0.06, 0.55, 0.4, { verb: 0.55, echo: 0.3 });
  }

  // The swell under it all: a warm low pad and a breath of surf, both on the tide curve.
  const padRng = rng.fork('pad');
  padChords(
    mix,
    CHORDS,
    voiceChart(CHORDS, 3, 50, 64),
    m,
    (n, v, h) =>
      pad(n, v, h, padRng, { env: { a: 1.2, d: 2, s: 0.85, r: 1.6 }, cutoff: 1100, detune: 8 }),
    {
      gain: 0.26,
      vel: 0.6,
      overlap: 0.3,
      levelAt: (b) => 0.45 + 0.75 * tide(b + 1.5),
      sends: { verb: 0.6 },
    },
  );
  const n = mix.n;
  const surf = loopFiltered(pinkNoise(n, rng.fork('surf')), [
    ['lowpass', 900],
    ['highpass', 120],
  ]);
  for (let i = 0; i < n; i++) surf[i] = surf[i]! * (0.15 + 0.85 * tide(i / (spb * SR)) ** 2);
  mix.add(surf, 0, 0.05, 0, { verb: 0.4 });

  return mix.render({
    reverb: { rt60: 2.4, damping: 5200, preDelay: 0.02, size: 1.25 },
    verbReturn: 0.8,
    echo: { time: 1.5 * spb, feedback: 0.3, tone: 2600 },
    echoReturn: 0.45,
    highpass: 32,
    air: 2.5,
  });
}
