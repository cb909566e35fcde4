import { endings } from '../assets/manifest';
import { returnToTitle } from '../state/actions';
import { letterOfThisPlaythrough, readThisPlaythroughsLetter } from '../state/book';
import { progressStore } from '../state/progress';
import { keepEndingPicture } from '../state/replay-actions';
import { sessionStore } from '../state/session';
import { openMenu } from '../state/ui';
import { byId, el } from './dom';
import { letterActions } from './replay/letter-reader';

/** How long the last image settles before the gallery keeps a picture of it. */
const PICTURE_AFTER_MS = 1800;

/**
 * The closing screen: the ending's name (or "to be continued" where the story stops for now),
 * how many endings are found, the letter this playthrough wrote with Read, Save as image,
 * Copy and Print, and the way to the endings gallery and the story map.
 */
export function mountEndScreen(): void {
  const root = byId('end');
  const heading = el('h2', 'end-title');
  heading.id = 'end-heading';
  const kicker = el('p', 'end-kicker');
  const found = el('p', 'end-found');
  const letter = el('div', 'end-letter');
  const back = el('button', 'menu-button', 'Back to the title');
  back.type = 'button';
  back.addEventListener('click', () => returnToTitle());
  const more = el('div', 'title-secondary end-more');
  for (const [label, overlay] of [
    ['Endings', 'endings'],
    ['Story map', 'map'],
  ] as const) {
    const b = el('button', 'link-button', label);
    b.type = 'button';
    b.addEventListener('click', () => openMenu(overlay));
    more.append(b);
  }
  const inner = el('div', 'end-inner');
  inner.append(kicker, heading, found, letter, back, more);
  root.append(inner);

  let picture = 0;
  const takePicture = () => {
    window.clearTimeout(picture);
    picture = 0;
    keepEndingPicture();
  };
  sessionStore.subscribe((session, previous) => {
    root.hidden = session.screen !== 'end';
    // Leaving before the image settled: keep it as it is now (the stage still shows it).
    if (session.screen !== 'end') return void (picture && takePicture());
    if (previous.screen === 'end') return;
    const id = session.view?.ended?.ending ?? null;
    const title = id ? (endings as Record<string, string>)[id] : undefined;
    kicker.textContent = title ? 'Ending' : '';
    heading.textContent = title ?? 'To be continued';
    const progress = progressStore.getState();
    const total = Object.keys(endings).length;
    const reached = Object.keys(endings).filter((e) => progress.endings[e]).length;
    const firstTime = id !== null && progress.endings[id]?.count === 1;
    found.textContent = id
      ? `${firstTime ? 'A new ending · ' : ''}${reached} of ${total} endings found`
      : '';
    const index = letterOfThisPlaythrough();
    const kept = index === null ? undefined : progress.letters[index];
    letter.replaceChildren();
    if (kept) {
      const read = el('button', 'map-action letter-action', 'Read it again');
      read.type = 'button';
      read.addEventListener('click', readThisPlaythroughsLetter);
      const actions = letterActions(kept, 'letter-actions end-letter-actions');
      actions.prepend(read);
      letter.append(el('p', 'end-letter-label', 'Your letter is in the book of letters.'), actions);
    }
    window.clearTimeout(picture);
    picture = id ? window.setTimeout(takePicture, PICTURE_AFTER_MS) : 0;
    back.focus();
  });
}
