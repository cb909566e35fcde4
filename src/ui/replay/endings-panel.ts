import { endingInfo } from '../../assets/endings-info';
import { endings } from '../../assets/manifest';
import { progressStore, type Progress } from '../../state/progress';
import { el } from '../dom';
import { endingTitle, longDate } from './letter-meta';
import type { ReplayPanel } from './replay-screen';

type Reached = Progress['endings'][string];

/** Every ending the gallery shows: the story's, then any reached that it no longer has. */
function endingIds(progress: Progress): string[] {
  const known = Object.keys(endings);
  return [...known, ...Object.keys(progress.endings).filter((id) => !known.includes(id))];
}

/** The picture of a card: the ending's last image, or its silhouette while undiscovered. */
function picture(id: string, reached: Reached | undefined): HTMLElement {
  const info = endingInfo[id];
  const frame = el('div', 'ending-picture');
  frame.style.setProperty('--tint', info?.tint ?? '#8a5a5a');
  if (reached?.picture) {
    const img = el('img');
    img.src = reached.picture;
    img.alt = info?.lastImage ?? `The last image of ${endingTitle(id)}.`;
    frame.append(img);
  } else if (reached) {
    frame.classList.add('is-wash');
    frame.setAttribute('role', 'img');
    frame.setAttribute('aria-label', info?.lastImage ?? endingTitle(id));
  } else {
    frame.classList.add('is-silhouette');
    frame.setAttribute('aria-hidden', 'true');
    // The shapes come from our own data (endings-info.ts), never from the player or the story.
    frame.innerHTML = `<svg viewBox="0 0 160 90" focusable="false">${info?.silhouette ?? ''}</svg>`;
  }
  return frame;
}

/** One ending's card. */
function card(id: string, reached: Reached | undefined): HTMLElement {
  const item = el('li', `ending-card ${reached ? 'is-reached' : 'is-hidden'}`);
  item.append(picture(id, reached));
  const text = el('div', 'ending-text');
  if (reached) {
    text.append(el('h3', 'ending-name', endingTitle(id)));
    const times = reached.count === 1 ? 'once' : `${reached.count} times`;
    text.append(el('p', 'ending-meta', `First reached ${longDate(reached.first)} · ${times}`));
  } else {
    text.append(el('h3', 'ending-name is-unknown', 'Not yet found'));
    const hint = endingInfo[id]?.hint;
    if (hint) text.append(el('p', 'ending-hint', hint));
  }
  item.append(text);
  return item;
}

/** The endings gallery: one card per ending, "4 of 5 endings" above them. */
export class EndingsPanel implements ReplayPanel {
  readonly root = el('section', 'replay-panel endings-panel');

  constructor() {
    progressStore.subscribe((now, before) => {
      if (now.endings !== before.endings && !this.root.hidden)
        this.root.dispatchEvent(new Event('replay:changed'));
    });
  }

  badge(): string {
    const progress = progressStore.getState();
    const ids = endingIds(progress);
    return `${ids.filter((id) => progress.endings[id]).length}/${ids.length}`;
  }

  render(): void {
    const progress = progressStore.getState();
    const ids = endingIds(progress);
    const found = ids.filter((id) => progress.endings[id]).length;
    const summary = el('p', 'replay-summary');
    summary.append(
      el('strong', 'replay-figure', `${found} of ${ids.length}`),
      el('span', 'replay-figure-label', ids.length === 1 ? ' ending' : ' endings'),
    );
    const note = el(
      'p',
      'replay-note',
      found === 0
        ? 'Every playthrough ends in one of these. The letter you write decides which.'
        : found === ids.length
          ? 'Every ending found. The letters you wrote on the way are in the book.'
          : 'The letter you write, and what you do with it, decides which one you reach.',
    );
    const grid = el('ul', 'ending-grid');
    grid.append(...ids.map((id) => card(id, progress.endings[id])));
    this.root.replaceChildren(summary, note, grid);
  }
}
