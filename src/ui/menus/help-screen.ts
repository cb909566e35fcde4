import '../styles/settings.css';
import { closeMenu, uiStore } from '../../state/ui';
import { Dialog } from '../dialog';
import { el } from '../dom';

/** A row of a controls table: the keys or buttons, then what they do. */
type Row = [keys: string, action: string];

const KEYBOARD: Row[] = [
  ['Space or Enter', 'Read on (the first press finishes the line)'],
  ['1–9', 'Pick a choice'],
  ['↑ / ↓ then Enter', 'Move between choices and take one'],
  ['Esc', 'Menu (or close the open screen)'],
  ['Backspace', 'Rewind to the previous choice'],
  ['B or PageUp', 'Backlog'],
  ['M', 'Story map: rewind to any choice, or play a chapter again'],
  ['S', 'Skip on / off'],
  ['Ctrl or Tab', 'Skip while held'],
  ['A', 'Auto-advance on / off'],
  ['Q', 'Quicksave'],
  ['L', 'Quickload'],
  ['F', 'Fullscreen'],
  ['H or F1', 'This help'],
];

const POINTER: Row[] = [
  ['Click or Tap', 'Read on (the first press finishes the line)'],
  ['Click or Tap', 'On a choice: take it'],
  ['Wheel up', 'Backlog'],
];

const GAMEPAD: Row[] = [
  ['A', 'Read on / confirm'],
  ['B', 'Back / close'],
  ['Start', 'Menu'],
  ['D-pad ↑ / ↓', 'Move between choices and menu items'],
  ['LB', 'Backlog'],
  ['RB', 'Skip while held'],
  ['Y', 'Auto-advance on / off'],
  ['X', 'Rewind to the previous choice'],
];

/** Each key or button becomes a <kbd>; the words between ("or", "then", "/", "–") stay text. */
function keys(spec: string): HTMLTableCellElement {
  const cell = el('th', 'help-keys');
  cell.scope = 'row';
  spec.split(/(^D-pad | or | then | \/ |–)/).forEach((part, i) => {
    if (part) cell.append(i % 2 ? el('span', 'help-join', part) : el('kbd', '', part));
  });
  return cell;
}

function table(title: string, rows: Row[]): HTMLElement {
  const section = el('section', 'help-group');
  const heading = el('h3', 'settings-heading', title);
  heading.id = `help-${title.split(' ')[0]!.toLowerCase()}`;
  const grid = el('table', 'help-table');
  grid.setAttribute('aria-labelledby', heading.id);
  const head = el('thead', 'visually-hidden');
  head.innerHTML = '<tr><th scope="col">Control</th><th scope="col">What it does</th></tr>';
  const body = el('tbody');
  for (const [spec, action] of rows) {
    const row = el('tr');
    row.append(keys(spec), el('td', 'help-action', action));
    body.append(row);
  }
  grid.append(head, body);
  section.append(heading, grid);
  return section;
}

/** The help screen: every keyboard, mouse, touch and gamepad control in three short tables. */
export function mountHelpScreen(): void {
  const dialog = new Dialog('Help', closeMenu, 'help-dialog');
  // Focusable so keyboard players can scroll it on small screens (it has no other controls).
  dialog.body.tabIndex = 0;
  dialog.body.setAttribute('role', 'region');
  dialog.body.setAttribute('aria-label', 'Controls');
  const columns = el('div', 'settings-columns');
  const left = el('div', 'settings-column');
  const right = el('div', 'settings-column');
  left.append(table('Keyboard', KEYBOARD));
  right.append(table('Mouse and touch', POINTER), table('Gamepad', GAMEPAD));
  columns.append(left, right);
  dialog.body.append(columns);

  const render = (overlay: string | null) => {
    if (overlay !== 'help') dialog.close();
    else if (!dialog.isOpen) dialog.open(dialog.body);
  };
  uiStore.subscribe(({ overlay }) => render(overlay));
  render(uiStore.getState().overlay);
}
