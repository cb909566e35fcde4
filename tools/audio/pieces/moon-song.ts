/**
 * The moon song from the cabin, C major, 96 bpm, 26 bars (65 s). A nylon-strung ukulele
 * strums close four-note shapes under a hummed line with no words: "oo" for the verse, "ah"
 * for the second verse and the lifted bridge, a closing "mm". Warm and a little lo-fi: a
 * cassette wobble on the whole mix, a rolled-off top and a breath of tape hiss.
 */
import { SR, type Stereo } from '../buffer.ts';
import { pluck, softBass } from '../instruments.ts';
import { Mix } from '../mix.ts';
import { rngFor } from '../rng.ts';
import { beatSec, chordAt, drift, humanVel, loopSamples, type Meter } from '../score.ts';
import { bassNote, chart, melody, voiceChart, type Note } from '../theory.ts';
import { hummed, type VowelName } from '../voices.ts';
import { tapeWobble } from '../lofi.ts';

const METER: Meter = { bpm: 96, beatsPerBar: 4, bars: 26 };

const VERSE = `C | Em7 | Fmaj7 | C/E | Dm7 | G | Am7 | G7sus4 G7`;
const CHORDS = chart(
  `Fmaj7 | G7sus4 G7 | ${VERSE} |
   C | Em7 | Fmaj7 | C/E | Dm7 | G | Fmaj7 G7 | C |
   Am7 | Em7 | Fmaj7 | C/E | Dm7 | G7sus4 G7 | C | Am7`,
  4,
);

const LINE = `G4:1.5 E4:.5 G4 A4 | B4:3 G4 | A4:1.5 F4:.5 A4 C5 | G4:3 r |
  F4:1.5 D4:.5 F4 A4 | B4:2 D5 B4`;
const TUNE = melody(
  `r:4 | r:4 | ${LINE} | C5:1.5 B4:.5 A4 G4 | C5:2 B4:2 |
   ${LINE} | A4 C5 D5 B4 | C5:3 r |
   E5:1.5 D5:.5 C5 E5 | D5:3 B4 | C5:1.5 A4:.5 C5 E5 | G5:2 E5:2 |
   F5:1.5 E5:.5 D5 C5 | D5:2 B4:2 | C5:4 | r:4`,
  4,
);

/** Which vowel each section is hummed on. */
function vowelAt(beat: number): VowelName {
  if (beat < 40) return 'oo';
  if (beat >= 96) return 'mm';
  return 'ah';
}

/** Beats where the singer takes a new breath even though the line is joined. */
const BREATHS = [40, 72, 96];

/** Strum in eighths, down-down-up-up-down-up; a rest on the "and" of one lets it swing. */
const STRUM: readonly (readonly [number, boolean, number])[] = [
  [0, true, 0.9],
  [1, true, 0.6],
  [1.5, false, 0.45],
  [2.5, false, 0.5],
  [3, true, 0.7],
  [3.5, false, 0.45],
];

/** Render the moon-song loop. */
export function renderMoonSong(): Stereo {
  const rng = rngFor('music/moon_song');
  const m = METER;
  const spb = beatSec(m);
  const mix = new Mix(loopSamples(m), true);

  // Ukulele: four voice-led strings in the uke's small compass (C4-E5), strummed with a spread.
  const shapes = voiceChart(CHORDS, 4, 60, 76);
  const uRng = rng.fork('uke');
  const uke = { brightness: 0.42, t60: 1.8, position: 0.22 };
  for (let bar = 0; bar < m.bars; bar++) {
    for (const [k, [at, down, v]] of STRUM.entries()) {
      // Strings ring until the next strum takes them (no palm muting): a rest in the
      // pattern is a held chord, not a hole, which matters when the uke plays alone.
      const next = STRUM[k + 1]?.[0] ?? 4 + STRUM[0]![0];
      const ring = (next - at) * spb + 0.02;
      const beat = bar * 4 + at;
      const shape = shapes[CHORDS.indexOf(chordAt(CHORDS, beat))] ?? [];
      const order = down ? shape : [...shape].reverse();
      const start = beat * spb + drift(uRng, 0.006);
      order.forEach((note, j) => {
        const vel = humanVel(uRng, v * (down ? 1 : 0.8) * (1 - 0.06 * j));
        const p = pluck(note, vel, ring, uRng, uke);
        mix.add(p, start + j * 0.012, 0.55, -0.2 + 0.1 * j, { verb: 0.2 });
      });
    }
  }

  // A soft thumb-bass on one and three under the verses, so the little uke has a floor.
  const bRng = rng.fork('bass');
  for (let beat = 8; beat < 96; beat += 2) {
    const note = bassNote(chordAt(CHORDS, beat).chord, 36);
    mix.add(softBass(note, humanVel(bRng, 0.4), 1.6 * spb), beat * spb + 0.01, 0.3, 0);
  }

  // The hummed line, phrase by phrase: notes joined when they touch, split at rests.
  const vRng = rng.fork('voice');
  const phrases: Note[][] = [];
  for (const n of TUNE) {
    const cur = phrases[phrases.length - 1];
    const prev = cur?.[cur.length - 1];
    if (
      cur &&
      prev &&
      Math.abs(prev.beat + prev.beats - n.beat) < 1e-9 &&
      !BREATHS.includes(n.beat)
    )
      cur.push(n);
    else phrases.push([n]);
  }
  for (const ph of phrases) {
    const at0 = ph[0]!.beat;
    const line = ph.map((n) => ({ at: (n.beat - at0) * spb, dur: n.beats * spb, midi: n.midi }));
    const voice = hummed(line, humanVel(vRng, 0.9, 0.04), vowelAt(at0), vRng);
    mix.add(voice, at0 * spb + 0.03 + drift(vRng, 0.01), 0.42, 0.08, { verb: 0.35, echo: 0.18 });
  }

  const out = mix.render({
    reverb: { rt60: 1.5, damping: 4200, preDelay: 0.018, size: 0.9 },
    verbReturn: 0.6,
    echo: { time: 0.75 * spb, feedback: 0.25, tone: 2200 },
    echoReturn: 0.35,
    highpass: 40,
  });
  return tapeWobble(
    out,
    { cycles: 48, depth: 0.0009, cutoff: 6500, hiss: 0.0025 },
    rng.fork('tape'),
    SR,
  );
}
