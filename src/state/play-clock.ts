import { sessionStore } from './session';

/**
 * The play clock: time spent with the story on screen and the page in view, carried in saves.
 * The session store holds the time banked so far, and the clock only remembers when the
 * running stretch began, so nothing has to wake each second to count: a store ticking once a
 * second re-rendered the whole interface, the only work a game left alone still did.
 */
let runningSince: number | null = null;

const now = () => performance.now();

/** The play time so far, the stretch running now included. */
export function playTimeNow(): number {
  const banked = sessionStore.getState().playTimeMs;
  return runningSince === null ? banked : banked + (now() - runningSince);
}

/** Starts or stops the clock; it should run while the story is on screen and in view. */
export function runPlayClock(running: boolean): void {
  if (running === (runningSince !== null)) return;
  if (running) {
    runningSince = now();
    return;
  }
  const playTimeMs = Math.round(playTimeNow());
  runningSince = null;
  sessionStore.setState({ playTimeMs });
}

/** Sets the play time (0 for a new game, a save's time when it is loaded), counting on from it. */
export function setPlayTime(ms: number): void {
  if (runningSince !== null) runningSince = now();
  sessionStore.setState({ playTimeMs: ms });
}
