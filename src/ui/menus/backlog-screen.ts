import { speakers } from '../../assets/manifest';
import { rewind } from '../../state/actions';
import { sessionStore } from '../../state/session';
import { closeMenu, uiStore } from '../../state/ui';
import { Dialog } from '../dialog';
import { el } from '../dom';

const colorOf = (name: string) =>
  (speakers as Record<string, { color: string }>)[name]?.color ?? '#f6d7c3';

/**
 * The backlog: every line of this playthrough and each choice made, newest at the bottom. A
 * choice can be taken back: "Return here" rewinds to that choice point.
 */
export function mountBacklogScreen(): void {
  const dialog = new Dialog('Backlog', closeMenu, 'backlog-dialog');
  const list = el('ol', 'backlog-list');
  list.tabIndex = 0; // arrow keys and Page Up/Down scroll it
  list.setAttribute('aria-label', 'Lines so far, oldest first');
  dialog.body.append(list);

  const render = () => {
    const { view, earliestRewindPoint } = sessionStore.getState();
    const entries = view?.backlog ?? [];
    const items = entries.map((entry) => {
      const item = el('li', `backlog-entry is-${entry.kind}`);
      if (entry.kind === 'line') {
        if (entry.speaker) {
          const name = el('span', 'backlog-speaker', entry.speaker);
          name.style.setProperty('--speaker-color', colorOf(entry.speaker));
          item.append(name);
        }
        item.append(el('span', 'backlog-text', entry.text));
        return item;
      }
      item.append(el('span', 'backlog-choice', `You chose: ${entry.text}`));
      if (entry.point >= earliestRewindPoint) {
        const back = el('button', 'backlog-return', 'Return here');
        back.type = 'button';
        back.setAttribute('aria-label', `Return to the choice: ${entry.text}`);
        back.addEventListener('click', () => {
          if (rewind(entry.point)) closeMenu();
        });
        item.append(back);
      }
      return item;
    });
    if (items.length === 0) items.push(el('li', 'backlog-empty', 'Nothing has been said yet.'));
    list.replaceChildren(...items);
  };

  uiStore.subscribe(({ overlay }, previous) => {
    if (overlay !== 'backlog') return dialog.close();
    if (previous.overlay === 'backlog') return;
    render();
    dialog.open(list);
    list.scrollTop = list.scrollHeight; // open at the most recent line
  });
}
