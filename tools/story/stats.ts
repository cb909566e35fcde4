import type { Step } from '../../src/story/types.ts';

/** Words in a line of prose (what a player reads). */
export const countWords = (text: string): number =>
  text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Min, median and max of a list of numbers (zeros when empty). */
export function spread(values: number[]): { min: number; median: number; max: number } {
  if (values.length === 0) return { min: 0, median: 0, max: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0] ?? 0,
    median: sorted[Math.floor(sorted.length / 2)] ?? 0,
    max: sorted.at(-1) ?? 0,
  };
}

/**
 * Counts what one playthrough read, per chapter, and remembers every distinct line it saw so
 * that many walks together estimate the words written across all branches.
 */
export class ReadingTally {
  private chapter = '(before any chapter)';
  readonly perChapter = new Map<string, number>();
  total = 0;

  constructor(private readonly distinct: Map<string, Map<string, number>>) {}

  /** Adds one step's text to the tally. */
  add(step: Step): void {
    for (const c of step.commands) if (c.kind === 'chapter') this.chapter = c.id;
    if (step.kind !== 'beat') return;
    const words = countWords(step.text);
    this.total += words;
    this.perChapter.set(this.chapter, (this.perChapter.get(this.chapter) ?? 0) + words);
    let lines = this.distinct.get(this.chapter);
    if (!lines) this.distinct.set(this.chapter, (lines = new Map()));
    lines.set(step.text, words);
  }
}
