import type { PersistStorage, StateStorage, StorageValue } from 'zustand/middleware';

/** What went wrong with the browser's storage, worded for the player. */
export interface StorageProblem {
  key: string;
  kind: 'missing' | 'full' | 'corrupt' | 'failed';
  message: string;
}

type ProblemListener = (problem: StorageProblem) => void;
const listeners = new Set<ProblemListener>();
/** Problems met before anyone listened: stores hydrate on import, before the UI exists. */
const unheard: StorageProblem[] = [];

/**
 * Subscribes to storage problems (the UI shows them as a notice), first delivering any that
 * happened before; returns the unsubscribe.
 */
export function onStorageProblem(listener: ProblemListener): () => void {
  listeners.add(listener);
  for (const problem of unheard.splice(0)) listener(problem);
  return () => listeners.delete(listener);
}

/** Tells whoever listens (the UI's notices) about a storage problem. */
export function reportStorageProblem(problem: StorageProblem): void {
  if (listeners.size === 0) unheard.push(problem);
  for (const listener of listeners) listener(problem);
}

let backend: StateStorage | null | undefined;

/** Replaces the storage backend (tests pass an in-memory one; null means none at all). */
export function setStorageBackend(storage: StateStorage | null): void {
  backend = storage;
}

/** The backend, found lazily so stores can be created in Node and in private windows. */
export function getBackend(): StateStorage | null {
  if (backend !== undefined) return backend;
  try {
    backend = globalThis.localStorage ?? null;
  } catch {
    backend = null; // Some browsers throw on access when storage is disabled.
  }
  return backend;
}

const isQuotaError = (error: unknown) =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/**
 * A persist storage that never throws: missing storage, a full disk, and unreadable or
 * invalid data are reported once each and the game carries on with defaults. Data that
 * cannot be read is copied aside to `<key>.corrupt` before anything overwrites it.
 */
export function safeStorage<S>(
  validate: (value: unknown) => S | null,
  version: number,
): PersistStorage<S> {
  const warned = new Set<string>();
  const once = (problem: StorageProblem) => {
    const id = `${problem.key}:${problem.kind}`;
    if (warned.has(id)) return;
    warned.add(id);
    reportStorageProblem(problem);
  };
  const missing = (key: string) =>
    once({
      key,
      kind: 'missing',
      message:
        'This browser is not keeping saves (private mode?). You can play, but progress will not be remembered.',
    });
  return {
    getItem(key) {
      let store = getBackend();
      let raw: string | null = null;
      try {
        raw = store ? (store.getItem(key) as string | null) : null;
      } catch {
        store = null;
      }
      if (!store) {
        missing(key);
        return null;
      }
      if (raw === null) return null;
      try {
        const parsed = JSON.parse(raw) as StorageValue<unknown>;
        const storedVersion = typeof parsed?.version === 'number' ? parsed.version : 0;
        // An older version goes to the store's migrate as it is; validating it against today's
        // shape first would strip the very fields a migration needs.
        if (
          storedVersion !== version &&
          typeof parsed?.state === 'object' &&
          parsed.state !== null
        ) {
          return { state: parsed.state as S, version: storedVersion };
        }
        const state = validate(parsed?.state);
        if (state === null) throw new Error('unexpected shape');
        return { state, version: storedVersion };
      } catch {
        try {
          store.setItem(`${key}.corrupt`, raw as string);
        } catch {
          // Nowhere to keep a copy; the original stays until the next write.
        }
        once({
          key,
          kind: 'corrupt',
          message: 'Some saved data could not be read and was set aside; starting fresh for it.',
        });
        return null;
      }
    },
    setItem(key, value) {
      const store = getBackend();
      if (!store) return missing(key);
      try {
        store.setItem(key, JSON.stringify(value));
        warned.delete(`${key}:full`);
      } catch (error) {
        if (isQuotaError(error)) {
          once({
            key,
            kind: 'full',
            message:
              'Browser storage is full, so the game could not save just now. Your earlier saves are untouched.',
          });
        } else {
          once({
            key,
            kind: 'failed',
            message: 'The game could not save just now. Your earlier saves are untouched.',
          });
        }
      }
    },
    removeItem(key) {
      try {
        getBackend()?.removeItem(key);
      } catch {
        // Removing is best effort: a leftover value is harmless.
      }
    },
  };
}

/** A Map-backed storage for tests and for tools running in Node. */
export function memoryStorage(
  initial: Record<string, string> = {},
): StateStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}
