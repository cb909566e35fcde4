/**
 * Just enough music theory to write the pieces as readable text: note names, chord symbols,
 * melodies as bar-checked strings, and a voice-leading search so chord changes move by the
 * smallest steps (what makes pads and arpeggios sound composed rather than block-pasted).
 */

const LETTER: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

/** Pitch class (0-11) of a note name without octave, e.g. 'Eb' -> 3, 'F#' -> 6. */
export function pitchClass(name: string): number {
  const m = /^([A-G])(#|b)?$/.exec(name);
  if (!m) throw new Error(`bad pitch name ${name}`);
  const acc = m[2] === '#' ? 1 : m[2] === 'b' ? -1 : 0;
  return (LETTER[m[1]!]! + acc + 12) % 12;
}

/** MIDI number of a note name with octave, e.g. 'C4' -> 60, 'Cb5' -> 71. */
export function midi(name: string): number {
  const m = /^([A-G])(#|b)?(-?\d)$/.exec(name);
  if (!m) throw new Error(`bad note ${name}`);
  const acc = m[2] === '#' ? 1 : m[2] === 'b' ? -1 : 0;
  return 12 * (Number(m[3]) + 1) + LETTER[m[1]!]! + acc;
}

// Chord qualities as semitones above the root. Extensions are kept so voicings can be lush.
const QUALITY: Record<string, number[]> = {
  '': [0, 4, 7],
  m: [0, 3, 7],
  '6': [0, 4, 7, 9],
  m6: [0, 3, 7, 9],
  '7': [0, 4, 7, 10],
  m7: [0, 3, 7, 10],
  maj7: [0, 4, 7, 11],
  maj9: [0, 4, 7, 11, 14],
  m9: [0, 3, 7, 10, 14],
  add9: [0, 4, 7, 14],
  madd9: [0, 3, 7, 14],
  sus2: [0, 2, 7],
  sus4: [0, 5, 7],
  '7sus4': [0, 5, 7, 10],
  '6/9': [0, 4, 7, 9, 14],
};

/** A parsed chord: root and bass pitch classes and the chord's pitch classes. */
export interface Chord {
  symbol: string;
  root: number;
  bass: number;
  /** Pitch classes, root first, in stacking order. */
  tones: number[];
}

/** Parse a chord symbol such as 'Ebmaj9', 'Abm6', 'Bb7sus4' or 'Eb/G'. */
export function chord(symbol: string): Chord {
  const m = /^([A-G](?:#|b)?)([^/]*)(?:\/([A-G](?:#|b)?))?$/.exec(symbol);
  if (!m) throw new Error(`bad chord ${symbol}`);
  const root = pitchClass(m[1]!);
  const q = QUALITY[m[2]!];
  if (!q) throw new Error(`unknown chord quality in ${symbol}`);
  const bass = m[3] ? pitchClass(m[3]) : root;
  return { symbol, root, bass, tones: q.map((s) => (root + s) % 12) };
}

/** A chord placed in time, in beats from the start of the piece. */
export interface TimedChord {
  chord: Chord;
  beat: number;
  beats: number;
}

/**
 * Parse a chord chart: bars separated by '|', each with one or more symbols that share the
 * bar equally ('Bb7sus4 Bb7' is two beats each in 4/4).
 */
export function chart(text: string, beatsPerBar: number): TimedChord[] {
  const out: TimedChord[] = [];
  text
    .split('|')
    .map((b) => b.trim())
    .filter((b) => b.length > 0)
    .forEach((bar, i) => {
      const syms = bar.split(/\s+/);
      const each = beatsPerBar / syms.length;
      syms.forEach((s, j) =>
        out.push({ chord: chord(s), beat: i * beatsPerBar + j * each, beats: each }),
      );
    });
  return out;
}

/** A melody note: start beat, length in beats, MIDI pitch. */
export interface Note {
  beat: number;
  beats: number;
  midi: number;
}

/**
 * Parse a melody line: bars separated by '|', tokens 'Bb4:1.5' (note and beats, default 1)
 * or 'r:2' (rest). Throws if a bar does not add up, which catches typos in the score.
 */
export function melody(text: string, beatsPerBar: number): Note[] {
  const out: Note[] = [];
  const bars = text
    .split('|')
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  bars.forEach((bar, i) => {
    let beat = i * beatsPerBar;
    for (const tok of bar.split(/\s+/)) {
      const [name, len] = tok.split(':');
      const beats = len ? Number(len) : 1;
      if (!(beats > 0)) throw new Error(`bad length in ${tok}`);
      if (name !== 'r') out.push({ beat, beats, midi: midi(name!) });
      beat += beats;
    }
    const used = beat - i * beatsPerBar;
    if (Math.abs(used - beatsPerBar) > 1e-9) {
      throw new Error(`bar ${i + 1} has ${used} beats, not ${beatsPerBar}: "${bar}"`);
    }
  });
  return out;
}

/** Every MIDI note in [lo, hi] whose pitch class is in `pcs`, ascending. */
export function notesInRange(pcs: readonly number[], lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let m = lo; m <= hi; m++) if (pcs.includes(((m % 12) + 12) % 12)) out.push(m);
  return out;
}

/** The chord's bass note (slash bass or root) placed in [lo, lo + 11]. */
export function bassNote(c: Chord, lo: number): number {
  return lo + ((((c.bass - lo) % 12) + 12) % 12);
}

/**
 * Choose `size` chord tones in [lo, hi] that move least from `prev` (sum of semitone moves
 * between sorted voices). The third (or suspension) is required, the other colour tones
 * (7ths, 9ths, 6ths) are strongly preferred, and semitone clashes inside the voicing are
 * ruled out. Brute force: the ranges are small.
 */
export function voiceLead(
  c: Chord,
  prev: readonly number[] | null,
  size: number,
  lo: number,
  hi: number,
): number[] {
  const cands = notesInRange(c.tones, lo, hi);
  // Colour tones are everything but the root and fifth; keep as many as fit.
  const colour = c.tones.filter((t) => t !== c.root && t !== (c.root + 7) % 12);
  const third = c.tones[1]!;
  const centre = (lo + hi) / 2;
  let best: number[] | null = null;
  let bestCost = Infinity;
  const pick: number[] = [];
  const visit = (start: number): void => {
    if (pick.length === size) {
      const pcs = pick.map((m) => m % 12);
      if (!pcs.includes(third)) return;
      for (let i = 1; i < pick.length; i++) if (pick[i]! - pick[i - 1]! < 2) return;
      let cost = 0;
      if (prev && prev.length === size) {
        for (let i = 0; i < size; i++) cost += Math.abs(pick[i]! - prev[i]!);
      } else {
        const mean = pick.reduce((a, b) => a + b, 0) / size;
        cost = Math.abs(mean - centre);
      }
      // Missing colour costs more than a few semitones of movement; doublings cost a little.
      cost += 5 * colour.filter((t) => !pcs.includes(t)).length;
      cost += 2 * (size - new Set(pcs).size);
      if (cost < bestCost) {
        bestCost = cost;
        best = [...pick];
      }
      return;
    }
    for (let i = start; i < cands.length; i++) {
      pick.push(cands[i]!);
      visit(i + 1);
      pick.pop();
    }
  };
  visit(0);
  if (!best) throw new Error(`no voicing for ${c.symbol} in ${lo}-${hi}`);
  return best;
}

/** Voice-lead a whole chart, returning one voicing per chord. */
export function voiceChart(
  chords: readonly TimedChord[],
  size: number,
  lo: number,
  hi: number,
): number[][] {
  const out: number[][] = [];
  let prev: number[] | null = null;
  // Two passes: the second starts from the last voicing, so the loop's wrap-around also moves smoothly.
  for (let pass = 0; pass < 2; pass++) {
    out.length = 0;
    for (const tc of chords) {
      prev = voiceLead(tc.chord, prev, size, lo, hi);
      out.push(prev);
    }
  }
  return out;
}
