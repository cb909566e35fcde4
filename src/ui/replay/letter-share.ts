import { letterText } from '../../state/book';
import { notify } from '../../state/session';
import { el } from '../dom';
import { letterPng } from './letter-image';
import { keepsakeCaption, letterFileName, letterTitle, type LetterLike } from './letter-meta';

/**
 * What a player can do with a letter, in the book or at the end of a playthrough: keep it as
 * a PNG of the paper, copy its words, or print just the letter.
 */

/** Saves the letter as a PNG image of the paper (a download named after whom it is to). */
export async function saveLetterImage(letter: LetterLike): Promise<void> {
  try {
    const blob = await letterPng(letter.lines, keepsakeCaption(letter));
    const url = URL.createObjectURL(blob);
    const link = el('a');
    link.href = url;
    link.download = letterFileName(letter);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    notify(`Saved the letter as an image, “${link.download}”.`);
  } catch (error) {
    console.error(error);
    notify('The letter could not be made into an image here. Printing it still works.');
  }
}

/** Copies with the clipboard API; false when there is none or it refuses (no permission). */
async function copyWithClipboard(text: string): Promise<boolean> {
  if (!navigator.clipboard?.writeText) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The old way to copy, for browsers without the clipboard API (or without permission). */
function copyWithSelection(text: string): boolean {
  const area = el('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  // Inside the open dialog, if any: behind a modal dialog the page is inert and cannot select.
  const dialogs = document.querySelectorAll('dialog[open]');
  const was = document.activeElement as HTMLElement | null;
  (dialogs[dialogs.length - 1] ?? document.body).append(area);
  area.focus();
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    was?.focus();
  }
}

/** Copies the letter's words to the clipboard and says so (or says how to copy it instead). */
export async function copyLetter(letter: LetterLike): Promise<boolean> {
  const text = letterText(letter);
  const copied = (await copyWithClipboard(text)) || copyWithSelection(text);
  notify(
    copied
      ? `Copied the letter (${letterTitle(letter).toLowerCase()}) as text.`
      : 'This browser would not copy the letter. Open it in the book, select the words and copy them.',
  );
  return copied;
}

/**
 * Prints the letter alone: it is put on a page of its own that the print stylesheet shows
 * while everything else is hidden, and taken away again after printing.
 */
export function printLetter(letter: LetterLike): void {
  document.getElementById('print-letter')?.remove();
  const page = el('article', 'print-letter');
  page.id = 'print-letter';
  const sheet = el('div', 'print-sheet');
  sheet.append(...letter.lines.map((line) => el('p', 'print-line', line)));
  page.append(sheet, el('p', 'print-caption', keepsakeCaption(letter)));
  document.body.append(page);
  document.body.classList.add('is-printing-letter');
  const done = () => {
    document.body.classList.remove('is-printing-letter');
    page.remove();
  };
  addEventListener('afterprint', done, { once: true });
  window.print();
}
