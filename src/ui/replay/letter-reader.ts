import { el } from '../dom';
import type { LetterLike } from './letter-meta';
import { copyLetter, printLetter, saveLetterImage } from './letter-share';

/** A letter on paper, in handwriting, read whole (the same sheet as in play, at rest). */
export function letterSheet(letter: LetterLike): HTMLElement {
  const paper = el('div', 'book-paper');
  const sheet = el('div', 'letter-sheet book-sheet');
  sheet.append(...letter.lines.map((line) => el('p', 'letter-line', line)));
  paper.append(sheet);
  return paper;
}

/** Save as image, Copy and Print for a letter: the same three wherever a letter is shown. */
export function letterActions(letter: LetterLike, className = 'letter-actions'): HTMLElement {
  const bar = el('div', className);
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Keep this letter');
  const action = (label: string, key: string, run: () => void) => {
    const b = el('button', 'map-action letter-action', label);
    b.type = 'button';
    b.dataset.key = key;
    // Buttons inside the reading screen must not read on as well.
    b.addEventListener('click', (event) => {
      event.stopPropagation();
      run();
    });
    return b;
  };
  bar.append(
    action('Save as image', 'letter-png', () => void saveLetterImage(letter)),
    action('Copy text', 'letter-copy', () => void copyLetter(letter)),
    action('Print', 'letter-print', () => printLetter(letter)),
  );
  return bar;
}
