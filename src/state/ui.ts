import { createStore } from 'zustand/vanilla';

/** The menus and screens that open over the game. */
export type Overlay =
  | 'menu'
  | 'save'
  | 'load'
  | 'settings'
  | 'backlog'
  | 'help'
  | 'content-note'
  | 'endings'
  | 'map'
  | 'letters';

/** A question waiting for the player's yes or no (overwrite a save, delete one, leave). */
export interface Confirmation {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
}

/** What is open over the game. Not persisted: a reload starts with nothing open. */
export interface UiState {
  overlay: Overlay | null;
  /** Which overlay to go back to when this one closes (e.g. settings opened from the menu). */
  returnTo: Overlay | null;
  confirm: Confirmation | null;
}

/** The overlay store; change it through the intents below. */
export const uiStore = createStore<UiState>()(() => ({
  overlay: null,
  returnTo: null,
  confirm: null,
}));

/** Opens a menu or screen over the game (from the menu, remembering to come back to it). */
export function openMenu(overlay: Overlay): void {
  const current = uiStore.getState().overlay;
  uiStore.setState({ overlay, returnTo: current === 'menu' ? 'menu' : null, confirm: null });
}

/** Closes the open overlay, going back to the menu if that is where it was opened from. */
export function closeMenu(): void {
  const { returnTo } = uiStore.getState();
  uiStore.setState({ overlay: returnTo, returnTo: null, confirm: null });
}

/** Closes everything at once (back to the game). */
export function closeAllMenus(): void {
  uiStore.setState({ overlay: null, returnTo: null, confirm: null });
}

/** Asks the player to confirm something; `onConfirm` runs only on yes. */
export function askToConfirm(confirmation: Confirmation): void {
  uiStore.setState({ confirm: confirmation });
}

/** Answers the open question. */
export function answerConfirm(yes: boolean): void {
  const { confirm } = uiStore.getState();
  uiStore.setState({ confirm: null });
  if (yes) confirm?.onConfirm();
}
