import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../src/state/save-store';
import { boot, fakeLocalStorage, settle } from './helpers/boot';

describe('settings', () => {
  it('persist changes, versioned, and reset to defaults', async () => {
    const storage = fakeLocalStorage();
    const game = await boot({ storage });
    game.updateSettings({ textSpeed: 80, textSize: 1.3 });
    expect(JSON.parse(storage.data.get('her.settings') ?? '')).toMatchObject({
      version: 2,
      state: { textSpeed: 80 },
    });
    const again = await boot({ storage });
    expect(again.settingsStore.getState()).toMatchObject({ textSpeed: 80, textSize: 1.3 });
    const { resetSettings } = await import('../src/state/settings');
    resetSettings();
    expect(again.settingsStore.getState()).toMatchObject({ textSpeed: 45, textSize: 1 });
  });

  it('migrate version 1 (one sound volume) to the separate volumes', async () => {
    const storage = fakeLocalStorage({
      'her.settings': JSON.stringify({
        version: 1,
        state: { textSpeed: 60, soundVolume: 0.5, musicVolume: 0.2 },
      }),
    });
    const game = await boot({ storage });
    expect(game.settingsStore.getState()).toMatchObject({
      textSpeed: 60,
      musicVolume: 0.2,
      effectsVolume: 0.5,
      ambienceVolume: 0.3,
    });
  });
});

describe('the story flow', () => {
  it('autosaves at each choice point and Continue lands on the same line after a reload', async () => {
    const saves = memoryBackend();
    const game = await boot({ saves });
    expect(game.saveActions.canContinue()).toBe(false);
    game.actions.newGame();
    game.untilChoices();
    game.actions.choose(0);
    game.actions.advance();
    game.actions.returnToTitle();
    await settle();
    const before = game.sessionStore.getState().view;

    const reloaded = await boot({ saves });
    expect(reloaded.saveActions.canContinue()).toBe(true);
    expect(reloaded.saveActions.continueGame()).toBe(true);
    const after = reloaded.sessionStore.getState();
    expect(after.screen).toBe('play');
    expect(after.revealed).toBe(true);
    expect(after.view).toEqual(before);
  });

  it('records chapters, letters and endings, and keeps the autosave at the last choice after an ending', async () => {
    const saves = memoryBackend();
    const game = await boot({ saves });
    game.actions.newGame();
    game.untilChoices();
    game.actions.choose(0);
    game.untilChoices();
    game.actions.choose(0);
    while (game.sessionStore.getState().screen === 'play') game.actions.advance();
    const progress = game.progressStore.getState();
    expect(progress.chapters).toEqual(['opening']);
    expect(progress.endings.city_lights?.count).toBe(1);
    expect(progress.letters.map((l) => l.lines)).toEqual([
      ['Dear Ada,', 'Sixty years.', 'With love, Walt'],
    ]);
    game.actions.returnToTitle();
    await settle();
    expect(
      Object.values(game.saves.savesStore.getState().records).every(
        (r) => r?.snapshot.view.ended === null,
      ),
    ).toBe(true);
  });

  it('remembers seen lines across playthroughs, written in batches', async () => {
    const storage = fakeLocalStorage();
    const game = await boot({ storage });
    game.actions.newGame();
    expect(game.sessionStore.getState().lineWasSeen).toBe(false);
    game.untilChoices();
    const seen = game.progressStore.getState().seen.length;
    expect(seen).toBe(4);
    game.actions.newGame();
    expect(game.sessionStore.getState().lineWasSeen).toBe(true);
  });

  it('ignores choices not on offer and advancing past a choice', async () => {
    const game = await boot({});
    game.actions.newGame();
    game.actions.choose(5);
    game.untilChoices();
    const view = game.sessionStore.getState().view;
    game.actions.advance();
    expect(game.sessionStore.getState().view).toBe(view);
  });

  it('applies the strong language setting to the running story', async () => {
    const game = await boot({});
    game.actions.newGame();
    game.updateSettings({ strongLanguage: true });
    for (let i = 0; i < 3; i++) game.actions.advance();
    expect(game.sessionStore.getState().view?.beat?.text).toBe('damn says the printer.');
  });

  it('rewinds to the previous choice point, and to one picked from the backlog', async () => {
    const game = await boot({});
    game.actions.newGame();
    game.untilChoices();
    game.actions.choose(0);
    game.untilChoices();
    expect(game.sessionStore.getState().canRewind).toBe(true);
    expect(game.actions.rewind()).toBe(true);
    expect(game.sessionStore.getState().view?.choices?.map((c) => c.text)).toEqual([
      'Be kind',
      'Be curt',
      'Walk away',
    ]);
    expect(game.sessionStore.getState().view?.backlog.some((e) => e.kind === 'choice')).toBe(false);
    game.actions.choose(1);
    game.untilChoices();
    expect(game.actions.rewind(0)).toBe(true);
    expect(game.sessionStore.getState().canRewind).toBe(false);
  });
});
