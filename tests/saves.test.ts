import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { indexedDbBackend, memoryBackend, type SaveBackend } from '../src/state/save-store';
import { boot, fakeLocalStorage, settle, type Game } from './helpers/boot';

/** A save backend that fails the way real disks and browsers fail. */
function failing(
  base: SaveBackend,
  faults: { write?: Error; read?: Error; remove?: Error },
): SaveBackend {
  return {
    ...base,
    name: 'failing',
    keys: () => (faults.read ? Promise.reject(faults.read) : base.keys()),
    get: (k) => (faults.read ? Promise.reject(faults.read) : base.get(k)),
    set: (k, v) => (faults.write ? Promise.reject(faults.write) : base.set(k, v)),
    del: (k) => (faults.remove ? Promise.reject(faults.remove) : base.del(k)),
  };
}

/** Plays to the first choice of the fixture and saves to slot 1. */
async function savedToSlot1(game: Game) {
  game.actions.newGame();
  game.untilChoices();
  expect(await game.saveActions.saveGame('slot-1')).toBe(true);
  return game.saves.savesStore.getState().records['slot-1']!;
}

describe('saves', () => {
  it('save to a slot with chapter, context, play time and date; load it back exactly', async () => {
    const game = await boot({ saves: memoryBackend() });
    const clock = vi.spyOn(performance, 'now').mockReturnValue(1_000);
    game.actions.newGame();
    game.playClock.runPlayClock(true);
    clock.mockReturnValue(66_000); // 65 s of play
    game.untilChoices();
    await game.saveActions.saveGame('slot-3');
    const record = game.saves.savesStore.getState().records['slot-3']!;
    expect(record).toMatchObject({
      id: 'slot-3',
      chapterTitle: 'The Opening',
      playTimeMs: 65_000,
      thumbnail: null,
    });
    expect(record.context).toMatch(/says the printer/);
    // A copy: the backlog grows in place as the story reads on.
    const view = structuredClone(game.sessionStore.getState().view);
    game.actions.choose(0);
    expect(game.saveActions.loadGame('slot-3')).toBe(true);
    expect(game.sessionStore.getState().view).toEqual(view);
    // The clock counts on from the loaded save's time, not from the time played since.
    expect(game.playClock.playTimeNow()).toBe(65_000);
    clock.mockReturnValue(70_000);
    expect(game.playClock.playTimeNow()).toBe(69_000);
    clock.mockRestore();
  });

  it('keeps three rolling autosaves and Continue takes the newest save of any kind', async () => {
    const game = await boot({ saves: memoryBackend() });
    game.actions.newGame();
    for (let i = 0; i < 4; i++) {
      await game.saveActions.autosave();
      await new Promise((r) => setTimeout(r, 5)); // distinct timestamps
    }
    const ids = Object.keys(game.saves.savesStore.getState().records).sort();
    expect(ids).toEqual(['auto-1', 'auto-2', 'auto-3']);
    await game.saveActions.quicksave();
    expect(game.saves.newestSave()?.id).toBe('quick');
  });

  it('round-trips through real IndexedDB (fake-indexeddb) across a reload', async () => {
    const saves = indexedDbBackend();
    const game = await boot({ saves });
    const record = await savedToSlot1(game);
    const reloaded = await boot({ saves: indexedDbBackend() });
    expect(reloaded.saves.savesStore.getState().records['slot-1']).toEqual(record);
  });

  it('exports one save and imports it into a free slot, validated', async () => {
    const game = await boot({ saves: memoryBackend() });
    await savedToSlot1(game);
    const file = game.saveActions.exportSaves(['slot-1']);
    const result = await game.saveActions.importSaves(file);
    expect(result).toEqual({ imported: ['slot-2'], refused: [] });
    expect(game.saves.savesStore.getState().records['slot-2']?.snapshot).toEqual(
      game.saves.savesStore.getState().records['slot-1']?.snapshot,
    );
  });

  it('writes the place synchronously as the tab goes away, and the next start continues there', async () => {
    const storage = fakeLocalStorage();
    const saves = memoryBackend();
    const game = await boot({
      storage,
      saves: failing(saves, { write: new Error('tab closing') }),
    });
    game.actions.newGame();
    game.untilChoices();
    game.actions.choose(0);
    game.actions.advance();
    game.saveActions.saveBeforeLeaving(); // the IndexedDB write fails, as it may on unload
    const text = game.sessionStore.getState().view?.beat?.text;
    expect(storage.data.has('her.resume')).toBe(true);
    const next = await boot({ storage, saves });
    expect(next.saveActions.continueGame()).toBe(true);
    expect(next.sessionStore.getState().view?.beat?.text).toBe(text);
    expect(storage.data.has('her.resume')).toBe(false);
  });

  it('migrates the foundation’s localStorage autosave into the first autosave', async () => {
    const saves = memoryBackend();
    const first = await boot({ saves });
    const record = await savedToSlot1(first);
    const {
      format: _format,
      id: _id,
      playTimeMs: _t,
      context: _c,
      thumbnail: _p,
      checkpoint: _k,
      ...rest
    } = record;
    const storage = fakeLocalStorage({
      'her.saves': JSON.stringify({ version: 1, state: { autosave: { ...rest, format: 1 } } }),
    });
    const game = await boot({ storage, saves: memoryBackend() });
    expect(game.saves.savesStore.getState().records['auto-1']?.snapshot).toEqual(record.snapshot);
    expect(storage.data.has('her.saves')).toBe(false);
  });
});

