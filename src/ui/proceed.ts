import { advance } from '../state/actions';
import { sessionStore } from '../state/session';
import type { Typewriter } from './typewriter';

let active: Typewriter | null = null;

/** Marks which typewriter holds the current line, so one press can finish it. */
export function setActiveTypewriter(typewriter: Typewriter | null): void {
  active = typewriter;
}

/** Shows the rest of the line being typed, if any. */
export function completeActiveTypewriter(): void {
  if (active?.typing) active.complete();
}

/**
 * The reader's one "go on" gesture (click, tap, Space, Enter): finish the line being typed,
 * or show the next one. While choices wait it does nothing; the player must pick.
 */
export function proceed(): void {
  if (active?.typing) {
    active.complete();
    return;
  }
  const { screen, view } = sessionStore.getState();
  if (screen === 'play' && !view?.choices) advance();
}
