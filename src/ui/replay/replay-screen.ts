import { showReplayTab, type ReplayTab } from '../../state/replay-actions';
import { closeMenu, uiStore } from '../../state/ui';
import { Dialog } from '../dialog';
import { el } from '../dom';
import { BookPanel } from './book-panel';
import { EndingsPanel } from './endings-panel';
import { MapPanel } from './map-panel';

/** One screen of the replay dialog: it draws itself into `root` whenever it is shown. */
export interface ReplayPanel {
  readonly root: HTMLElement;
  /** What the tab says beside its name ("4/5", "63%"). */
  badge(): string;
  /** Draws the panel; `first` is true when the dialog has just opened on it. */
  render(first: boolean): void;
  /** Where focus goes when the panel opens (default: its tab). */
  focusTarget?(): HTMLElement | null;
}

const TABS: { id: ReplayTab; label: string; title: string }[] = [
  { id: 'endings', label: 'Endings', title: 'Endings' },
  { id: 'map', label: 'Story map', title: 'Story map' },
  { id: 'letters', label: 'Letters', title: 'Letters from Your Life' },
];

const isTab = (overlay: unknown): overlay is ReplayTab => TABS.some((t) => t.id === overlay);

/**
 * The replay dialog: the endings gallery, the story map and the book of letters, as three
 * tabs of one screen (arrow keys move between tabs, as in any tab list). Opened from the
 * title, the game menu and the end screen.
 */
export function mountReplayScreen(): void {
  const dialog = new Dialog('Endings', closeMenu, 'replay-dialog');
  const panels: Record<ReplayTab, ReplayPanel> = {
    endings: new EndingsPanel(),
    map: new MapPanel(),
    letters: new BookPanel(),
  };
  const list = el('div', 'replay-tabs');
  list.setAttribute('role', 'tablist');
  list.setAttribute('aria-label', 'Replay');
  const tabs = TABS.map(({ id, label }) => {
    const tab = el('button', 'replay-tab');
    tab.type = 'button';
    tab.id = `replay-tab-${id}`;
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', `replay-panel-${id}`);
    tab.append(el('span', 'replay-tab-label', label), el('span', 'replay-tab-badge'));
    tab.addEventListener('click', () => showReplayTab(id));
    const panel = panels[id].root;
    panel.id = `replay-panel-${id}`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    panel.tabIndex = 0; // the gallery has no controls, yet its scrolling region must be reachable
    return tab;
  });
  list.append(...tabs);
  list.addEventListener('keydown', (event) => {
    const at = tabs.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0 };
    moves.End = tabs.length - 1;
    const to = moves[event.key];
    if (at < 0 || to === undefined) return;
    event.preventDefault();
    const next = TABS[(to + tabs.length) % tabs.length]!;
    showReplayTab(next.id);
    document.getElementById(`replay-tab-${next.id}`)?.focus();
  });
  dialog.root.insertBefore(list, dialog.body);
  dialog.body.append(...Object.values(panels).map((p) => p.root));

  let shown: ReplayTab | null = null;
  const show = (tab: ReplayTab) => {
    const first = !dialog.isOpen;
    const switched = tab !== shown;
    shown = tab;
    dialog.setTitle(TABS.find((t) => t.id === tab)!.title);
    TABS.forEach(({ id }, i) => {
      const selected = id === tab;
      tabs[i]!.setAttribute('aria-selected', String(selected));
      tabs[i]!.tabIndex = selected ? 0 : -1;
      tabs[i]!.lastElementChild!.textContent = panels[id].badge();
      panels[id].root.hidden = !selected;
    });
    // Redrawing keeps focus on the same control (controls carry a `data-key`).
    const key = (document.activeElement as HTMLElement | null)?.dataset?.key;
    panels[tab].render(first || switched);
    if (key && !first && !switched)
      panels[tab].root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
    if (switched) dialog.body.scrollTop = 0;
    if (first)
      dialog.open(panels[tab].focusTarget?.() ?? tabs[TABS.findIndex((t) => t.id === tab)]);
  };
  uiStore.subscribe(({ overlay }) => {
    if (isTab(overlay)) return show(overlay);
    shown = null;
    dialog.close();
  });
  // A panel whose data changes while it is shown draws itself again.
  for (const panel of Object.values(panels))
    panel.root.addEventListener('replay:changed', () => shown && show(shown));
}
