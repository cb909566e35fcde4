import { el } from './dom';
import { Typewriter } from './typewriter';

/** A sheet of paper where the letter appears line by line in handwriting. */
export class LetterPaper {
  readonly root = el('div', 'letter-paper');
  private readonly sheet = el('div', 'letter-sheet');
  private readonly written = el('div', 'letter-written');
  private readonly current = el('p', 'letter-line');
  readonly typewriter = new Typewriter(this.current);
  private renderedLines: readonly string[] = [];

  constructor() {
    this.root.hidden = true;
    this.root.setAttribute('aria-label', 'Letter');
    this.sheet.append(this.written, this.current);
    this.root.append(this.sheet);
  }

  /**
   * Shows the letter's finished lines; when `typingLast` is set the last line is left to the
   * typewriter so it can appear as if being written.
   */
  show(lines: readonly string[] | null, typingLast: boolean): void {
    this.root.hidden = lines === null;
    if (!lines) {
      this.renderedLines = [];
      this.written.replaceChildren();
      this.current.hidden = true;
      return;
    }
    const done = typingLast ? lines.slice(0, -1) : lines;
    if (!sameLines(done, this.renderedLines)) {
      this.written.replaceChildren(...done.map((line) => el('p', 'letter-line', line)));
      this.renderedLines = done;
    }
    this.current.hidden = !typingLast;
    this.sheet.scrollTop = this.sheet.scrollHeight;
  }
}

const sameLines = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((line, i) => line === b[i]);
