import { returnToTitle } from '../../state/actions';
import { skipInterlude } from '../../state/interlude-actions';
import { sessionStore } from '../../state/session';
import { askToConfirm, closeAllMenus, closeMenu, openMenu, uiStore } from '../../state/ui';
import { Dialog, menuButton } from '../dialog';
import { el } from '../dom';

/**
 * The in-game menu (Esc): resume, save, load, backlog, story map, settings, help, the title; over
 * an interlude it is the pause menu, and offers to read the scene instead of playing it.
 */
export function mountGameMenu(): void {
  const dialog = new Dialog('Menu', closeMenu, 'menu-dialog');
  const list = el('div', 'menu-list');
  const resume = menuButton('Resume', closeAllMenus);
  const skip = menuButton('Skip this scene (read it instead)', () => {
    closeAllMenus();
    skipInterlude();
  });
  list.append(
    resume,
    skip,
    menuButton('Save', () => openMenu('save')),
    menuButton('Load', () => openMenu('load')),
    menuButton('Backlog', () => openMenu('backlog')),
    menuButton('Story map', () => openMenu('map')),
    menuButton('Settings', () => openMenu('settings')),
    menuButton('Help', () => openMenu('help')),
    menuButton('Back to the title', () =>
      askToConfirm({
        message: 'Go back to the title? Your place is autosaved, so Continue brings you back here.',
        confirmLabel: 'Back to the title',
        onConfirm: returnToTitle,
      }),
    ),
  );
  dialog.body.append(list);
  uiStore.subscribe(({ overlay }) => {
    if (overlay !== 'menu') return dialog.close();
    skip.hidden = !sessionStore.getState().view?.interlude;
    dialog.open(resume);
  });
}
