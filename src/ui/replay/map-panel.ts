import { mapStore, rewindToPoint, startChapter } from '../../state/replay-actions';
import { sessionStore } from '../../state/session';
import type { ChapterView } from '../../state/story-map';
import { askToConfirm } from '../../state/ui';
import { el } from '../dom';
import { chapterRow, meter } from './map-chapter';
import type { ReplayPanel } from './replay-screen';

/**
 * The story map: every chapter on one thread, what this player has explored in each and
 * overall, the choice points of a chapter when it is opened, "Rewind here" on the choices of
 * the playthrough in progress and "Play from here" on every chapter reached before.
 */
export class MapPanel implements ReplayPanel {
  readonly root = el('section', 'replay-panel map-panel');
  /** Chapters the player opened; the current one opens by itself. */
  private readonly opened = new Set<string>();
  private readonly closed = new Set<string>();

  constructor() {
    mapStore.subscribe(() => {
      if (!this.root.hidden) this.root.dispatchEvent(new Event('replay:changed'));
    });
  }

  badge(): string {
    return `${mapStore.getState().map.percent}%`;
  }

  private isOpen(chapter: ChapterView): boolean {
    return this.opened.has(chapter.id) || (chapter.current && !this.closed.has(chapter.id));
  }

  private readonly intents = {
    toggle: (id: string) => {
      const chapter = mapStore.getState().map.chapters.find((c) => c.id === id);
      if (!chapter) return;
      const open = this.isOpen(chapter);
      (open ? this.opened : this.closed).delete(id);
      (open ? this.closed : this.opened).add(id);
      this.root.dispatchEvent(new Event('replay:changed'));
    },
    start: (chapter: ChapterView) => {
      const { screen } = sessionStore.getState();
      if (screen !== 'play') return void startChapter(chapter.id);
      askToConfirm({
        message: `Play “${chapter.title}” from its start, as your last playthrough came to it? Your place now is autosaved.`,
        confirmLabel: 'Play from here',
        onConfirm: () => startChapter(chapter.id),
      });
    },
    rewind: (ordinal: number) => void rewindToPoint(ordinal),
  };

  render(first: boolean): void {
    const { map } = mapStore.getState();
    if (first) {
      this.opened.clear();
      this.closed.clear();
    }
    const summary = el('div', 'map-summary');
    const figure = el('p', 'replay-summary');
    figure.append(
      el('strong', 'replay-figure', `${map.percent}%`),
      el('span', 'replay-figure-label', ' of choices explored'),
    );
    const reached = map.chapters.filter((c) => c.reached).length;
    const detail = `${map.explored} of ${map.total} options taken · ${reached} of ${map.chapters.length} chapters reached`;
    summary.append(figure, meter(map.explored, map.total, detail), el('p', 'replay-note', detail));
    const playing = sessionStore.getState().screen !== 'title';
    const help = playing
      ? 'Rewind to any choice you made since this playthrough began, or play a chapter you reached before from its start.'
      : 'Play any chapter you reached before from its start, with everything your last playthrough had done by then.';
    const thread = el('ol', 'map-thread');
    thread.setAttribute('aria-label', 'Chapters');
    thread.append(...map.chapters.map((c) => chapterRow(c, this.isOpen(c), this.intents)));
    this.root.replaceChildren(summary, el('p', 'replay-note map-help', help), thread);
    if (first) requestAnimationFrame(() => this.showCurrentChapter(summary));
  }

  /** Scrolls the chapter being played to just under the summary, which stays on top. */
  private showCurrentChapter(summary: HTMLElement): void {
    const current = this.root.querySelector('.map-chapter.is-current');
    const scroller = this.root.closest('.dialog-body');
    if (!current || !scroller) return;
    const gap = current.getBoundingClientRect().top - summary.getBoundingClientRect().bottom;
    scroller.scrollTop += gap - 12;
  }
}
