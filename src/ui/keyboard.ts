import { sessionStore } from '../state/session';
import type { ChoiceList } from './choices';
import { proceed } from './proceed';

/**
 * Keys while reading: Space or Enter reads on, 1–9 pick a choice, arrows move between choices
 * (Enter on a focused choice is the button's own click).
 */
export function mountKeyboard(choices: ChoiceList): void {
  window.addEventListener('keydown', (event) => {
    if (
      sessionStore.getState().screen !== 'play' ||
      event.altKey ||
      event.ctrlKey ||
      event.metaKey
    ) {
      return;
    }
    const onButton = event.target instanceof HTMLButtonElement;
    const view = sessionStore.getState().view;
    if (view?.choices && sessionStore.getState().revealed) {
      if (/^[1-9]$/.test(event.key) && choices.pickNumber(Number(event.key)))
        event.preventDefault();
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        choices.moveFocus(event.key === 'ArrowDown' ? 1 : -1);
      }
      return;
    }
    if ((event.key === ' ' || event.key === 'Enter') && !onButton && !event.repeat) {
      event.preventDefault();
      proceed();
    }
  });
}
