/**
 * "Something bright", A major, 104 bpm, 28 bars (64.6 s). A fingerpicked nylon-ish pluck
 * opens alone for four bars; then a soft groove (felt kick, snaps, shaker), a plucked bass
 * and a singable piano tune. An eight-bar bridge turns to D and C-sharp minor with a longer,
 * syncopated line, the kit dropping to kick and shaker under harp-like sparkles; the tune
 * returns doubled by a music box an octave up, then thins to the picking so the loop breathes.
 */
import type { Stereo } from '../buffer.ts';
import { BELL_SOFT, bell, feltPiano, pad, pluck } from '../instruments.ts';
import { addGroove } from '../groove.ts';
import { Mix } from '../mix.ts';
import { arpeggiate, barRange, padChords, playMelody, type ArpStep } from '../parts.ts';
import { rngFor } from '../rng.ts';
import { beatSec, chordAt, drift, humanVel, loopSamples, type Meter } from '../score.ts';
import { bassNote, chart, melody, voiceChart } from '../theory.ts';
import { mtof } from '../synth.ts';

const METER: Meter = { bpm: 104, beatsPerBar: 4, bars: 28 };

const CHORDS = chart(
  `A | E/G# | F#m7 | Dmaj7 |
   A | E/G# | F#m7 | Dmaj7 | A/C# | D | Bm7 | E7sus4 E7 |
   Dmaj7 | E | C#m7 | F#m7 | Bm7 | C#m7 | Dmaj7 | E7sus4 E7 |
   A | E/G# | F#m7 | Dmaj7 | A/C# | D | Bm7 | E7sus4 E7`,
  4,
);

const TUNE = melody(
  `r:4 | r:4 | r:4 | r:4 |
   r:.5 E5:.5 C#5:.5 E5:.5 F#5 E5 | B4:2 r:.5 B4:.5 C#5:.5 D5:.5 | C#5 A4 C#5:.5 E5:1.5 | F#5:3 r |
   r:.5 E5:.5 C#5:.5 E5:.5 A5 G#5 | F#5:2 E5:.5 D5:.5 C#5 | D5 B4 C#5:.5 D5:1.5 | E5:3 r |
   F#5:1.5 E5:.5 C#5:2 | B4:1.5 C#5:.5 E5:2 | E5 C#5 B4 G#4 | A4:3 r |
   D5:1.5 C#5:.5 B4:2 | C#5 E5 G#5:2 | F#5:1.5 E5:.5 C#5 A4 | B4:2 r:2 |
   r:.5 E5:.5 C#5:.5 E5:.5 F#5 E5 | B4:2 r:.5 B4:.5 C#5:.5 D5:.5 | C#5 A4 C#5:.5 E5:1.5 | F#5:3 r |
   r:.5 E5:.5 C#5:.5 E5:.5 A5 B5 | A5:2 F#5 E5 | D5 F#5 E5 D5 | E5:2 D5 B4`,
  4,
);

/** Travis-style picking in eighths: alternating bass under a rolling treble. */
function picking(bar: number): ArpStep[] {
  const tones = [0, 3, 2, 4, 1, 3, 2, 4];
  const vels = [0.95, 0.55, 0.62, 0.5, 0.8, 0.55, 0.65, 0.5];
  // Every other bar leaves out the seventh eighth: a small gap that makes the pattern lift.
  return tones
    .map((tone, i) => ({ at: i * 0.5, tone, vel: vels[i]!, beats: i % 2 === 0 ? 1.2 : 0.9 }))
    .filter((_, i) => !(bar % 2 === 1 && i === 6));
}

