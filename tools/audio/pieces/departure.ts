/**
 * The departure, D major, 60 bpm, 16 bars (64 s). Harmony changes only every two bars; long
 * pads breathe under a glass-like line that falls more than it rises, and far-off bells
 * answer it from either side through a lot of air. The borrowed G minor six near the end is
 * the bittersweet turn; A sus4 then opens back onto the first chord and the bare opening
 * texture, so the piece ends where it began.
 */
import { SR, type Stereo } from '../buffer.ts';
import { BELL_SOFT, bell, pad, softBass } from '../instruments.ts';
import { Mix } from '../mix.ts';
import { padChords, playMelody } from '../parts.ts';
import { rngFor } from '../rng.ts';
import { beatSec, chordAt, drift, humanVel, loopSamples, type Meter } from '../score.ts';
import { bassNote, chart, melody, notesInRange, voiceChart } from '../theory.ts';
import { addPartial, loopLfo, mtof } from '../synth.ts';
import { glass } from '../voices.ts';

const METER: Meter = { bpm: 60, beatsPerBar: 4, bars: 16 };

// Charted in two-bar units (8 beats), so each pad is one long breath rather than two.
const CHORDS = chart(`Dmaj9 | Bm9 | Gmaj9 | Em9 | D/F# | Gmaj9 | Gm6 | Asus4`, 8);

const LINE = melody(
  `r:4 | r:4 | F#5:3 E5 | D5:4 | B4:2 D5:2 | F#5:4 | E5:3 D5 | B4:4 |
   A5:3 F#5 | E5:4 | D5:3 B4 | D5:2 F#5:2 | D5:2 E5 D5 | Bb4:4 | A4:4 | r:4`,
  4,
);

/** Bells: [beat, offset into the chord's high tones, pan]. Sparse, and never on the line's notes. */
const BELLS: readonly (readonly [number, number, number])[] = [
  [2.5, 2, 0.6],
  [6, 0, -0.55],
  [13.5, 1, 0.5],
  [22, 3, -0.6],
  [26.5, 1, 0.65],
  [30, 0, -0.5],
  [37.5, 2, 0.55],
  [43, 1, -0.6],
  [46.5, 3, 0.5],
  [53.5, 0, -0.55],
  [58, 2, 0.6],
  [61.5, 1, -0.5],
];

/** Render the departure loop. */
export function renderDeparture(): Stereo {
  const rng = rngFor('music/departure');
  const m = METER;
  const spb = beatSec(m);
  const mix = new Mix(loopSamples(m), true);

  const gRng = rng.fork('glass');
  playMelody(mix, LINE, m, (n, v, h) => glass(n, v, h, gRng), rng.fork('line-time'), {
    gain: 0.9,
    pan: 0.05,
    vel: 0.7,
    legato: 1.1,
    timingSd: 0.02,
    sends: { verb: 0.7, echo: 0.3 },
  });

  // Two pads: a warm low one and a high, airy one a little behind it, both slow to speak.
  const warmRng = rng.fork('warm');
  padChords(
    mix,
    CHORDS,
    voiceChart(CHORDS, 4, 50, 67),
    m,
    (n, v, h) =>
      pad(n, v, h, warmRng, { env: { a: 2.8, d: 4, s: 0.9, r: 3.5 }, cutoff: 900, detune: 8 }),
    { gain: 0.34, vel: 0.7, overlap: 1.2, sends: { verb: 0.6 } },
  );
  const airRng = rng.fork('air');
  padChords(
    mix,
    CHORDS,
    voiceChart(CHORDS, 3, 69, 84),
    m,
    (n, v, h) =>
      pad(n, v, h, airRng, { env: { a: 3.5, d: 4, s: 0.8, r: 4 }, cutoff: 3200, detune: 14 }),
    {
      gain: 0.12,
      vel: 0.6,
      overlap: 1.5,
      levelAt: (b) => (b >= 32 && b < 56 ? 1.3 : 0.8),
      sends: { verb: 1 },
    },
  );

  // A sub under each breath of harmony: felt, not heard, on laptop speakers its octave shows.
  for (const c of CHORDS) {
    mix.add(softBass(bassNote(c.chord, 38), 0.35, c.beats * spb), c.beat * spb + 0.3, 0.28, 0);
  }

  // Distant bells: soft glass partials, far away (quiet, mostly reverb and echo).
  const bRng = rng.fork('bells');
  for (const [beat, k, pan] of BELLS) {
    const tones = notesInRange(chordAt(CHORDS, beat).chord.tones, 81, 98);
    const note = tones[k % tones.length] ?? 86;
    const b = bell(mtof(note), humanVel(bRng, 0.7), 0.9, bRng, BELL_SOFT);
    mix.add(b, beat * spb + drift(bRng, 0.02), 0.1, pan, { verb: 1.4, echo: 0.5 });
  }

  // Luminous shimmer: a high D and A that slowly breathe in and out on loop-periodic tremolo.
  const n = mix.n;
  const shimmer = new Float32Array(n);
  addPartial(shimmer, roundTo(mtof(86), n), 1, 0, 0.3);
  addPartial(shimmer, roundTo(mtof(93), n), 0.6, 0, 1.1);
  const breath = loopLfo(n, 8, -Math.PI / 2);
  for (let i = 0; i < n; i++) shimmer[i] = shimmer[i]! * (0.5 + 0.5 * breath[i]!) ** 2;
  mix.add(shimmer, 0, 0.012, 0.2, { verb: 1.2 });

  return mix.render({
    reverb: { rt60: 5.5, damping: 5200, preDelay: 0.045, size: 1.7 },
    verbReturn: 0.9,
    echo: { time: 0.75 * spb, feedback: 0.42, tone: 2200 },
    echoReturn: 0.4,
    highpass: 30,
    air: 2,
  });
}

/** Nudge a frequency to a whole number of cycles per loop, so a drone meets itself at the seam. */
function roundTo(freq: number, n: number): number {
  const loopSec = n / SR;
  return Math.round(freq * loopSec) / loopSec;
}
