import { canContinue, continueGame, newGame } from '../state/actions';
import { savesStore } from '../state/saves';
import { sessionStore } from '../state/session';
import { byId } from './dom';

/**
 * Wires the title screen that index.html already painted: New game, and Continue when an
 * autosave exists. Nothing here waits for Phaser or the fonts.
 */
export function mountTitleScreen(): void {
  const root = byId('title');
  const newButton = byId<HTMLButtonElement>('new-game');
  const continueButton = byId<HTMLButtonElement>('continue');
  newButton.addEventListener('click', () => newGame());
  continueButton.addEventListener('click', () => continueGame());

  let wasVisible = !root.hidden;
  const render = () => {
    const visible = sessionStore.getState().screen === 'title';
    root.hidden = !visible;
    continueButton.hidden = !canContinue();
    if (visible && !wasVisible) (continueButton.hidden ? newButton : continueButton).focus();
    wasVisible = visible;
  };
  sessionStore.subscribe(render);
  savesStore.subscribe(render);
  render();
  (continueButton.hidden ? newButton : continueButton).focus({ preventScroll: true });
}
