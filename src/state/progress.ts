import * as v from 'valibot';
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { validator } from './schema';
import { getBackend, reportStorageProblem, safeStorage } from './storage';

const Plain = v.union([v.string(), v.number(), v.boolean(), v.array(v.string()), v.null()]);
const Picture = v.pipe(v.string(), v.startsWith('data:image/'), v.maxLength(200_000));

const ProgressSchema = v.object({
  /** Ending id → first reached, last reached (ISO dates), how often, and its last image. */
  endings: v.record(
    v.string(),
    v.object({
      first: v.string(),
      count: v.number(),
      last: v.optional(v.string()),
      picture: v.fallback(v.optional(v.nullable(Picture), null), null),
    }),
  ),
  /** Chapter ids this player has reached, in the order first reached. */
  chapters: v.array(v.string()),
  /** Every letter finished on paper, oldest first, with the ending its playthrough reached. */
  letters: v.array(
    v.object({
      kind: v.string(),
      lines: v.array(v.string()),
      date: v.string(),
      ending: v.optional(v.nullable(v.string()), null),
    }),
  ),
  /** Lines read in any playthrough (see src/story/line-key.ts); skip stops at the others. */
  seen: v.fallback(v.array(v.string()), []),
  /** Options ever taken, by stable id (`knot.stitch/words`, see src/story/map-outline.ts). */
  choices: v.fallback(v.array(v.string()), []),
  /** Chapter id → where the last playthrough to reach it started it: chapter select's start. */
  starts: v.fallback(
    v.record(
      v.string(),
      v.object({
        title: v.string(),
        knot: v.string(),
        variables: v.record(v.string(), Plain),
        date: v.string(),
      }),
    ),
    {},
  ),
});

/** What the player has reached across all playthroughs. */
export type Progress = v.InferOutput<typeof ProgressSchema>;

/** A chapter start kept for chapter select. */
export type ChapterStart = Progress['starts'][string];

/** Progress before anything was played. */
export const emptyProgress = (): Progress => ({
  endings: {},
  chapters: [],
  letters: [],
  seen: [],
  choices: [],
  starts: {},
});

/** Reads stored progress of any version this build knows, or null if it is not progress. */
export const readProgress = validator(ProgressSchema);

/** The stored format's version; raise it with a step in `migrate`. */
export const PROGRESS_VERSION = 3;

/**
 * Brings stored progress up to date. Version 2 added `seen`; version 3 added the choices
 * taken, chapter starts, each letter's ending and each ending's last image. Every added field
 * has a default in the schema, so older records read as they are, with the new parts empty.
 */
export function migrateProgress(persisted: unknown): Progress {
  const progress = readProgress(persisted);
  if (progress) return progress;
  // An old record that cannot be read is kept aside, as a damaged current one is (storage.ts).
  try {
    getBackend()?.setItem('her.progress.corrupt', JSON.stringify({ state: persisted }));
  } catch {
    // Nowhere to keep a copy: the original stays until the next write.
  }
  reportStorageProblem({
    key: 'her.progress',
    kind: 'corrupt',
    message: 'Some saved data could not be read and was set aside; starting fresh for it.',
  });
  return emptyProgress();
}

/** Persisted progress (localStorage `her.progress`, versioned). */
export const progressStore = createStore<Progress>()(
  persist(emptyProgress, {
    name: 'her.progress',
    version: PROGRESS_VERSION,
    storage: safeStorage(readProgress, PROGRESS_VERSION),
    migrate: migrateProgress,
  }),
);

/** Seen lines as a set, kept beside the store so each check is cheap. */
let seenSet: Set<string> | null = null;
/** Lines seen since the last write: stored in batches, not on every line. */
let unsaved: string[] = [];

// Another tab's progress may be merged in: the set is rebuilt from the store on next use.
progressStore.subscribe((now, before) => {
  if (now.seen !== before.seen) seenSet = null;
});

/** True if this line was read in any playthrough before. */
export function wasSeen(key: string): boolean {
  seenSet ??= new Set([...progressStore.getState().seen, ...unsaved]);
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
