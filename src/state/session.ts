import { createStore } from 'zustand/vanilla';
import type { PlayView } from '../story/playthrough';

/** Which screen the player is on. */
export type Screen = 'title' | 'play' | 'end';

/** A short message for the player (storage trouble, a story that changed under a save). */
export interface Notice {
  id: number;
  text: string;
}

/** The live session: what is on screen now. Not persisted; saves capture the story side. */
export interface Session {
  screen: Screen;
  view: PlayView | null;
  /**
   * Counts steps produced by play (not by a restore), so one-off cues such as sounds and
   * flashes run once when they happen and not again after Continue.
   */
  stepSerial: number;
  /** True once the current line is fully shown; choices and the voice waveform follow it. */
  revealed: boolean;
  /** Whether the current line had been read before, in any playthrough (skip stops at new ones). */
  lineWasSeen: boolean;
  /** Whether there is an earlier choice point to rewind to. */
  canRewind: boolean;
  /** Backlog choices numbered from here on can be returned to (earlier ones predate a load). */
  earliestRewindPoint: number;
  /** How lines move on: by the reader, skipping, or by themselves after a pause. */
  mode: 'read' | 'skip' | 'auto';
  /** Time spent playing this game, carried in saves. */
  playTimeMs: number;
  notices: Notice[];
}

/** The session store; change it only through the actions in `actions.ts`. */
export const sessionStore = createStore<Session>()(() => ({
  screen: 'title',
  view: null,
  stepSerial: 0,
  revealed: false,
  lineWasSeen: false,
  canRewind: false,
  earliestRewindPoint: Number.POSITIVE_INFINITY,
  mode: 'read',
  playTimeMs: 0,
  notices: [],
}));

let nextNotice = 1;

/** Shows a short message to the player. */
export function notify(text: string): void {
  const { notices } = sessionStore.getState();
  if (notices.some((n) => n.text === text)) return;
  sessionStore.setState({ notices: [...notices, { id: nextNotice++, text }] });
}

/** Removes a message once it has been read or has timed out. */
export function dismissNotice(id: number): void {
  const { notices } = sessionStore.getState();
  sessionStore.setState({ notices: notices.filter((n) => n.id !== id) });
}
