/** A line waiting to be shown: who says it and what. */
export interface QueuedLine {
  speaker: string | null;
  text: string;
}

/** How long a line stays up: long enough to read at an easy pace, never a flicker. */
export function readingTime(text: string): number {
  return Math.min(6.5, Math.max(2.2, 1.2 + text.length * 0.055));
}

/** More than this many lines waiting and the oldest of his repeated calls give way. */
const BACKLOG = 3;

/** A line cut short by a new moment still stays up for this share of its reading time. */
const AT_LEAST = 0.6;

/** How a line joins the queue: behind the others, dropped first in a pile-up, or now. */
export type Urgency = 'droppable' | 'normal' | 'now';

/**
 * The lines of the run, one at a time, each up for its reading time. The run never waits
 * on a line (it is a run), so lines queue instead of blocking; a pile-up drops his
 * repeated calls first; and a new moment (the cart, the steps) comes now: whatever waits
 * is dropped and the line up is cut short, though never before most of its reading time.
 */
export class LineQueue {
  private readonly waiting: (QueuedLine & { droppable: boolean })[] = [];
  private shown: QueuedLine | null = null;
  private left = 0;
  private upFor = 0;
  /** Gap with nothing shown between two lines, so a new line reads as new. */
  private gap = 0;

  /** Adds lines: to the end, or (`now`) in place of everything waiting. */
  push(lines: QueuedLine[], urgency: Urgency = 'normal'): void {
    if (urgency === 'now') {
      this.waiting.length = 0;
      if (this.shown)
        this.left = Math.min(this.left, readingTime(this.shown.text) * AT_LEAST - this.upFor);
    }
    for (const line of lines) this.waiting.push({ ...line, droppable: urgency === 'droppable' });
    while (this.waiting.length > BACKLOG) {
      const at = this.waiting.findIndex((l) => l.droppable);
      if (at < 0) break;
      this.waiting.splice(at, 1);
    }
  }

  /** Moves time on; returns the line to show now (null: none), and whether it changed. */
  update(dt: number): { line: QueuedLine | null; changed: boolean } {
    const before = this.shown;
    if (this.shown) {
      this.left -= dt;
      this.upFor += dt;
      if (this.left <= 0) {
        this.shown = null;
        this.gap = 0.18;
      }
    } else if (this.gap > 0) this.gap -= dt;
    if (!this.shown && this.gap <= 0) {
      const next = this.waiting.shift();
      if (next) {
        this.shown = { speaker: next.speaker, text: next.text };
        this.left = readingTime(next.text);
        this.upFor = 0;
      }
    }
    return { line: this.shown, changed: this.shown !== before };
  }

  /** Drops every line, shown or waiting. */
  clear(): void {
    this.waiting.length = 0;
    this.shown = null;
    this.left = 0;
  }

  /** True while a line is up or waiting. */
  get busy(): boolean {
    return this.shown !== null || this.waiting.length > 0;
  }
}
