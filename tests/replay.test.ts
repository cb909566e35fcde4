import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../tools/ink/compile';
import { boot, settle } from './helpers/boot';
import { memoryBackend } from '../src/state/save-store';

/** Boots the game on the map fixture, with its outline and the replay intents. */
async function bootMap(options: { interludes?: boolean } = {}) {
  const saves = memoryBackend();
  const game = await boot({ story: 'fixtures/map.ink', saves });
  const build = compileInk(path.resolve(import.meta.dirname, 'fixtures/map.ink'), {
    mapOutline: true,
  });
  const { setMapOutline } = await import('../src/state/story-outline');
  setMapOutline(build.mapOutline!);
  if (options.interludes) (await import('../src/state/interludes')).registerInterlude('cave');
  const replay = await import('../src/state/replay-actions');
  const { uiStore } = await import('../src/state/ui');
  const interlude = await import('../src/state/interlude-actions');
  const view = () => game.sessionStore.getState().view!;
  /** Reads on to the next choices and takes the one with these words. */
  const take = (words: string) => {
    game.untilChoices();
    const at = view().choices?.findIndex((c) => c.text === words) ?? -1;
    if (at < 0) throw new Error(`"${words}" not offered: ${view().choices?.map((c) => c.text)}`);
    game.actions.choose(at);
  };
  const openMap = () => {
    uiStore.setState({ overlay: 'map' });
    return replay.mapStore.getState().map;
  };
  return { ...game, saves, replay, uiStore, interlude, view, take, openMap };
}

describe('replay: progress, the story map, rewind and chapter select', () => {
  it('records each option taken by its id, and the map counts what is explored', async () => {
    const game = await bootMap();
    game.actions.newGame();
    game.take('Yes, please.');
    game.take('Ride with her.');
    game.untilChoices();
    expect(game.progressStore.getState().choices).toEqual([
      'one.start/yes, please.',
      'one.start/ride with her.',
    ]);
    const map = game.openMap();
    expect(map.chapters.map((c) => [c.id, c.reached, c.current, c.explored, c.total])).toEqual([
      ['one', true, false, 2, 5],
      ['two', true, true, 0, 2],
    ]);
    expect(map.percent).toBe(28); // 2 of 7
    const [coffee, ride] = map.chapters[0]!.points;
    expect(coffee!.rewindTo).toBe(0);
    expect(coffee!.options.map((o) => o.taken)).toEqual([true, false]);
    expect(ride!.rewindTo).toBe(1);
    expect(map.chapters[1]!.points[0]!.waiting).toBe(true);
  });

  it('rewinds from the map to an earlier choice point and records the new choice', async () => {
    const game = await bootMap();
    game.actions.newGame();
    game.take('Yes, please.');
    game.take('Ride with her.');
    game.untilChoices();
    game.openMap();
    expect(game.replay.rewindToPoint(0)).toBe(true);
    expect(game.uiStore.getState().overlay).toBeNull();
    expect(game.view().choices?.map((c) => c.text)).toEqual(['Yes, please.', 'No thanks.']);
    game.take('No thanks.');
    game.take('Walk.');
    const map = game.openMap();
    expect(map.chapters[0]!.explored).toBe(4);
    // Without warmth, "Ride with her." is not offered on this route; it was explored before.
    expect(map.chapters[0]!.points[1]!.options.map((o) => [o.explored, o.taken])).toEqual([
      [true, true],
      [true, false],
      [false, false],
    ]);
  });

  it('starts a chapter from chapter select with the variables the last playthrough had there', async () => {
    const game = await bootMap();
    game.actions.newGame();
    game.take('No thanks.');
    game.take('Walk.'); // reaches two with warmth 0
    game.replay.rewindToPoint(0);
    game.take('Yes, please.');
    game.take('Ride.'); // reaches two again, with warmth 1: the start chapter select keeps
    game.actions.returnToTitle();
    game.updateSettings({ strongLanguage: true });
    expect(game.replay.startChapter('two')).toBe(true);
    expect(game.sessionStore.getState().screen).toBe('play');
    expect(game.view().beat?.text).toBe('He is home.');
    expect(game.view().stage.chapter?.id).toBe('two');
    const variables = game.actions.storyVariables();
    expect(variables.warmth).toBe(1);
    expect(variables.strong_language).toBe(true); // from Settings, not from the kept start
    game.take('Write a letter.');
    game.untilChoices();
    while (game.sessionStore.getState().screen === 'play') game.actions.advance();
    const letters = game.progressStore.getState().letters;
    expect(letters.map((l) => [l.lines, l.ending])).toEqual([
      [['Dear Ada,', 'It was a warm day.', 'Walt'], 'city_lights'],
    ]);
    expect(game.replay.startChapter('nowhere')).toBe(false);
  });

  it('a chapter-select playthrough saved, then loaded on an edited story, keeps its variables', async () => {
    const game = await bootMap();
    game.actions.newGame();
    game.take('Yes, please.');
    game.take('Ride.');
    game.actions.returnToTitle();
    game.replay.startChapter('two');
    game.untilChoices();
    expect(await game.saveActions.saveGame('slot-1')).toBe(true);
    // The story is edited: the save is replayed on the new story by its route.
    const edited = compileInk(path.resolve(import.meta.dirname, 'fixtures/map-edited.ink'));
    game.actions.loadStory(edited.json!, 'hash-edited');
    game.actions.returnToTitle();
    await settle();
    expect(game.saveActions.loadGame('slot-1')).toBe(true);
    expect(game.view().choices?.map((c) => c.text)).toEqual(['Write a letter.', 'Sleep.']);
    expect(game.actions.storyVariables().warmth).toBe(1);
  });

  it('keeps chapter starts and map rewinds right around an interlude', async () => {
    const game = await bootMap({ interludes: true });
    game.actions.newGame();
    game.take('Yes, please.');
    game.take('Walk.');
    for (let i = 0; i < 5 && !game.view().interlude; i++) game.actions.advance();
    expect(game.view().interlude).toEqual({ key: 'cave', part: 'main' });
    // The chapter began before the interlude: its start is kept with what was known then.
    expect(game.progressStore.getState().starts.two?.variables.cave_outcome).toBe('');
    // Rewind from the map while the interlude waits: it is left, the choice is offered again.
    const map = game.openMap();
    expect(map.chapters[0]!.points[1]!.rewindTo).toBe(1);
    expect(game.replay.rewindToPoint(1)).toBe(true);
    expect(game.view().interlude).toBeNull();
    game.take('Ride.');
    for (let i = 0; i < 5 && !game.view().interlude; i++) game.actions.advance();
    game.interlude.finishInterlude({ cave_outcome: 'befriended' });
    expect(game.view().beat?.text).toBe('The cave was befriended.');
    game.take('Sleep.');
    // The route logged one interlude result, none from the one left by rewinding.
    const route = game.openMap();
    expect(route.chapters[1]!.points[0]!.options.map((o) => o.taken)).toEqual([false, true]);
    // Chapter select into the chapter plays the interlude again.
    game.actions.returnToTitle();
    game.replay.startChapter('two');
    for (let i = 0; i < 5 && !game.view().interlude; i++) game.actions.advance();
    expect(game.view().interlude?.key).toBe('cave');
  });
});
