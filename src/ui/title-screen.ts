import { newGame } from '../state/actions';
import { canContinue, continueGame } from '../state/save-actions';
import { savesStore } from '../state/saves';
import { sessionStore } from '../state/session';
import { byId } from './dom';
import { openMenu } from '../state/ui';

/**
 * Wires the title screen that index.html already painted: New game, and Continue when an
 * autosave exists. Nothing here waits for Phaser or the fonts.
 */
export function mountTitleScreen(): void {
  const root = byId('title');
  const newButton = byId<HTMLButtonElement>('new-game');
  const continueButton = byId<HTMLButtonElement>('continue');
  const loadButton = byId<HTMLButtonElement>('title-load');
  newButton.addEventListener('click', () => newGame());
  continueButton.addEventListener('click', () => continueGame());
  loadButton.addEventListener('click', () => openMenu('load'));
  byId('title-settings').addEventListener('click', () => openMenu('settings'));
  byId('title-help').addEventListener('click', () => openMenu('help'));

  let wasVisible = !root.hidden;
  const render = () => {
    const visible = sessionStore.getState().screen === 'title';
    root.hidden = !visible;
    continueButton.hidden = !canContinue();
    loadButton.hidden = continueButton.hidden;
    if (visible && !wasVisible) (continueButton.hidden ? newButton : continueButton).focus();
    wasVisible = visible;
  };
  sessionStore.subscribe(render);
  savesStore.subscribe(render);
  render();
  (continueButton.hidden ? newButton : continueButton).focus({ preventScroll: true });
}
