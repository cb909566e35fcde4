import { createStore } from 'zustand/vanilla';
import { progressStore, type Progress } from './progress';
import { readInOrder } from './progress-record';
import { sessionStore } from './session';
import { openMenu, uiStore } from './ui';

/** A letter in the book of letters, as progress keeps it. */
export type KeptLetter = Progress['letters'][number];

/** Which letter the book has open (its index in progress), or null for the list. */
export const bookStore = createStore<{ open: number | null }>()(() => ({ open: null }));

/** Opens a letter in the book (null goes back to the list). */
export function openLetter(index: number | null): void {
  bookStore.setState({ open: index });
}

// The book opens on its list each time, unless a letter was asked for as it opened.
uiStore.subscribe(({ overlay }, before) => {
  if (before.overlay === 'letters' && overlay !== 'letters') openLetter(null);
});

/** A letter as plain text: greeting, paragraphs and closing, a blank line between each. */
export function letterText(letter: { lines: readonly string[] }): string {
  return letter.lines.join('\n\n');
}

/**
 * The letter the playthrough on screen wrote (the last one its lines were read in, the letter
 * to Catherine before the client's), as its index in progress; null if it wrote none.
 */
export function letterOfThisPlaythrough(): number | null {
  const backlog = sessionStore.getState().view?.backlog ?? [];
  const read = backlog.flatMap((e) => (e.kind === 'line' && !e.speaker ? [e.text] : []));
  const ending = sessionStore.getState().view?.ended?.ending ?? null;
  const letters = progressStore.getState().letters;
  let found: number | null = null;
  letters.forEach((letter, i) => {
    if (!readInOrder(letter.lines, read) || (ending && letter.ending !== ending)) return;
    if (found === null || letters[found]?.kind === 'client') found = i;
  });
  return found;
}

/** Opens the book of letters at the letter this playthrough wrote. */
export function readThisPlaythroughsLetter(): void {
  openLetter(letterOfThisPlaythrough());
  openMenu('letters');
}
