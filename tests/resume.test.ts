import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Playthrough } from '../src/story/playthrough';
import { resumeFromSave, type Resumable } from '../src/story/resume';
import { compileInk } from '../tools/ink/compile';

const file = path.resolve(import.meta.dirname, 'fixtures/chapters.ink');
const source = readFileSync(file, 'utf8');
const compile = (text: string) => {
  const build = compileInk(file, text);
  if (!build.json) throw new Error(JSON.stringify(build.diagnostics));
  return build;
};
const original = compile(source);

/** Plays the original: open the window, go to the garden, pick a rose, read one line on. */
function savedGame(): Resumable & { text: string | undefined } {
  const p = new Playthrough(original.json!, { keepHistory: true });
  const pick = (text: string) => {
    while (!p.view.choices) p.advance();
    p.choose(p.view.choices.findIndex((c) => c.text === text));
    p.advance();
  };
  pick('Open the window');
  pick('Go to the garden');
  pick('Pick one');
  p.advance();
  return {
    storyHash: original.hash,
    snapshot: p.snapshot(),
    checkpoint: p.checkpoint,
    text: p.view.beat?.text,
  };
}

describe('resumeFromSave', () => {
  it('loads the ink state directly on the same story', () => {
    const save = savedGame();
    const result = resumeFromSave(original.json!, original.hash, save);
    expect(result.how).toBe('exact');
    expect(result.playthrough.view.beat?.text).toBe(save.text);
    expect(result.playthrough.checkpoint?.chapter.id).toBe('two');
  });

  it.each([
    ['a line added', (s: string) => s.replace('Roses.', 'Roses.\nBees, too.')],
    [
      'a variable added',
      (s: string) => s.replace('VAR mood = 0', 'VAR mood = 0\nVAR weather = "rain"'),
    ],
    [
      'a knot renamed',
      (s: string) =>
        s.replaceAll('garden ===', 'rose_garden ===').replace('-> garden', '-> rose_garden'),
    ],
    [
      'a choice inserted before the chosen one',
      (s: string) => s.replace('* [Pick one]', '* [Smell them] Sweet.\n  -> finale\n* [Pick one]'),
    ],
  ])('replays the route by choice text after %s', (_, edit) => {
    const save = savedGame();
    const edited = compile(edit(source));
    const result = resumeFromSave(edited.json!, edited.hash, save);
    expect(result.how).toBe('replayed');
    expect(result.playthrough.view.beat?.text).toBe(save.text);
    expect(result.playthrough.engine.variable('mood')).toBe(3);
    expect(result.playthrough.engine.variable('keepsakes')).toEqual(['keepsakes.ticket']);
  });

  it('resumes at the chapter checkpoint, with its variables, when a knot on the route is deleted', () => {
    const save = savedGame();
    const cut =
      source.slice(0, source.indexOf('=== garden ===')) +
      source.slice(source.indexOf('=== inside ==='));
    const edited = compile(
      cut.replace('* [Go to the garden] -> garden', '* [Go to the garden] -> inside'),
    );
    const result = resumeFromSave(edited.json!, edited.hash, save);
    expect(result.how).toBe('checkpoint');
    expect(result.problem).toContain('Pick one');
    const p = result.playthrough;
    expect(p.view.beat?.text).toBe('The second room.');
    expect(p.engine.variable('mood')).toBe(1);
    // The list came back from the checkpoint too: the finale still remembers the ticket.
    while (!p.view.choices) p.advance();
    p.choose(0);
    while (!p.view.ended) p.advance();
    expect(p.view.backlog.map((e) => e.text)).toContain('You still have the ticket.');
  });

  it("applies the player's settings after the checkpoint's variables, so the settings win", () => {
    const save = savedGame();
    const cut =
      source.slice(0, source.indexOf('=== garden ===')) +
      source.slice(source.indexOf('=== inside ==='));
    const edited = compile(
      cut.replace('* [Go to the garden] -> garden', '* [Go to the garden] -> inside'),
    );
    // `mood` stands in for a variable the game sets from settings, like strong_language.
    const result = resumeFromSave(edited.json!, edited.hash, save, {
      prepare: (p) => p.engine.setVariable('mood', 7),
    });
    expect(result.how).toBe('checkpoint');
    expect(result.playthrough.engine.variable('mood')).toBe(7);
  });

  it('never lands on a wrong choice: without a checkpoint it stops where the route broke', () => {
    const save = { ...savedGame(), checkpoint: null };
    const edited = compile(
      source.replace('* [Pick one] You pick a rose.', '* [Cut one] You cut a rose.'),
    );
    const result = resumeFromSave(edited.json!, edited.hash, save);
    expect(result.how).toBe('partial');
    expect(result.playthrough.view.choices?.map((c) => c.text)).toEqual(['Cut one', 'Leave them']);
  });
});

describe('rewind', () => {
  it('steps back to earlier choice points with stage and backlog as they were', () => {
    const p = new Playthrough(original.json!, { keepHistory: true });
    while (!p.view.choices) p.advance();
    const first = structuredClone(p.view);
    p.choose(0);
    while (!p.view.choices) p.advance();
    p.choose(0);
    while (!p.view.choices) p.advance();
    expect(p.rewindPoints).toBe(3);
    expect(p.rewind()).toBe(true); // from the third choice point back to the second
    expect(p.view.choices?.map((c) => c.text)).toEqual(['Go to the garden', 'Stay inside']);
    expect(p.rewind(0)).toBe(true);
    expect(p.view).toEqual(first);
    expect(p.engine.variable('mood')).toBe(0);
    expect(p.rewind()).toBe(false);
    p.choose(1); // choose differently this time
    while (!p.view.choices) p.advance();
    expect(p.engine.choiceLog.map((e) => (e.kind === 'choice' ? e.text : ''))).toEqual([
      'Keep it shut',
    ]);
  });
});

describe('rewind on the real story', () => {
  const story = compileInk(path.resolve(import.meta.dirname, '../story/her.ink'));

  /** Plays on by option `pick(n)` until `points` more choice points are behind; records each. */
  function playOn(p: Playthrough, points: number, pick: (n: number) => number) {
    const seen = new Map<number, ReturnType<Playthrough['snapshot']>>();
    for (let made = 0; made < points && !p.view.ended;) {
      if (!p.view.choices) {
        p.advance();
        continue;
      }
      seen.set(p.engine.choiceLog.filter((e) => e.kind === 'choice').length, p.snapshot());
      p.choose(pick(p.view.choices.length));
      made += 1;
    }
    return seen;
  }

  it('puts ink back exactly as it was at every point, across journal breaks and branches', () => {
    const p = new Playthrough(story.json!, { keepHistory: true });
    let turn = 0;
    const first = playOn(p, 50, (n) => turn++ % n);
    p.engine.setVariable('strong_language', true); // a settings change breaks the journal
    const later = playOn(p, 10, (n) => (turn++ * 7) % n);
    const all = new Map([...first, ...later]);
    for (const point of [58, 44, 31, 17, 5]) {
      expect(p.rewind(point)).toBe(true);
      expect(p.snapshot().engine).toEqual(all.get(point)!.engine);
    }
    // Another branch from point 5, then back into it: the journal rebuilt by the replay holds.
    const branch = playOn(p, 12, (n) => n - 1);
    expect(p.rewind(12)).toBe(true);
    expect(p.snapshot().engine).toEqual(branch.get(12)!.engine);
    expect(p.snapshot().view.choices).toEqual(branch.get(12)!.view.choices);
  });
});
