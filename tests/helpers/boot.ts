import { vi } from 'vitest';
import type { SaveBackend } from '../../src/state/save-store';
import type { StorageProblem } from '../../src/state/storage';
import { compileFixture } from './compile';

/** A Map-backed stand-in for window.localStorage, with the Storage methods the game uses. */
export function fakeLocalStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

/** What a booted game exposes to a test. */
export type Game = Awaited<ReturnType<typeof boot>>;

/**
 * Loads the state modules fresh, as a page load would, on the given storage and save backend
 * (null storage: a browser that keeps nothing), with a fixture story. Storage problems are
 * collected in `problems`.
 */
export async function boot(options: {
  storage?: ReturnType<typeof fakeLocalStorage> | null;
  saves?: SaveBackend;
  story?: string;
  hash?: string;
}) {
  vi.resetModules();
  const storage = await import('../../src/state/storage');
  storage.setStorageBackend(options.storage === undefined ? fakeLocalStorage() : options.storage);
  const saveStore = await import('../../src/state/save-store');
  if (options.saves) saveStore.setSaveBackend(options.saves);
  const problems: StorageProblem[] = [];
  storage.onStorageProblem((p) => problems.push(p));
  const actions = await import('../../src/state/actions');
  const saveActions = await import('../../src/state/save-actions');
  const saves = await import('../../src/state/saves');
  const { sessionStore } = await import('../../src/state/session');
  const { settingsStore, updateSettings } = await import('../../src/state/settings');
  const { progressStore } = await import('../../src/state/progress');
  const playClock = await import('../../src/state/play-clock');
  actions.loadStory(
    compileFixture(options.story ?? 'fixtures/basic.ink'),
    options.hash ?? 'hash-1',
  );
  await saves.loadSaves();
  /** Reads on until choices are offered. */
  const untilChoices = () => {
    for (let i = 0; i < 200 && !sessionStore.getState().view?.choices; i++) actions.advance();
  };
  return {
    actions,
    saveActions,
    saves,
    sessionStore,
    settingsStore,
    updateSettings,
    progressStore,
    playClock,
    problems,
    untilChoices,
  };
}

/** Lets pending promise callbacks (the fire-and-forget autosave) run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
