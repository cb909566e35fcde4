/**
 * The letter office, D major, 88 bpm, 24 bars (65 s). Workday music that stays out of the
 * way: a soft marimba ostinato bouncing through a ping-pong echo, felt-piano chords on the
 * downbeat, a round bass, a high airy pad, and short piano phrases like half-written lines.
 * A faint shaker joins for the second eight bars; the last eight are a bridge that leans
 * toward G and F-sharp minor, the marimba turning to a 3+3+2 figure under a longer line.
 */
import type { Stereo } from '../buffer.ts';
import { feltPiano, marimba, pad, shaker, softBass } from '../instruments.ts';
import { Mix } from '../mix.ts';
import { arpeggiate, barRange, padChords, playMelody, type ArpStep } from '../parts.ts';
import { rngFor } from '../rng.ts';
import { beatSec, drift, humanVel, loopSamples, type Meter } from '../score.ts';
import { bassNote, chart, melody, voiceChart } from '../theory.ts';

const METER: Meter = { bpm: 88, beatsPerBar: 4, bars: 24 };

const CHORDS = chart(
  `Dmaj9 | Dmaj9 | Bm9 | Bm7 | Gmaj9 | Gmaj9 | Em9 | A7sus4 |
   Dmaj9 | F#m7 | Bm9 | Bm7 | Gmaj9 | Em9 | Gmaj9 | A7sus4 |
   Gmaj9 | A/G | F#m7 | Bm9 | Em9 | F#m7 | Gmaj9 | A7sus4`,
  4,
);

const PHRASES = melody(
  `r:4 | r:4 | r:2 F#5 A5 | E5:3 r |
   r:4 | r:2 D5 E5 | F#5:1.5 E5:.5 B4:2 | r:4 |
   r:4 | r:2 C#5 E5 | D5:3 r | r:2 F#5 A5 |
   B5:2 A5 F#5 | E5:3 r | r:2 D5 F#5 | E5:4 |
   r:2 B4 D5 | C#5:3 r | r:2 A4 C#5 | D5:1.5 E5:.5 F#5:2 | r:2 G5 F#5 | E5:2 C#5 D5 | B4:3 r | r:4`,
  4,
);

/** Marimba figure in eighths: tone indices into the voiced chord, with breathing rests. */
function figure(bar: number): ArpStep[] {
  // Bridge: dotted quarters (3+3+2 eighths) with a soft echoing eighth, so the pulse widens.
  if (bar >= 16)
    return [0, 1.5, 3].flatMap((at, k) => [
      { at, tone: [0, 2, 3][k]!, vel: 0.8, beats: 1.2 },
      { at: at + 0.5, tone: [2, 1, 1][k]!, vel: 0.42, beats: 0.5 },
    ]);
  const tones = [0, 2, 1, 3, 2, 1, 3, 2];
  const vels = [0.85, 0.5, 0.65, 0.5, 0.75, 0.45, 0.62, 0.5];
  const rest = bar % 2 === 1 ? [5] : [];
  return tones
    .map((tone, i) => ({ at: i * 0.5, tone, vel: vels[i]!, beats: 0.5 }))
    .filter((_, i) => !rest.includes(i));
}

/** Render the office loop. */
export function renderOffice(): Stereo {
  const rng = rngFor('music/office');
  const m = METER;
  const spb = beatSec(m);
  const mix = new Mix(loopSamples(m), true);

  const mallets = voiceChart(CHORDS, 4, 57, 74);
  const marRng = rng.fork('marimba');
  arpeggiate(
    mix,
    CHORDS,
    m,
    barRange(0, 24),
    figure,
    (i) => mallets[i] ?? [],
    (n, v) => marimba(n, v, marRng),
    rng.fork('marimba-time'),
    {
      gain: 0.9,
      pan: 0,
      panWidth: 0.45,
      vel: 0.55,
      timingSd: 0.006,
      velAt: (beat) => (beat < 16 ? 0.85 : 1),
      sends: { verb: 0.25, echo: 0.28 },
    },
  );

  // Piano: a soft voiced chord on each downbeat, rolled from the bottom like a hand landing.
  const chords = voiceChart(CHORDS, 3, 50, 64);
  const pianoRng = rng.fork('piano');
  CHORDS.forEach((c, i) => {
    (chords[i] ?? []).forEach((note, k) => {
      const at = c.beat * spb + k * 0.018 + drift(pianoRng, 0.006);
      mix.add(
        feltPiano(note, humanVel(pianoRng, 0.3), c.beats * spb, pianoRng),
        at,
        0.6,
        -0.15 + 0.08 * k,
        { verb: 0.3 },
      );
    });
  });

  playMelody(mix, PHRASES, m, (n, v, h) => feltPiano(n, v, h, pianoRng), rng.fork('phrase-time'), {
    gain: 1.1,
    pan: 0.15,
    vel: 0.55,
    timingSd: 0.01,
    lean: 0.01,
    sends: { verb: 0.35, echo: 0.2 },
  });

  // Bass: the root held, then a quiet push into beat four.
  CHORDS.forEach((c) => {
    const root = bassNote(c.chord, 38);
    const v = c.beat < 16 ? 0.35 : 0.5;
    mix.add(softBass(root, v, 2.6 * spb), c.beat * spb + 0.008, 0.4, 0);
    mix.add(softBass(root, v * 0.7, 0.8 * spb), (c.beat + 2.5) * spb + 0.008, 0.35, 0);
  });

  const airy = voiceChart(CHORDS, 3, 66, 81);
  const padRng = rng.fork('pad');
  padChords(
    mix,
    CHORDS,
    airy,
    m,
    (n, v, h) =>
      pad(n, v, h, padRng, { env: { a: 1.8, d: 2, s: 0.8, r: 2 }, cutoff: 2400, detune: 11 }),
    {
      gain: 0.22,
      vel: 0.6,
      overlap: 0.3,
      sends: { verb: 0.7 },
    },
  );

  // Shaker from bar 9: offbeats a little louder, pushed right, thinning out in the bridge.
  const shRng = rng.fork('shaker');
  for (let beat = 32; beat < 96; beat += 0.5) {
    const off = beat % 1 !== 0;
    const level = beat < 34 ? 0.3 + 0.35 * (beat - 32) : beat >= 64 ? 0.85 - (beat - 64) / 28 : 1;
    if (level < 0.05) continue; // silent for the bridge's last bars, so the loop restarts bare
    const v = humanVel(shRng, (off ? 0.32 : 0.2) * level, 0.15);
    mix.add(shaker(v, shRng), beat * spb + drift(shRng, 0.005), 0.8, 0.35, { verb: 0.2 });
  }

  return mix.render({
    reverb: { rt60: 1.9, damping: 6000, preDelay: 0.015, size: 1.1 },
    verbReturn: 0.75,
    echo: { time: 0.75 * spb, feedback: 0.3, tone: 3200 },
    echoReturn: 0.45,
    highpass: 35,
    air: 2.5,
  });
}
