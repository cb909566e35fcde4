import { sessionStore } from '../../state/session';
import type { Beat } from '../../story/types';
import { el } from '../../ui/dom';
import { tagText } from './tag-text';

/** Lines kept on the overlay, newest last. */
const KEPT = 6;

/**
 * Shows, over the game, the last few lines with where each was written (knot.stitch) and the
 * tags it carried, unreadable tags in red: what a writer needs to see why the stage does what
 * it does. Off until toggled.
 */
export class TagOverlay {
  readonly root = el('aside', 'writer-tags');
  private lines: Beat[] = [];
  private stop: (() => void) | null = null;

  constructor() {
    this.root.setAttribute('aria-label', 'Tags of the last lines');
    this.root.hidden = true;
    document.body.append(this.root);
  }

  /** Whether the overlay is showing. */
  get on(): boolean {
    return !this.root.hidden;
  }

  /** Shows or hides the overlay; it follows the story only while shown. */
  toggle(on = !this.on): void {
    this.root.hidden = !on;
    this.stop?.();
    this.stop = null;
    if (!on) return;
    const beat = sessionStore.getState().view?.beat;
    this.lines = beat ? [beat] : [];
    this.stop = sessionStore.subscribe(({ view }, previous) => {
      if (view?.beat && view.beat !== previous.view?.beat) {
        this.lines = [...this.lines, view.beat].slice(-KEPT);
        this.render();
      }
    });
    this.render();
  }

  private render(): void {
    const items = this.lines.map((beat) => {
      const item = el('div', 'writer-tag-line');
      const where = el('div', 'writer-tag-path', beat.path ?? '(no path: the line before an end)');
      const text = `${beat.speaker ? `${beat.speaker}: ` : ''}${beat.text}`;
      const line = el('div', 'writer-tag-text', text.length > 90 ? `${text.slice(0, 88)}…` : text);
      const tags = el('div', 'writer-tag-chips');
      for (const command of beat.commands)
        tags.append(el('code', 'writer-chip', `# ${tagText(command)}`));
      for (const warning of beat.warnings) tags.append(el('code', 'writer-chip bad', warning));
      if (tags.childElementCount === 0) tags.append(el('span', 'writer-none', 'no tags'));
      item.append(where, line, tags);
      return item;
    });
    this.root.replaceChildren(el('h2', 'writer-tags-title', 'Tags (newest last)'), ...items);
  }
}
