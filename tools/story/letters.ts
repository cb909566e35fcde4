import type { Playthrough } from '../../src/story/playthrough.ts';
import type { Step } from '../../src/story/types.ts';

/** A finished letter as written on paper: its kind and its lines, in order. */
export interface FinishedLetter {
  kind: string;
  lines: string[];
}

/** Collects every letter a playthrough finishes, at the `letter: end` that finishes it. */
export function letterCollector(): {
  onStep: (step: Step, playthrough: Playthrough) => void;
  letters: FinishedLetter[];
} {
  const letters: FinishedLetter[] = [];
  return {
    letters,
    onStep(step, playthrough) {
      const ends = step.commands.some((c) => c.kind === 'letter' && c.action === 'end');
      const letter = playthrough.view.stage.letter;
      if (ends && letter?.done) letters.push({ kind: letter.kind, lines: [...letter.lines] });
    },
  };
}

/** Sentence-ending punctuation, allowing a closing quote or bracket after it. */
const ENDS_WELL = /[.!?…,:;—–-]["'”’)]?$/;

/**
 * Reads a finished letter the way an editor would: no empty or repeated lines, each line
 * starting with a capital (or a quote, digit or dash), no doubled or stray spaces, no space
 * before punctuation, and every line but the signature ending in punctuation. Returns the
 * problems found.
 */
export function checkLetter(letter: FinishedLetter): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  letter.lines.forEach((line, i) => {
    const where = `line ${i + 1} ("${line.slice(0, 40)}")`;
    if (line.trim() === '') problems.push(`line ${i + 1} is empty`);
    if (line !== line.trim()) problems.push(`${where} has spaces at an end`);
    if (/ {2,}/.test(line)) problems.push(`${where} has a double space`);
    if (/ [.,!?;:]/.test(line)) problems.push(`${where} has a space before punctuation`);
    if (/[.,!?;:][A-Za-z]/.test(line.replace(/\b(?:[A-Z]\.){2,}/g, '')))
      problems.push(`${where} lacks a space after punctuation`);
    if (!/^[\p{Lu}"“'‘(0-9—–-]/u.test(line.trim()))
      problems.push(`${where} does not start with a capital`);
    // The signature ("Love, Theodore") is the one line that may end without punctuation.
    const signature = i === letter.lines.length - 1;
    if (!signature && !ENDS_WELL.test(line.trim()))
      problems.push(`${where} does not end in punctuation`);
    if (/\{|\}|\[|\]|#/.test(line)) problems.push(`${where} has leftover markup`);
    const key = line.trim().toLowerCase();
    if (key && seen.has(key)) problems.push(`${where} repeats an earlier line`);
    seen.add(key);
  });
  if (letter.lines.length < 3) problems.push(`only ${letter.lines.length} lines`);
  return problems;
}
