import '../styles/settings.css';
import note from '../../../story/content-note.txt?raw';
import { settingsStore, updateSettings } from '../../state/settings';
import { closeMenu, openMenu, uiStore } from '../../state/ui';
import { Dialog, menuButton } from '../dialog';
import { el } from '../dom';

/** Remembers the note was shown, so it appears on the first launch only. */
function markSeen(): void {
  if (!settingsStore.getState().contentNoteSeen) updateSettings({ contentNoteSeen: true });
}

/**
 * The content note, shown once before the story on a first launch; the words are the
 * writers' own (story/content-note.txt), the same text the title screen prints.
 */
export function mountContentNote(): void {
  const dialog = new Dialog('Before you begin', closeMenu, 'content-note-dialog');
  const text = el('div', 'content-note-text');
  for (const paragraph of note.trim().split(/\n\s*\n/)) text.append(el('p', '', paragraph));
  text.append(
    el('p', 'content-note-aside', 'Strong language can be turned on in Settings, under Story.'),
  );
  const proceed = () => {
    markSeen();
    closeMenu();
  };
  const continueButton = menuButton('Continue', proceed, 'settings-button is-primary');
  // Settings replaces the note rather than stacking on it; the note still counts as seen.
  const settingsButton = menuButton('Settings', () => openMenu('settings'), 'settings-button');
  const footer = el('div', 'settings-footer');
  footer.append(settingsButton, continueButton);
  dialog.body.append(text);
  dialog.root.append(footer);

  // Whatever closes the note (Continue, Escape, ×, another screen), it has been seen.
  uiStore.subscribe(({ overlay }) => {
    if (overlay === 'content-note') {
      if (!dialog.isOpen) dialog.open(continueButton);
    } else if (dialog.isOpen) {
      dialog.close();
      markSeen();
    }
  });
  if (!settingsStore.getState().contentNoteSeen) openMenu('content-note');
}
