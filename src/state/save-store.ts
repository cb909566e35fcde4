import { createStore, del, get, keys, set } from 'idb-keyval';
import { getBackend, reportStorageProblem } from './storage';

/** Somewhere to keep saves: IndexedDB in the browser, a Map in tests, localStorage as a fallback. */
export interface SaveBackend {
  readonly name: string;
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** IndexedDB through idb-keyval: room for many saves with thumbnails, and no JSON to corrupt. */
export function indexedDbBackend(): SaveBackend {
  const store = createStore('her-letters-from-your-life', 'saves');
  return {
    name: 'IndexedDB',
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    keys: async () => (await keys(store)).map(String),
  };
}

/** localStorage, for browsers without IndexedDB: small, but it keeps the game saving. */
export function localStorageBackend(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>,
): SaveBackend {
  const prefix = 'her.save.';
  return {
    name: 'localStorage',
    get: async (key) => {
      const raw = storage.getItem(prefix + key);
      return raw === null ? undefined : (JSON.parse(raw) as unknown);
    },
    set: async (key, value) => storage.setItem(prefix + key, JSON.stringify(value)),
    del: async (key) => storage.removeItem(prefix + key),
    keys: async () =>
      Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '')
        .filter((k) => k.startsWith(prefix))
        .map((k) => k.slice(prefix.length)),
  };
}

/** A Map, for tests and for a browser that keeps nothing at all (saves last until reload). */
export function memoryBackend(
  initial: Record<string, unknown> = {},
): SaveBackend & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return {
    name: 'memory',
    data,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => void data.set(key, structuredClone(value)),
    del: async (key) => void data.delete(key),
    keys: async () => [...data.keys()],
  };
}

let chosen: SaveBackend | undefined;

/** Replaces the save backend (tests). */
export function setSaveBackend(backend: SaveBackend): void {
  chosen = backend;
}

/**
 * The save backend: IndexedDB when the browser has it, else localStorage with a notice saying
 * why, else memory with a notice that saves will not outlive the tab.
 */
export function saveBackend(): SaveBackend {
  if (chosen) return chosen;
  if (typeof indexedDB !== 'undefined') return (chosen = indexedDbBackend());
  const storage = getBackend();
  if (storage && 'key' in storage) {
    reportStorageProblem({
      key: 'saves',
      kind: 'missing',
      message:
        'This browser has no IndexedDB, so saves are kept in its smaller localStorage instead.',
    });
    return (chosen = localStorageBackend(storage as unknown as Storage));
  }
  reportStorageProblem({
    key: 'saves',
    kind: 'missing',
    message:
      'This browser is not keeping saves (private mode?). You can play, but saves will last only until the tab closes.',
  });
  return (chosen = memoryBackend());
}

const isQuota = (error: unknown) =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/**
 * Runs one save operation; on failure reports it in words a player understands and returns
 * `fallback`, so a broken disk never breaks the game or touches any other save.
 */
export async function guarded<T>(
  what: 'read' | 'write' | 'delete',
  run: () => Promise<T>,
  fallback: T,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    console.warn(`Save ${what} failed`, error);
    const message =
      what === 'write'
        ? isQuota(error)
          ? 'Storage is full, so that save was not written. Your other saves are untouched.'
          : 'That save could not be written. Your other saves are untouched.'
        : what === 'read'
          ? 'Saved games could not be read just now. Nothing was changed.'
          : 'That save could not be deleted just now.';
    reportStorageProblem({ key: 'saves', kind: isQuota(error) ? 'full' : 'failed', message });
    return fallback;
  }
}
