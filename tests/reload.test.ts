import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Playthrough } from '../src/story/playthrough';
import { flowOfPath, reloadPlaythrough } from '../src/story/reload';
import { compileInk } from '../tools/ink/compile';

const compile = (source: string) => {
  const build = compileInk(path.resolve(import.meta.dirname, 'fixtures/inline.ink'), source);
  if (!build.json) throw new Error(JSON.stringify(build.diagnostics));
  return build.json;
};

const STORY = `
VAR mood = 0
-> one
=== one ===
# chapter: one, One
The first room.
* [Open the window.] The air comes in.
  ~ mood = 1
* [Keep it shut.] Stale air.
- -> two
=== two ===
# chapter: two, Two
The second room.
-> hall
= hall
A long hall.
* [Walk on.] -> study
= study
A desk by the window.
Papers everywhere.
A lamp.
-> END
`;

/** Plays the fixture to the lamp: first option, walk on, two more lines. */
function playToStudy(compiled: string): Playthrough {
  const p = new Playthrough(compiled, { keepHistory: true });
  for (let i = 0; i < 20 && p.view.beat?.text !== 'Papers everywhere.'; i++) {
    if (p.view.choices) p.choose(0);
    else p.advance();
  }
  return p;
}

describe('flowOfPath', () => {
  it.each([
    ['two.study.0.3', 'two.study'],
    ['two.0.4', 'two'],
    ['the_cave.email.0.c-1.3', 'the_cave.email'],
    ['one.0.g-0.1', 'one'],
  ])('%s is in %s', (path, flow) => expect(flowOfPath(path)).toBe(flow));
});

describe('reloadPlaythrough (hot reload of an edited story)', () => {
  const keep = () => {};

  it('keeps the place when the edit did not touch it', () => {
    const before = playToStudy(compile(STORY));
    const edited = compile(STORY.replace('A long hall.', 'A long, dark hall.'));
    const { playthrough, notice } = reloadPlaythrough(edited, before, keep);
    expect(notice).toBeNull();
    expect(playthrough.view.beat?.text).toBe('Papers everywhere.');
    expect(playthrough.engine.variable('mood')).toBe(1);
  });

  it('falls back to the chapter start, with its variables, when the edit removed the stitch', () => {
    const before = playToStudy(compile(STORY));
    expect(flowOfPath(before.view.beat?.path ?? '')).toBe('two.study');
    const edited = compile(
      STORY.replace('* [Walk on.] -> study', '* [Walk on.] -> END').replace(/= study[\s\S]*$/, ''),
    );
    const { playthrough, notice } = reloadPlaythrough(edited, before, keep);
    expect(notice).toBe(
      'Your edit removed "two.study", where you were reading: back to the start of the chapter "Two".',
    );
    expect(playthrough.view.beat?.text).toBe('The second room.');
    expect(playthrough.engine.variable('mood')).toBe(1);
  });

  it('stays at the last place that matches when the chapter itself is gone', () => {
    const before = playToStudy(compile(STORY));
    const edited = compile(STORY.replace(/- -> two[\s\S]*$/, '- The end.\n-> END\n'));
    const { playthrough, notice } = reloadPlaythrough(edited, before, keep);
    expect(notice).toContain('Your edit removed "two.study"');
    expect(notice).toContain('its chapter');
    expect(playthrough.view.ended ?? playthrough.view.beat).toBeTruthy();
  });

  it('says so when a choice on the route is no longer offered', () => {
    const before = playToStudy(compile(STORY));
    const edited = compile(STORY.replace('[Open the window.]', '[Throw the window open.]'));
    const { notice } = reloadPlaythrough(edited, before, keep);
    expect(notice).toContain('Choice 1 ("Open the window.") is no longer offered there.');
  });
});
