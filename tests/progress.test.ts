import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress } from '../src/state/progress';
import { mergeProgress } from '../src/state/progress-merge';
import { boot, fakeLocalStorage } from './helpers/boot';

const letter = (lines: string[], ending: string | null, date: string) => ({
  kind: 'client',
  lines,
  date,
  ending,
});

describe('progress across playthroughs', () => {
  it('migrates a version 2 record: keeps what it had, starts choices and chapter starts empty', async () => {
    const v2 = {
      endings: { drafts: { first: '2026-01-02T00:00:00.000Z', count: 2 } },
      chapters: ['opening'],
      letters: [{ kind: 'client', lines: ['Dear Ada,'], date: '2026-01-02T00:00:00.000Z' }],
      seen: ['a', 'b'],
    };
    const storage = fakeLocalStorage({
      'her.progress': JSON.stringify({ version: 2, state: v2 }),
    });
    const game = await boot({ storage });
    const progress = game.progressStore.getState();
    expect(progress.endings.drafts).toMatchObject({ count: 2, picture: null });
    expect(progress.chapters).toEqual(['opening']);
    expect(progress.letters).toEqual([{ ...v2.letters[0], ending: null }]);
    expect(progress.seen).toEqual(['a', 'b']);
    expect(progress.choices).toEqual([]);
    expect(progress.starts).toEqual({});
    expect(game.problems.filter((p) => p.key === 'her.progress')).toEqual([]);
    // The next write stores it as version 3.
    game.actions.newGame();
    game.untilChoices();
    game.actions.choose(0);
    const stored = JSON.parse(storage.data.get('her.progress')!) as { version: number };
    expect(stored.version).toBe(3);
  });

  it('merges two records without losing anything either reached', () => {
    const ours: Progress = {
      ...emptyProgress(),
      endings: {
        drafts: { first: '2026-02-01', count: 1, last: '2026-02-01', picture: 'data:image/a' },
      },
      chapters: ['one', 'two'],
      letters: [letter(['Dear Ada,'], 'drafts', '2026-02-01')],
      choices: ['one.start/walk.'],
      starts: { two: { title: 'Two', knot: 'two', variables: { warmth: 1 }, date: '2026-02-01' } },
    };
    const theirs: Progress = {
      ...emptyProgress(),
      endings: {
        drafts: { first: '2026-01-01', count: 3, last: '2026-03-01', picture: 'data:image/b' },
        come_back: { first: '2026-03-01', count: 1, last: '2026-03-01', picture: null },
      },
      chapters: ['one', 'three'],
      letters: [
        letter(['Dear Ada,'], 'drafts', '2026-01-15'),
        letter(['Dear Catherine,'], 'come_back', '2026-03-01'),
      ],
      choices: ['one.start/ride.', 'one.start/walk.'],
      starts: { two: { title: 'Two', knot: 'two', variables: { warmth: 0 }, date: '2026-03-01' } },
    };
    const merged = mergeProgress(ours, theirs);
    expect(merged.endings.drafts).toEqual({
      first: '2026-01-01',
      count: 3,
      last: '2026-03-01',
      picture: 'data:image/b',
    });
    expect(merged.endings.come_back?.count).toBe(1);
    expect(merged.chapters).toEqual(['one', 'two', 'three']);
    expect(merged.letters.map((l) => [l.lines[0], l.ending, l.date])).toEqual([
      ['Dear Ada,', 'drafts', '2026-01-15'],
      ['Dear Catherine,', 'come_back', '2026-03-01'],
    ]);
    expect(merged.choices).toEqual(['one.start/walk.', 'one.start/ride.']);
    expect(merged.starts.two?.variables).toEqual({ warmth: 0 });
    // Merging is idempotent: a tab merging the same record again changes nothing.
    expect(mergeProgress(merged, theirs)).toEqual(merged);
  });

  it('gives an ending to the letters its playthrough wrote, and keeps each letter once', async () => {
    const game = await boot({});
    const record = await import('../src/state/progress-record');
    record.recordLetter('client', ['Dear Ada,', 'Sixty years.']);
    record.recordLetter('client', ['Dear Ada,', 'Sixty years.']); // written again: kept once
    record.recordLetter('draft', ['Dear Catherine,', 'Sorry.']); // rewound away: not read
    record.recordEnding('drafts', ['Morning.', 'Dear Ada,', 'x', 'Sixty years.', 'Later.']);
    let letters = game.progressStore.getState().letters;
    expect(letters.map((l) => [l.kind, l.ending])).toEqual([
      ['client', 'drafts'],
      ['draft', null],
    ]);
    // The same letter in another playthrough to the same ending is still one letter…
    record.recordLetter('client', ['Dear Ada,', 'Sixty years.']);
    record.recordEnding('drafts', ['Dear Ada,', 'Sixty years.']);
    letters = game.progressStore.getState().letters;
    expect(letters).toHaveLength(2);
    // …and one that led somewhere else is a letter of its own.
    record.recordLetter('client', ['Dear Ada,', 'Sixty years.']);
    record.recordEnding('city_lights', ['Dear Ada,', 'Sixty years.']);
    letters = game.progressStore.getState().letters;
    expect(letters.map((l) => l.ending)).toEqual(['drafts', null, 'city_lights']);
    expect(game.progressStore.getState().endings.drafts?.count).toBe(2);
  });

  it('keeps an ending’s last image, and a chapter start without the settings’ variables', async () => {
    const game = await boot({});
    const record = await import('../src/state/progress-record');
    record.recordEndingPicture('drafts', 'data:image/jpeg;base64,AAAA'); // not reached: ignored
    record.recordEnding('drafts');
    record.recordEndingPicture('drafts', 'data:image/jpeg;base64,AAAA');
    expect(game.progressStore.getState().endings.drafts?.picture).toMatch(/^data:image/);
    record.recordChapterStart({
      chapter: { id: 'two', title: 'Two' },
      knot: 'two',
      variables: { warmth: 2, strong_language: true },
    });
    expect(game.progressStore.getState().starts.two).toMatchObject({
      title: 'Two',
      knot: 'two',
      variables: { warmth: 2 },
    });
  });
});
