import { advance, lineRevealed } from './actions';
import { sessionStore } from './session';
import { settingsStore } from './settings';
import { uiStore } from './ui';

/** How fast skip turns pages: fast enough to rush, slow enough to see lines go by. */
const SKIP_STEP_MS = 45;
/** Auto-advance reads at roughly this many milliseconds per character, after the base delay. */
const AUTO_MS_PER_CHAR = 15;

let timer: ReturnType<typeof setTimeout> | null = null;
let holding = false;
let lastKey: unknown[] | null = null;

/** Switches how lines move on: by the reader, by skipping, or by themselves. */
export function setReadingMode(mode: 'read' | 'skip' | 'auto'): void {
  holding = false;
  sessionStore.setState({ mode });
}

/** Skip on or off (a button or the S key). */
export function toggleSkip(): void {
  setReadingMode(sessionStore.getState().mode === 'skip' ? 'read' : 'skip');
}

/** Auto-advance on or off (a button or the A key). */
export function toggleAuto(): void {
  setReadingMode(sessionStore.getState().mode === 'auto' ? 'read' : 'auto');
}

/** Skips while a key is held (Ctrl or Tab), and stops when it is let go. */
export function holdSkip(down: boolean): void {
  if (down && sessionStore.getState().mode !== 'skip') {
    sessionStore.setState({ mode: 'skip' });
    holding = true;
  } else if (!down && holding) {
    holding = false;
    sessionStore.setState({ mode: 'read' });
  }
}

/**
 * Decides the next automatic move after every change: skip runs on until a choice, the end,
 * or (unless "skip unread text" is on) a line never read before; auto waits on each finished
 * line for a time that grows with its length, and waits at choices. Menus pause both.
 */
function schedule(): void {
  const session = sessionStore.getState();
  const overlay = uiStore.getState().overlay;
  // Only what can change the next move restarts the clock (not the play timer or a notice).
  const key = [
    session.view,
    session.revealed,
    session.mode,
    session.screen,
    session.lineWasSeen,
    overlay,
  ];
  if (lastKey && key.every((part, i) => part === lastKey?.[i])) return;
  lastKey = key;
  if (timer) clearTimeout(timer);
  timer = null;
  if (session.mode === 'read' || session.screen !== 'play' || overlay) return;
  const view = session.view;
  if (session.mode === 'skip') {
    if (
      !view ||
      view.ended ||
      view.choices ||
      (!session.lineWasSeen && !settingsStore.getState().skipUnseen)
    ) {
      if (!holding) sessionStore.setState({ mode: 'read' });
      return;
    }
    timer = setTimeout(() => {
      lineRevealed();
      advance();
    }, SKIP_STEP_MS);
    return;
  }
  if (!view || view.choices || view.ended || !session.revealed) return;
  const delay =
    settingsStore.getState().autoDelay * 1000 + (view.beat?.text.length ?? 0) * AUTO_MS_PER_CHAR;
  timer = setTimeout(advance, delay);
}

sessionStore.subscribe(schedule);
uiStore.subscribe(schedule);
