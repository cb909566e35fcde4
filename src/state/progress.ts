import * as v from 'valibot';
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { validator } from './schema';
import { safeStorage } from './storage';

const ProgressSchema = v.object({
  /** Ending id → when it was first reached (ISO date) and how many times. */
  endings: v.record(v.string(), v.object({ first: v.string(), count: v.number() })),
  /** Chapter ids this player has reached, in the order first reached. */
  chapters: v.array(v.string()),
  /** Every letter finished on paper, newest last. */
  letters: v.array(v.object({ kind: v.string(), lines: v.array(v.string()), date: v.string() })),
  /** Lines read in any playthrough (see src/story/line-key.ts); skip stops at the others. */
  seen: v.fallback(v.array(v.string()), []),
});

/** What the player has reached across all playthroughs. */
export type Progress = v.InferOutput<typeof ProgressSchema>;

const emptyProgress = (): Progress => ({ endings: {}, chapters: [], letters: [], seen: [] });

/** The stored format's version; raise it with a step in `migrate`. */
const VERSION = 2;

/** Persisted progress (localStorage `her.progress`, versioned). */
export const progressStore = createStore<Progress>()(
  persist(emptyProgress, {
    name: 'her.progress',
    // Version 2 added `seen`; a version-1 record reads with an empty list.
    version: VERSION,
    storage: safeStorage(validator(ProgressSchema), VERSION),
    migrate: (persisted) => validator(ProgressSchema)(persisted) ?? emptyProgress(),
  }),
);

/** Notes that a chapter was reached (once per chapter). */
export function recordChapter(id: string): void {
  const { chapters } = progressStore.getState();
  if (!chapters.includes(id)) progressStore.setState({ chapters: [...chapters, id] });
}

/** Counts an ending, keeping the date it was first reached. */
export function recordEnding(id: string, now = new Date()): void {
  const { endings } = progressStore.getState();
  const seen = endings[id];
  const entry = seen ? { ...seen, count: seen.count + 1 } : { first: now.toISOString(), count: 1 };
  progressStore.setState({ endings: { ...endings, [id]: entry } });
}

/** Keeps a finished letter for the book of letters. */
export function recordLetter(kind: string, lines: string[], now = new Date()): void {
  const { letters } = progressStore.getState();
  progressStore.setState({ letters: [...letters, { kind, lines, date: now.toISOString() }] });
}

/** Seen lines as a set, kept beside the store so each check is cheap. */
let seenSet: Set<string> | null = null;
/** Lines seen since the last write: stored in batches, not on every line. */
let unsaved: string[] = [];

/** True if this line was read in any playthrough before. */
export function wasSeen(key: string): boolean {
  seenSet ??= new Set(progressStore.getState().seen);
  return seenSet.has(key);
}

/** Remembers that a line has been read (written out by `flushSeen`); returns whether it had been. */
export function markSeen(key: string): boolean {
  if (wasSeen(key)) return true;
  seenSet?.add(key);
  unsaved.push(key);
  return false;
}

/** Writes the lines seen since the last flush (at choice points, saves and page hide). */
export function flushSeen(): void {
  if (unsaved.length === 0) return;
  const batch = unsaved;
  unsaved = [];
  progressStore.setState((s) => ({ seen: [...s.seen, ...batch] }));
}