describe('storage faults never stop the game (and never touch other saves)', () => {
  it('1. no localStorage at all: the game plays, the player is told', async () => {
    const game = await boot({ storage: null, saves: memoryBackend() });
    game.actions.newGame();
    expect(game.sessionStore.getState().screen).toBe('play');
    game.updateSettings({ textSpeed: 10 });
    expect(game.problems.some((p) => p.kind === 'missing')).toBe(true);
  });

  it('2. localStorage that throws on access (blocked cookies) is treated as missing', async () => {
    const storage = fakeLocalStorage();
    storage.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const game = await boot({ storage, saves: memoryBackend() });
    expect(game.settingsStore.getState().textSpeed).toBe(45);
    expect(game.problems.some((p) => p.kind === 'missing')).toBe(true);
  });

  it('3. full localStorage: settings stay in memory, the earlier value is untouched', async () => {
    const storage = fakeLocalStorage({
      'her.settings': JSON.stringify({ version: 2, state: { textSpeed: 30 } }),
    });
    const game = await boot({ storage, saves: memoryBackend() });
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    game.updateSettings({ textSpeed: 99 });
    expect(game.settingsStore.getState().textSpeed).toBe(99);
    expect(storage.data.get('her.settings')).toContain('"textSpeed":30');
    expect(game.problems).toContainEqual(
      expect.objectContaining({ key: 'her.settings', kind: 'full' }),
    );
  });

  it('4. corrupt settings JSON is set aside and defaults are used', async () => {
    const storage = fakeLocalStorage({ 'her.settings': '{"version":2,"state":{' });
    const game = await boot({ storage, saves: memoryBackend() });
    expect(game.settingsStore.getState().textSpeed).toBe(45);
    expect(storage.data.get('her.settings.corrupt')).toBe('{"version":2,"state":{');
    expect(game.problems).toContainEqual(expect.objectContaining({ kind: 'corrupt' }));
  });

  it('5. progress of the wrong shape is set aside, endings start empty', async () => {
    const storage = fakeLocalStorage({
      'her.progress': JSON.stringify({ version: 2, state: { endings: 'lots' } }),
    });
    const game = await boot({ storage, saves: memoryBackend() });
    expect(game.progressStore.getState().endings).toEqual({});
    expect(storage.data.has('her.progress.corrupt')).toBe(true);
  });

  it('6. one damaged settings field falls back alone; the rest are kept', async () => {
    const storage = fakeLocalStorage({
      'her.settings': JSON.stringify({
        version: 2,
        state: { textSpeed: 'fast', musicVolume: 0.2 },
      }),
    });
    const game = await boot({ storage, saves: memoryBackend() });
    expect(game.settingsStore.getState()).toMatchObject({ textSpeed: 45, musicVolume: 0.2 });
  });

  it('7. no IndexedDB: saves go to localStorage, and the player is told why', async () => {
    const storage = fakeLocalStorage();
    const realIdb = globalThis.indexedDB;
    vi.stubGlobal('indexedDB', undefined);
    try {
      const game = await boot({ storage });
      await savedToSlot1(game);
      expect([...storage.data.keys()]).toContain('her.save.slot-1');
      expect(game.problems.map((p) => p.message).join()).toMatch(/no IndexedDB/);
    } finally {
      vi.stubGlobal('indexedDB', realIdb);
    }
  });

  it('8. neither IndexedDB nor localStorage: saves last for the session, the player is told', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      const game = await boot({ storage: null });
      await savedToSlot1(game);
      expect(game.saves.savesStore.getState().records['slot-1']).toBeDefined();
      expect(game.problems.map((p) => p.message).join()).toMatch(/until the tab closes/);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('9. a full disk on save: a clear message, the old save in that slot is kept', async () => {
    const base = memoryBackend();
    const first = await boot({ saves: base });
    const old = await savedToSlot1(first);
    const game = await boot({
      saves: failing(base, { write: new DOMException('full', 'QuotaExceededError') }),
    });
    game.actions.newGame();
    expect(await game.saveActions.saveGame('slot-1')).toBe(false);
    expect(game.problems.map((p) => p.message).join()).toMatch(/Storage is full/);
    expect(base.data.get('slot-1')).toEqual(old);
    expect(game.saves.savesStore.getState().records['slot-1']).toEqual(old);
  });

  it('10. any other write failure: a message, nothing changed', async () => {
    const base = memoryBackend();
    const game = await boot({ saves: failing(base, { write: new Error('disk went away') }) });
    game.actions.newGame();
    game.untilChoices(); // the autosave at the choice point fails quietly but is reported
    await settle();
    expect(base.data.size).toBe(0);
    expect(game.problems.map((p) => p.message).join()).toMatch(/could not be written/);
    expect(game.sessionStore.getState().screen).toBe('play');
  });

  it('11. saves that cannot be read at all: the game starts with none, the player is told', async () => {
    const game = await boot({ saves: failing(memoryBackend(), { read: new Error('locked') }) });
    expect(game.saves.savesStore.getState()).toMatchObject({ ready: true, records: {} });
    expect(game.problems.map((p) => p.message).join()).toMatch(/could not be read/);
    game.actions.newGame();
    expect(game.sessionStore.getState().screen).toBe('play');
  });

  it('12. one damaged save is listed as damaged and left as it is; the others load', async () => {
    const base = memoryBackend();
    const first = await boot({ saves: base });
    await savedToSlot1(first);
    base.data.set('slot-2', { format: 2, id: 'slot-2', storyHash: 42 });
    base.data.set('slot-3', { format: 9, id: 'slot-3' });
    const game = await boot({ saves: base });
    const state = game.saves.savesStore.getState();
    expect(Object.keys(state.records).sort()).toEqual(['auto-1', 'slot-1']); // auto-1: the choice point
    expect(state.damaged).toEqual({ 'slot-2': 'corrupt', 'slot-3': 'newer-version' });
    expect(base.data.get('slot-2')).toEqual({ format: 2, id: 'slot-2', storyHash: 42 });
  });

  it('13. a delete that fails keeps the save and says so', async () => {
    const base = memoryBackend();
    const first = await boot({ saves: base });
    await savedToSlot1(first);
    const game = await boot({ saves: failing(base, { remove: new Error('nope') }) });
    expect(await game.saveActions.deleteGame('slot-1')).toBe(false);
    expect(game.saves.savesStore.getState().records['slot-1']).toBeDefined();
    expect(game.problems.map((p) => p.message).join()).toMatch(/could not be deleted/);
  });

  it.each([
    ['14. a file that is not JSON', 'hello there', /not a saved game/],
    ['15. JSON that is not a save', JSON.stringify({ recipe: 'soup' }), /not a saved game/],
    [
      '16. a save from a newer version',
      JSON.stringify({ format: 99, id: 'slot-1' }),
      /newer version/,
    ],
    ['17. a damaged save', JSON.stringify({ format: 2, id: 'slot-1', storyHash: 'x' }), /damaged/],
  ])('%s is refused on import with a clear reason, nothing touched', async (_, text, reason) => {
    const base = memoryBackend();
    const game = await boot({ saves: base });
    await savedToSlot1(game);
    const before = structuredClone([...base.data]);
    const result = await game.saveActions.importSaves(text);
    expect(result.imported).toEqual([]);
    expect(result.refused.join()).toMatch(reason);
    expect([...base.data]).toEqual(before);
  });

  it('18. an import with no free slot left is refused, existing saves untouched', async () => {
    const game = await boot({ saves: memoryBackend() });
    await savedToSlot1(game);
    for (let i = 2; i <= 12; i++) await game.saveActions.saveGame(`slot-${i}` as 'slot-2');
    const result = await game.saveActions.importSaves(game.saveActions.exportSaves(['slot-1']));
    expect(result.imported).toEqual([]);
    expect(result.refused.join()).toMatch(/no free save slot/);
  });
});
