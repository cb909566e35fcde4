import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { memoryStorage, StorageProblem } from '../src/state/storage';
import { compileFixture } from './helpers/compile';

const basic = compileFixture('fixtures/basic.ink');
type Memory = ReturnType<typeof memoryStorage>;

/** Loads the state modules fresh on a given storage, as a page load would. */
async function boot(storage: Memory | null) {
  vi.resetModules();
  const storageModule = await import('../src/state/storage');
  storageModule.setStorageBackend(storage);
  const problems: StorageProblem[] = [];
  storageModule.onStorageProblem((p) => problems.push(p));
  const actions = await import('../src/state/actions');
  const { sessionStore } = await import('../src/state/session');
  const { settingsStore, updateSettings } = await import('../src/state/settings');
  const { progressStore } = await import('../src/state/progress');
  const { savesStore } = await import('../src/state/saves');
  actions.loadStory(basic, 'hash-1');
  return {
    actions,
    sessionStore,
    settingsStore,
    updateSettings,
    progressStore,
    savesStore,
    problems,
  };
}

let memory: Memory;
beforeEach(async () => {
  const { memoryStorage } = await import('../src/state/storage');
  memory = memoryStorage();
});

describe('settings', () => {
  it('persists changes, versioned', async () => {
    const game = await boot(memory);
    game.updateSettings({ textSpeed: 80 });
    expect(JSON.parse(memory.data.get('her.settings') ?? '')).toMatchObject({
      version: 1,
      state: { textSpeed: 80 },
    });
    const again = await boot(memory);
    expect(again.settingsStore.getState().textSpeed).toBe(80);
  });

  it('falls back field by field when a stored value is damaged', async () => {
    memory.setItem(
      'her.settings',
      JSON.stringify({ version: 1, state: { textSpeed: 'fast', musicVolume: 0.2 } }),
    );
    const game = await boot(memory);
    expect(game.settingsStore.getState()).toMatchObject({ textSpeed: 45, musicVolume: 0.2 });
  });
});

describe('storage faults never stop the game', () => {
  it('sets unreadable data aside, says so, and starts fresh', async () => {
    memory.setItem('her.progress', '{"version":1,"state":{"endings":');
    const game = await boot(memory);
    expect(game.progressStore.getState().endings).toEqual({});
    expect(memory.data.get('her.progress.corrupt')).toBe('{"version":1,"state":{"endings":');
    expect(game.problems).toContainEqual(
      expect.objectContaining({ key: 'her.progress', kind: 'corrupt' }),
    );
  });

  it('delivers problems met while loading to the first listener, as the UI subscribes late', async () => {
    memory.setItem('her.saves', 'not json');
    vi.resetModules();
    const storageModule = await import('../src/state/storage');
    storageModule.setStorageBackend(memory);
    await import('../src/state/saves');
    const heard: StorageProblem[] = [];
    storageModule.onStorageProblem((p) => heard.push(p));
    expect(heard).toEqual([expect.objectContaining({ key: 'her.saves', kind: 'corrupt' })]);
  });

  it('plays without any storage at all', async () => {
    const game = await boot(null);
    game.actions.newGame();
    expect(game.sessionStore.getState().screen).toBe('play');
    expect(game.problems.some((p) => p.kind === 'missing')).toBe(true);
  });

  it('keeps the earlier save when storage is full', async () => {
    const game = await boot(memory);
    game.actions.newGame();
    while (!game.sessionStore.getState().view?.choices) game.actions.advance();
    const before = memory.data.get('her.saves');
    expect(before).toBeDefined();
    memory.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    game.actions.choose(0);
    while (!game.sessionStore.getState().view?.choices) game.actions.advance();
    expect(memory.data.get('her.saves')).toBe(before);
    expect(game.problems).toContainEqual(
      expect.objectContaining({ key: 'her.saves', kind: 'full' }),
    );
    expect(game.sessionStore.getState().screen).toBe('play');
  });
});

describe('actions', () => {
  it('plays, autosaves at a choice, and continues at the same line after a reload', async () => {
    const game = await boot(memory);
    expect(game.actions.canContinue()).toBe(false);
    game.actions.newGame();
    while (!game.sessionStore.getState().view?.choices) game.actions.advance();
    game.actions.choose(0);
    game.actions.advance();
    game.actions.returnToTitle();
    const before = game.sessionStore.getState().view;

    const reloaded = await boot(memory);
    expect(reloaded.actions.canContinue()).toBe(true);
    expect(reloaded.actions.continueGame()).toBe(true);
    const after = reloaded.sessionStore.getState();
    expect(after.screen).toBe('play');
    expect(after.revealed).toBe(true);
    expect(after.view).toEqual(before);
  });

  it('replays the route when the story changed since the save', async () => {
    const game = await boot(memory);
    game.actions.newGame();
    while (!game.sessionStore.getState().view?.choices) game.actions.advance();
    game.actions.choose(0);
    game.actions.autosave();
    const text = game.sessionStore.getState().view?.beat?.text;

    const reloaded = await boot(memory);
    reloaded.actions.loadStory(basic, 'hash-2');
    reloaded.actions.continueGame();
    expect(reloaded.sessionStore.getState().view?.beat?.text).toBe(text);
    expect(reloaded.sessionStore.getState().notices).toEqual([]);
  });

  it('records chapters, letters and endings in progress', async () => {
    const game = await boot(memory);
    game.actions.newGame();
    const pick = (n: number) => {
      while (!game.sessionStore.getState().view?.choices) game.actions.advance();
      game.actions.choose(n);
    };
    pick(0);
    pick(0);
    while (game.sessionStore.getState().screen === 'play') game.actions.advance();
    const progress = game.progressStore.getState();
    expect(game.sessionStore.getState().screen).toBe('end');
    // Leaving the closing screen keeps the autosave at the last choice, not at the end.
    game.actions.returnToTitle();
    expect(game.savesStore.getState().autosave?.snapshot.view.ended).toBeNull();
    expect(progress.chapters).toEqual(['opening']);
    expect(progress.endings.city_lights?.count).toBe(1);
    expect(progress.letters.map((l) => l.lines)).toEqual([
      ['Dear Ada,', 'Sixty years.', 'With love, Walt'],
    ]);
  });

  it('ignores choices that are not on offer and advancing past a choice', async () => {
    const game = await boot(memory);
    game.actions.newGame();
    game.actions.choose(5);
    while (!game.sessionStore.getState().view?.choices) game.actions.advance();
    const view = game.sessionStore.getState().view;
    game.actions.advance();
    expect(game.sessionStore.getState().view).toBe(view);
  });

  it('applies the strong language setting to the running story', async () => {
    const game = await boot(memory);
    game.actions.newGame();
    game.updateSettings({ strongLanguage: true });
    for (let i = 0; i < 3; i++) game.actions.advance();
    expect(game.sessionStore.getState().view?.beat?.text).toBe('damn says the printer.');
  });
});
