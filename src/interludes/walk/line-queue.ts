/**
 * What the walk's speech panel shows, and for how long. Her direction in force stays up (it
 * is what he is following) once it has had its reading time; bumps, peeks and asides cut in
 * after it for as long as they take to read, then give the panel back. A new direction drops
 * the asides still waiting: the walk has moved on.
 */

/** A line to show: who says it (null for narration) and the words. */
export interface ShownLine {
  speaker: string | null;
  text: string;
}

/** Seconds a line of `text` stays up: a slow reader's pace, never a flash, never forever. */
export function readingSeconds(text: string): number {
  const words = text.trim().split(/\s+/).length;
  return Math.min(9, Math.max(2.6, 1.4 + words * 0.33));
}

/** Asides waiting beyond this are dropped, oldest first. */
const MOST_ASIDES = 2;

interface Queued {
  line: ShownLine;
  /** Part of a direction: never dropped for being late. */
  direction: boolean;
}

/** The speech panel's schedule. */
export class LineQueue {
  private standing: ShownLine | null = null;
  private waiting: Queued[] = [];
  private current: ShownLine | null = null;
  private left = 0;

  /** The line on screen now (null: none). */
  get shown(): ShownLine | null {
    return this.current ?? this.standing;
  }

  /** True while a timed line is up or waiting (the ending waits for these to be read). */
  get busy(): boolean {
    return this.current !== null || this.waiting.length > 0;
  }

  /** A new direction: its lines in order, each for its reading time; the last one stays up. */
  direct(lines: readonly ShownLine[]): void {
    if (lines.length === 0) return;
    this.waiting = lines.map((line) => ({ line, direction: true }));
    this.standing = lines.at(-1) ?? null;
    this.current = null;
    this.next();
  }

  /** Asides (a bump's sorry, a peek's telling-off), shown after what is up. */
  aside(lines: readonly ShownLine[]): void {
    for (const line of lines) this.waiting.push({ line, direction: false });
    let asides = this.waiting.filter((q) => !q.direction).length;
    while (asides-- > MOST_ASIDES) {
      const oldest = this.waiting.findIndex((q) => !q.direction);
      this.waiting.splice(oldest, 1);
    }
    if (!this.current) this.next();
  }

  /** Advances by `dt` seconds; true if the shown line changed. */
  tick(dt: number): boolean {
    if (!this.current) return false;
    this.left -= dt;
    if (this.left > 0) return false;
    const before = this.shown;
    this.next();
    return this.shown !== before;
  }

  /** The player pressed to read on: the timed line goes now. True if one did. */
  skip(): boolean {
    if (!this.current) return false;
    this.next();
    return true;
  }

  private next(): void {
    const queued = this.waiting.shift();
    this.current = queued?.line ?? null;
    if (queued) this.left = readingSeconds(queued.line.text);
  }
}
