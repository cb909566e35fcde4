import { bookStore, openLetter, type KeptLetter } from '../../state/book';
import { progressStore } from '../../state/progress';
import { el } from '../dom';
import { letterCaption, letterKind, letterTitle } from './letter-meta';
import { letterActions, letterSheet } from './letter-reader';
import type { ReplayPanel } from './replay-screen';

/** One letter in the list: whom it is to, what kind, its first words, its ending and date. */
function entry(letter: KeptLetter, index: number): HTMLElement {
  const item = el('li', `book-entry is-${letter.kind}`);
  const open = el('button', 'book-open');
  open.type = 'button';
  open.dataset.key = `letter-${index}`;
  open.append(
    el('span', 'book-entry-title', letterTitle(letter)),
    el('span', 'book-entry-kind', letterKind(letter)),
    el('span', 'book-entry-first', letter.lines[1] ?? letter.lines[0] ?? ''),
    el('span', 'book-entry-meta', letterCaption(letter)),
  );
  open.addEventListener('click', () => openLetter(index));
  item.append(open);
  return item;
}

/**
 * The book of letters, *Letters from Your Life*: every letter the player finished, newest
 * first; one opens on paper, in handwriting, with Save as image, Copy and Print.
 */
export class BookPanel implements ReplayPanel {
  readonly root = el('section', 'replay-panel book-panel');
  private focus: HTMLElement | null = null;

  constructor() {
    const changed = () => {
      if (!this.root.hidden) this.root.dispatchEvent(new Event('replay:changed'));
    };
    bookStore.subscribe(changed);
    progressStore.subscribe((now, before) => now.letters !== before.letters && changed());
  }

  badge(): string {
    return String(progressStore.getState().letters.length);
  }

  focusTarget(): HTMLElement | null {
    return this.focus;
  }

  render(): void {
    const { letters } = progressStore.getState();
    const open = bookStore.getState().open;
    const letter = open === null ? undefined : letters[open];
    if (letter) return this.renderLetter(letter);
    this.focus = null;
    if (letters.length === 0) {
      const empty = el('p', 'replay-note book-empty');
      empty.textContent =
        'No letters yet. The first is written in the prologue, at the letter office; the last, to Catherine, at the very end.';
      this.root.replaceChildren(empty);
      return;
    }
    const intro = el('p', 'replay-note');
    intro.textContent = `${letters.length === 1 ? 'One letter' : `${letters.length} letters`} you finished, newest first.`;
    const list = el('ol', 'book-list');
    list.setAttribute('aria-label', 'Letters');
    list.append(...letters.map((l, i) => entry(l, i)).reverse());
    this.root.replaceChildren(intro, list);
    // Coming back from a letter, focus returns to it in the list.
    const back = this.root.dataset.last;
    if (back)
      requestAnimationFrame(() => list.querySelector<HTMLElement>(`[data-key="${back}"]`)?.focus());
    delete this.root.dataset.last;
  }

  private renderLetter(letter: KeptLetter): void {
    const back = el('button', 'map-action book-back', '← All letters');
    back.type = 'button';
    back.dataset.key = 'book-back';
    back.addEventListener('click', () => {
      this.root.dataset.last = `letter-${bookStore.getState().open}`;
      openLetter(null);
    });
    const head = el('div', 'book-letter-head');
    const titles = el('div', 'book-letter-titles');
    titles.append(el('h3', 'book-letter-title', `${letterTitle(letter)} · ${letterKind(letter)}`));
    titles.append(el('p', 'replay-note', letterCaption(letter)));
    head.append(back, titles, letterActions(letter));
    this.root.replaceChildren(head, letterSheet(letter));
    this.focus = back;
    requestAnimationFrame(() => {
      if (this.root.contains(document.activeElement)) return;
      if (this.root.closest('dialog[open]')) back.focus();
    });
  }
}
