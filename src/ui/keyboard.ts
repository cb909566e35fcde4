import { rewind } from '../state/actions';
import { holdSkip, toggleAuto, toggleSkip } from '../state/reading';
import { quickload, quicksave } from '../state/save-actions';
import { sessionStore } from '../state/session';
import { openMenu, uiStore } from '../state/ui';
import type { ChoiceList } from './choices';
import { toggleFullscreen } from './fullscreen';
import type { InterludeHudView } from './interlude-hud';
import { proceed } from './proceed';

/** Keys that work anywhere in play (menus handle their own keys: they are real buttons). */
const PLAY_KEYS: Record<string, () => void> = {
  Escape: () => openMenu('menu'),
  Backspace: () => void rewind(),
  b: () => openMenu('backlog'),
  PageUp: () => openMenu('backlog'),
  m: () => openMenu('map'),
  s: toggleSkip,
  a: toggleAuto,
  q: () => void quicksave(),
  l: quickload,
  h: () => openMenu('help'),
  F1: () => openMenu('help'),
  f: toggleFullscreen,
};

/** The keys that still work while an interlude is being played. */
const INTERLUDE_KEYS = new Set(['Escape', 'F1', 'f']);

/**
 * The keyboard while reading (see the Help screen): Space or Enter reads on, 1–9 pick a
 * choice, arrows move between choices, hold Ctrl or Tab to skip, and single keys for the rest.
 */
export function mountKeyboard(choices: ChoiceList, hud?: InterludeHudView): void {
  addEventListener('keydown', (event) => {
    // Keys pressed inside a menu belong to it (Escape there closes it; it must not reopen one).
    const inDialog = event.target instanceof Element && event.target.closest('dialog') !== null;
    const { overlay, confirm } = uiStore.getState();
    if (inDialog || overlay || confirm || sessionStore.getState().screen !== 'play') return;
    // A running interlude owns the keys (WASD, arrows, Space); only the pause and help keys
    // keep their meaning, and number keys pick its in-game choices.
    if (sessionStore.getState().view?.interlude) {
      if (INTERLUDE_KEYS.has(event.key)) {
        event.preventDefault();
        PLAY_KEYS[event.key]?.();
      } else hud?.onKey(event);
      return;
    }
    if (event.key === 'Control' || event.key === 'Tab') {
      if (event.key === 'Tab' && sessionStore.getState().view?.choices) return; // Tab moves focus there
      event.preventDefault();
      if (!event.repeat) holdSkip(true);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const single = PLAY_KEYS[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (single) {
      event.preventDefault();
      single();
      return;
    }
    const { view, revealed } = sessionStore.getState();
    if (view?.choices && revealed) {
      if (/^[1-9]$/.test(event.key) && choices.pickNumber(Number(event.key)))
        event.preventDefault();
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        choices.moveFocus(event.key === 'ArrowDown' ? 1 : -1);
      }
      return;
    }
    const onButton = event.target instanceof HTMLButtonElement;
    if ((event.key === ' ' || event.key === 'Enter') && !onButton && !event.repeat) {
      event.preventDefault();
      proceed();
    }
  });
  addEventListener('keyup', (event) => {
    if (event.key === 'Control' || event.key === 'Tab') holdSkip(false);
  });
}
