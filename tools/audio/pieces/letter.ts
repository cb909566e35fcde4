/**
 * The letter theme for the finale, F major, 66 bpm, 18 bars (65.5 s). Spare felt piano and a
 * soft string section. The tune climbs slowly from C5 to A5 over a bass that walks upward
 * (F G A B-flat, then G A B-flat C D), hopeful under the sadness of the D minor it keeps
 * touching. It stays in the middle of the keyboard and never hurries, so it sits under
 * narration; the last two bars go back to the opening hush so the loop begins again quietly.
 */
import type { Stereo } from '../buffer.ts';
import { feltPiano } from '../instruments.ts';
import { Mix } from '../mix.ts';
import { padChords, playMelody } from '../parts.ts';
import { rngFor } from '../rng.ts';
import { beatSec, drift, humanVel, loopSamples, type Meter } from '../score.ts';
import { bassNote, chart, melody, voiceChart } from '../theory.ts';
import { strings } from '../voices.ts';

const METER: Meter = { bpm: 66, beatsPerBar: 4, bars: 18 };

const CHORDS = chart(
  `Dm9 | Bbmaj9 |
   F | Gm7 | F/A | Bbmaj9 | Dm7 | C/E | F | Bb6 |
   Gm7 | F/A | Bbmaj7 | C | Dm7 | Bbmaj9 |
   Gm9 | Csus4 C`,
  4,
);

const TUNE = melody(
  `r:4 | r:4 |
   C5:2 A4 C5 | D5:3 Bb4 | C5:2 F5:2 | D5:1.5 C5:.5 D5 F5 | A5:3 F5 | G5:2 E5 C5 | F5:3 C5 | D5:4 |
   Bb4:2 D5 F5 | E5:2 C5:2 | D5:1.5 F5:.5 A5:2 | G5:3 E5 | F5:2 E5 D5 | C5:4 |
   r:4 | r:4`,
  4,
);

/** How full the strings are: a breath at the start, growing through the climb, hushed at the end. */
function bow(beat: number): number {
  const bar = beat / 4;
  if (bar < 2 || bar >= 16) return 0.55;
  if (bar < 10) return 0.7 + 0.02 * (bar - 2);
  return 0.9 + 0.04 * (bar - 10);
}

/** Render the letter loop. */
export function renderLetter(): Stereo {
  const rng = rngFor('music/letter');
  const m = METER;
  const spb = beatSec(m);
  const mix = new Mix(loopSamples(m), true);
  const pRng = rng.fork('piano');
  const piano = (n: number, v: number, h: number): Float32Array => feltPiano(n, v, h, pRng);

  playMelody(mix, TUNE, m, piano, rng.fork('tune-time'), {
    gain: 1,
    pan: 0.05,
    vel: 0.52,
    legato: 1.25,
    timingSd: 0.014,
    lean: 0.025,
    velAt: (beat) => 0.9 + 0.12 * (bow(beat) - 0.7),
    sends: { verb: 0.4, echo: 0.12 },
  });

  // Left hand: the bass, then a rolled dyad on beat two and a half, left to ring.
  const dyads = voiceChart(CHORDS, 2, 55, 65);
  const lRng = rng.fork('lh');
  CHORDS.forEach((c, i) => {
    const hold = c.beats * spb + 0.4;
    const at = c.beat * spb + drift(lRng, 0.012);
    mix.add(piano(bassNote(c.chord, 36), humanVel(lRng, 0.42), hold), at, 0.85, -0.2, {
      verb: 0.35,
    });
    if (c.beats < 4) return;
    (dyads[i] ?? []).forEach((note, k) => {
      const t = (c.beat + 1.5) * spb + k * 0.045 + drift(lRng, 0.012);
      mix.add(piano(note, humanVel(lRng, 0.27), hold - 1.5 * spb), t, 0.75, -0.08 + 0.1 * k, {
        verb: 0.45,
      });
    });
  });

  // Strings: a soft section holding the harmony, with cellos on the bass from the climb on.
  const sRng = rng.fork('strings');
  const section = (n: number, v: number, h: number): Stereo =>
    strings(n, v, h, sRng, { a: 1.6, d: 2.5, s: 0.85, r: 2.2 });
  padChords(mix, CHORDS, voiceChart(CHORDS, 4, 53, 70), m, section, {
    gain: 0.55,
    vel: 0.8,
    overlap: 0.35,
    levelAt: bow,
    sends: { verb: 0.65 },
  });
  const celloRng = rng.fork('cello');
  for (const c of CHORDS.filter((c) => c.beat >= 40 && c.beat < 64)) {
    const low = strings(bassNote(c.chord, 36), 0.7, c.beats * spb + 0.3, celloRng, {
      a: 1.1,
      d: 2,
      s: 0.9,
      r: 1.6,
    });
    mix.addStereo(low, c.beat * spb, 0.5 * bow(c.beat), -0.25, { verb: 0.5 });
  }
  // High violins double the peak of the climb an octave up, barely there.
  const vRng = rng.fork('violins');
  for (const n of TUNE.filter((n) => n.beat >= 48 && n.beat < 64)) {
    const v = strings(n.midi + 12, 0.5, n.beats * spb * 1.1, vRng, {
      a: 0.5,
      d: 1.5,
      s: 0.8,
      r: 1.2,
    });
    mix.addStereo(v, n.beat * spb + 0.05, 0.22, 0.3, { verb: 0.8 });
  }

  return mix.render({
    reverb: { rt60: 3.0, damping: 4200, preDelay: 0.028, size: 1.45 },
    verbReturn: 0.85,
    echo: { time: 1.5 * spb, feedback: 0.3, tone: 2000 },
    echoReturn: 0.35,
    highpass: 32,
    air: 1.5,
  });
}
