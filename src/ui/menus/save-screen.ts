import { deleteGame, exportSaves, importSaves, loadGame, saveGame } from '../../state/save-actions';
import type { SaveId } from '../../state/save-format';
import { AUTO_IDS, savesStore, SLOT_IDS } from '../../state/saves';
import { notify, sessionStore } from '../../state/session';
import { askToConfirm, closeMenu, uiStore } from '../../state/ui';
import { Dialog, menuButton } from '../dialog';
import { el } from '../dom';
import { slotCard, slotName } from './save-slot';

/** Offers text as a file download (an exported save). */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = el('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The save and load screens (one dialog, two modes): twelve slots, and when loading also the
 * three autosaves and the quicksave; overwrite and delete ask first; saves export to a file
 * and import from one.
 */
export function mountSaveScreen(): void {
  const dialog = new Dialog('Save', closeMenu, 'save-dialog');
  const autos = el('ol', 'slot-grid is-small');
  const manual = el('ol', 'slot-grid');
  const autoHeading = el('h3', 'slot-heading', 'Autosaves and quicksave');
  const manualHeading = el('h3', 'slot-heading', 'Saved games');
  const fileInput = el('input');
  fileInput.type = 'file';
  fileInput.accept = 'application/json,.json';
  fileInput.hidden = true;
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const result = await importSaves(await file.text());
    if (result.imported.length > 0) notify(`Imported ${result.imported.map(slotName).join(', ')}.`);
    for (const reason of result.refused) notify(reason);
  });
  const footer = el('div', 'save-footer');
  footer.append(
    menuButton('Import a save file…', () => fileInput.click(), 'menu-item is-quiet'),
    menuButton(
      'Export all saves',
      () => download('her-letters-saves.json', exportSaves()),
      'menu-item is-quiet',
    ),
    fileInput,
  );
  dialog.body.append(autoHeading, autos, manualHeading, manual, footer);

  const mode = () => (uiStore.getState().overlay === 'save' ? 'save' : 'load');

  const save = (id: SaveId) => {
    const run = async () => {
      if (await saveGame(id)) notify(`Saved to ${slotName(id)}.`);
    };
    if (savesStore.getState().records[id]) {
      askToConfirm({
        message: `Overwrite ${slotName(id)}?`,
        confirmLabel: 'Overwrite',
        onConfirm: () => void run(),
      });
    } else void run();
  };
  const load = (id: SaveId) => {
    if (sessionStore.getState().screen === 'title') return void loadGame(id);
    askToConfirm({
      message: `Load ${slotName(id)}? Anything since your last save is lost.`,
      confirmLabel: 'Load',
      onConfirm: () => loadGame(id),
    });
  };
  const remove = (id: SaveId) =>
    askToConfirm({
      message: `Delete ${slotName(id)}? This cannot be undone.`,
      confirmLabel: 'Delete',
      onConfirm: () => void deleteGame(id),
    });

  const render = () => {
    const { records, damaged } = savesStore.getState();
    const current = mode();
    dialog.setTitle(current === 'save' ? 'Save' : 'Load');
    const card = (id: SaveId) => {
      const record = records[id];
      const canMain = current === 'save' ? true : Boolean(record);
      return slotCard(id, record, damaged[id], current, {
        main: canMain ? () => (current === 'save' ? save(id) : load(id)) : undefined,
        remove: record || damaged[id] ? () => remove(id) : undefined,
        exportFile: record
          ? () => download(`her-letters-${id}.json`, exportSaves([id]))
          : undefined,
      });
    };
    // Re-rendering replaces the cards; keep focus on the same control so it never falls out of
    // the dialog (and keyboard users keep their place).
    const focused = document.activeElement;
    const focusedSlot =
      focused instanceof HTMLElement
        ? focused.closest<HTMLElement>('[data-slot]')?.dataset.slot
        : undefined;
    const focusedTool = focused instanceof HTMLElement ? focused.getAttribute('aria-label') : null;
    autoHeading.hidden = autos.hidden = current === 'save';
    autos.replaceChildren(...[...AUTO_IDS, 'quick' as const].map(card));
    manual.replaceChildren(...SLOT_IDS.map(card));
    if (focusedSlot && !dialog.root.contains(document.activeElement)) {
      const again = dialog.body.querySelector<HTMLElement>(
        `[data-slot="${focusedSlot}"] .slot-main`,
      );
      const tool = focusedTool
        ? dialog.body.querySelector<HTMLElement>(`[aria-label="${focusedTool}"]`)
        : null;
      (tool ?? again)?.focus();
    }
  };

  savesStore.subscribe(() => dialog.isOpen && render());
  uiStore.subscribe(({ overlay }, previous) => {
    if (overlay !== 'save' && overlay !== 'load') return dialog.close();
    if (overlay === previous.overlay && dialog.isOpen) return;
    render();
    dialog.open();
  });
}
