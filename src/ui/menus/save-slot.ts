import type { SaveId, SaveProblem, SaveRecord } from '../../state/save-format';
import { el } from '../dom';

/** What a save slot can do, wired by the save screen. */
export interface SlotActions {
  main?: () => void;
  remove?: () => void;
  exportFile?: () => void;
}

/** "Slot 3", "Autosave 2", "Quicksave": the slot's name for people. */
export function slotName(id: SaveId): string {
  if (id === 'quick') return 'Quicksave';
  if (id.startsWith('auto')) return `Autosave ${id.slice(5)}`;
  return `Slot ${id.slice(5)}`;
}

/** Play time as "2 h 05 min" or "17 min". */
export function playTime(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} h ${String(minutes % 60).padStart(2, '0')} min` : `${minutes} min`;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * One save slot as a card: the stage's picture, chapter, a line of context, play time and
 * date, with its main action (save here / load) as the card's button and small buttons to
 * delete or export. Empty and damaged slots say so.
 */
export function slotCard(
  id: SaveId,
  record: SaveRecord | undefined,
  problem: SaveProblem | undefined,
  mode: 'save' | 'load',
  actions: SlotActions,
): HTMLElement {
  const card = el('li', `slot ${record ? 'is-filled' : problem ? 'is-damaged' : 'is-empty'}`);
  card.dataset.slot = id;
  const main = el('button', 'slot-main');
  main.type = 'button';
  main.disabled = !actions.main;
  const picture = el('div', 'slot-picture');
  if (record?.thumbnail) {
    const img = el('img');
    img.src = record.thumbnail;
    img.alt = '';
    picture.append(img);
  }
  const info = el('div', 'slot-info');
  info.append(el('span', 'slot-name', slotName(id)));
  if (record) {
    info.append(
      el('span', 'slot-chapter', record.chapterTitle ?? 'Prologue'),
      el('span', 'slot-context', record.context),
      el(
        'span',
        'slot-meta',
        `${playTime(record.playTimeMs)} · ${dateFormat.format(new Date(record.savedAt))}`,
      ),
    );
  } else {
    info.append(
      el(
        'span',
        'slot-context',
        problem ? 'This save could not be read.' : mode === 'save' ? 'Empty — save here' : 'Empty',
      ),
    );
  }
  main.append(picture, info);
  // The button's name is its visible text, led by what pressing it does (hidden, for readers).
  main.prepend(el('span', 'visually-hidden', mode === 'save' ? 'Save to ' : 'Load '));
  card.append(main);
  if (actions.remove || actions.exportFile) {
    const tools = el('div', 'slot-tools');
    if (actions.exportFile)
      tools.append(tool('Export', `Export ${slotName(id)} as a file`, actions.exportFile));
    if (actions.remove) tools.append(tool('Delete', `Delete ${slotName(id)}`, actions.remove));
    card.append(tools);
  }
  if (actions.main) main.addEventListener('click', actions.main);
  return card;
}

function tool(label: string, description: string, onClick: () => void): HTMLButtonElement {
  const button = el('button', 'slot-tool', label);
  button.type = 'button';
  button.setAttribute('aria-label', description);
  button.addEventListener('click', onClick);
  return button;
}
