import type { Checkpoint } from '../story/playthrough';
import type { VariableValue } from '../story/types';
import { progressStore, type Progress } from './progress';

/**
 * What a playthrough adds to progress as it passes: chapters and their starts, options taken,
 * finished letters, endings with their last image. Called by the flow actions.
 */

/** Variables the game sets from Settings: a chapter start must not carry an old value of them. */
const GAME_SET = new Set(['strong_language']);

/** Notes that a chapter was reached (once per chapter). */
export function recordChapter(id: string): void {
  const { chapters } = progressStore.getState();
  if (!chapters.includes(id)) progressStore.setState({ chapters: [...chapters, id] });
}

/** Keeps where this playthrough began a chapter, replacing any earlier start of it. */
export function recordChapterStart(checkpoint: Checkpoint, now = new Date()): void {
  const variables: Record<string, VariableValue> = {};
  for (const [name, value] of Object.entries(checkpoint.variables))
    if (!GAME_SET.has(name)) variables[name] = value;
  const start = {
    title: checkpoint.chapter.title,
    knot: checkpoint.knot,
    variables,
    date: now.toISOString(),
  };
  progressStore.setState((s) => ({ starts: { ...s.starts, [checkpoint.chapter.id]: start } }));
}

/** Notes that an option was taken (by its stable id). */
export function recordChoice(id: string): void {
  const { choices } = progressStore.getState();
  if (!choices.includes(id)) progressStore.setState({ choices: [...choices, id] });
}

type Letter = Progress['letters'][number];

const sameLetter = (a: Letter, b: Omit<Letter, 'date'>) =>
  a.kind === b.kind &&
  a.ending === b.ending &&
  a.lines.length === b.lines.length &&
  a.lines.every((line, i) => line === b.lines[i]);

/** Keeps a finished letter for the book of letters (once: the same words are one letter). */
export function recordLetter(kind: string, lines: string[], now = new Date()): void {
  const { letters } = progressStore.getState();
  if (letters.some((l) => sameLetter(l, { kind, lines, ending: null }))) return;
  const letter = { kind, lines: [...lines], date: now.toISOString(), ending: null };
  progressStore.setState({ letters: [...letters, letter] });
}

/** True if `lines` appear in `read` in the same order (not necessarily one after another). */
export function readInOrder(lines: readonly string[], read: readonly string[]): boolean {
  let at = 0;
  for (const line of read) if (line === lines[at]) at += 1;
  return at === lines.length;
}

/**
 * Counts an ending, keeping the date it was first reached, and gives it to the letters this
 * playthrough finished: those still without an ending whose lines are all in `linesRead` (the
 * backlog, which survives saves and loses what a rewind took back). A letter already kept with
 * this ending is not kept twice.
 */
export function recordEnding(
  id: string,
  linesRead: readonly string[] = [],
  now = new Date(),
): void {
  const { endings, letters } = progressStore.getState();
  const seen = endings[id];
  const date = now.toISOString();
  const entry = seen
    ? { ...seen, count: seen.count + 1, last: date }
    : { first: date, count: 1, last: date, picture: null };
  const kept: Letter[] = [];
  for (const letter of letters) {
    const ours = letter.ending === null && readInOrder(letter.lines, linesRead);
    const next = ours ? { ...letter, ending: id } : letter;
    if (ours && kept.some((k) => sameLetter(k, next))) continue;
    kept.push(next);
  }
  progressStore.setState({ endings: { ...endings, [id]: entry }, letters: kept });
}

/** Keeps the last image of an ending (a small JPEG of the stage) for the endings gallery. */
export function recordEndingPicture(id: string, picture: string | null): void {
  const { endings } = progressStore.getState();
  const entry = endings[id];
  if (!entry || !picture) return;
  progressStore.setState({ endings: { ...endings, [id]: { ...entry, picture } } });
}
