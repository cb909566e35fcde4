import { el } from './dom';
import { letterActions } from './replay/letter-reader';
import { Typewriter } from './typewriter';

/** A sheet of paper where the letter appears line by line in handwriting. */
export class LetterPaper {
  readonly root = el('div', 'letter-paper');
  private readonly sheet = el('div', 'letter-sheet');
  private readonly written = el('div', 'letter-written');
  private readonly current = el('p', 'letter-line');
  readonly typewriter = new Typewriter(this.current);
  private renderedLines: readonly string[] = [];
  /** Save as image, Copy and Print, offered while a finished letter is on the page. */
  private keep: HTMLElement | null = null;

  constructor() {
    this.root.hidden = true;
    this.root.setAttribute('aria-label', 'Letter');
    this.sheet.append(this.written, this.current);
    this.root.append(this.sheet);
    addEventListener('resize', () => this.fit());
  }

  /**
   * Shows the letter's finished lines; when `typingLast` is set the last line is left to the
   * typewriter so it can appear as if being written. A `done` letter is shown whole, its
   * writing made smaller if that is what it takes to fit the page.
   */
  show(lines: readonly string[] | null, typingLast: boolean, done = false, kind = 'letter'): void {
    this.root.hidden = lines === null;
    this.offerToKeep(done && lines ? { kind, lines } : null);
    const wasDone = this.root.classList.contains('is-done');
    this.root.classList.toggle('is-done', done);
    if (done !== wasDone) requestAnimationFrame(() => this.fit());
    if (!lines) {
      this.renderedLines = [];
      this.written.replaceChildren();
      this.current.hidden = true;
      return;
    }
    const finished = typingLast ? lines.slice(0, -1) : lines;
    if (!sameLines(finished, this.renderedLines)) {
      this.written.replaceChildren(...finished.map((line) => el('p', 'letter-line', line)));
      this.renderedLines = finished;
    }
    this.current.hidden = !typingLast;
    // While writing, keep the newest line in view; a finished letter is read from the top.
    this.sheet.scrollTop = done ? 0 : this.sheet.scrollHeight;
  }

  /** Shows (or takes away) the ways to keep the finished letter on the page. */
  private offerToKeep(letter: { kind: string; lines: readonly string[] } | null): void {
    if (!letter) {
      this.keep?.remove();
      this.keep = null;
      return;
    }
    if (this.keep) return;
    this.keep = letterActions({ ...letter, date: new Date().toISOString() }, 'letter-keep');
    this.root.append(this.keep);
  }

  /** Shrinks a finished letter's writing step by step until the whole of it fits the sheet. */
  fit(): void {
    this.sheet.style.removeProperty('--letter-scale');
    if (!this.root.classList.contains('is-done') || this.root.hidden) return;
    for (
      let scale = 0.95;
      scale >= 0.5 && this.sheet.scrollHeight > this.sheet.clientHeight + 1;
      scale -= 0.05
    ) {
      this.sheet.style.setProperty('--letter-scale', String(scale));
    }
    this.sheet.scrollTop = 0;
  }
}

const sameLines = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((line, i) => line === b[i]);