/** Render the bright loop. */
export function renderBright(): Stereo {
  const rng = rngFor('music/bright');
  const m = METER;
  const spb = beatSec(m);
  const mix = new Mix(loopSamples(m), true);
  const groove = (beat: number): boolean => beat >= 16;
  const bridge = (beat: number): boolean => beat >= 48 && beat < 80;

  // Guitar-like pluck: bass note, its fifth, then a voice-led triad above.
  const treble = voiceChart(CHORDS, 3, 57, 71);
  const gtrRng = rng.fork('guitar');
  const gtr = { brightness: 0.5, t60: 1.6, position: 0.17 };
  arpeggiate(
    mix,
    CHORDS,
    m,
    barRange(0, 28),
    picking,
    (i) => {
      const b = bassNote(CHORDS[i]!.chord, 40);
      return [b, b + 7, ...(treble[i] ?? [])];
    },
    (n, v, h) => pluck(n, v, h, gtrRng, gtr),
    rng.fork('guitar-time'),
    {
      gain: 0.85,
      pan: -0.28,
      panWidth: 0.2,
      vel: 0.6,
      timingSd: 0.007,
      sends: { verb: 0.22, echo: 0.08 },
    },
  );

  // Plucked bass from bar 5: root, a dotted push, and a pickup.
  const bassRng = rng.fork('bass');
  for (let bar = 4; bar < 28; bar++) {
    for (const [at, len, v] of [
      [0, 1.4, 0.9],
      [1.5, 0.9, 0.6],
      [2.5, 1.2, 0.75],
      [3.5, 0.4, 0.5],
    ] as const) {
      const beat = bar * 4 + at;
      const note = bassNote(chordAt(CHORDS, beat).chord, 33);
      const pl = pluck(note, humanVel(bassRng, v), len * spb, bassRng, {
        brightness: 0.22,
        t60: 2.2,
        position: 0.3,
      });
      mix.add(pl, beat * spb + drift(bassRng, 0.005), 0.95, 0, { verb: 0.05 });
    }
  }

  const pianoRng = rng.fork('piano');
  playMelody(mix, TUNE, m, (n, v, h) => feltPiano(n, v, h, pianoRng), rng.fork('tune-time'), {
    gain: 1,
    pan: 0.1,
    vel: 0.68,
    timingSd: 0.007,
    sends: { verb: 0.28, echo: 0.12 },
  });
  // Last pass: a music-box bell an octave up doubles the tune.
  const boxRng = rng.fork('box');
  for (const n of TUNE.filter((n) => n.beat >= 80)) {
    const b = bell(mtof(n.midi + 12), humanVel(boxRng, 0.5), 0.5, boxRng, BELL_SOFT);
    mix.add(b, n.beat * spb + drift(boxRng, 0.006), 0.09, 0.35, { verb: 0.4, echo: 0.3 });
  }
  // Harp-like sparkles through the bridge: high plucks on the offbeat sixteenths of 2 and 4.
  const harpRng = rng.fork('harp');
  for (let bar = 12; bar < 20; bar++) {
    for (const at of [1.5, 1.75, 3.5, 3.75]) {
      const beat = bar * 4 + at;
      const v = treble[CHORDS.indexOf(chordAt(CHORDS, beat))] ?? [];
      const note = (v[(at * 4) % v.length] ?? 69) + 12;
      const p = pluck(note, humanVel(harpRng, 0.4), 0.6, harpRng, {
        brightness: 0.8,
        t60: 1.2,
        position: 0.45,
      });
      mix.add(p, beat * spb + drift(harpRng, 0.005), 0.45, 0.45, { verb: 0.4, echo: 0.35 });
    }
  }

  const warm = voiceChart(CHORDS, 3, 57, 72);
  const padRng = rng.fork('pad');
  padChords(
    mix,
    CHORDS,
    warm,
    m,
    (n, v, h) =>
      pad(n, v, h, padRng, { env: { a: 0.9, d: 1.5, s: 0.8, r: 1.2 }, cutoff: 1800, detune: 10 }),
    {
      gain: 0.32,
      vel: 0.6,
      overlap: 0.2,
      levelAt: (beat) => (groove(beat) ? 1 : 0.55),
      sends: { verb: 0.5 },
    },
  );

  // Soft groove from bar 5; the shaker leads in two bars early and the bridge drops the snaps.
  addGroove(
    mix,
    spb,
    8,
    112,
    (beat) => ({
      kick: groove(beat) ? (bridge(beat) ? 0.8 : 1) : 0,
      snap: groove(beat) && !bridge(beat) ? 1 : 0,
      shaker: groove(beat) ? 1 : (beat - 8) / 8,
    }),
    rng.fork('drums'),
  );

  return mix.render({
    reverb: { rt60: 1.8, damping: 6500, preDelay: 0.012, size: 1.0 },
    verbReturn: 0.7,
    echo: { time: 0.75 * spb, feedback: 0.28, tone: 3500 },
    echoReturn: 0.4,
    highpass: 35,
  });
}
