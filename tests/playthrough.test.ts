import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Playthrough } from '../src/story/playthrough';
import { replayRoute } from '../src/story/replay';
import { compileInk } from '../tools/ink/compile';
import { compileFixture } from './helpers/compile';

const basic = compileFixture('fixtures/basic.ink');
const basicPath = path.resolve(import.meta.dirname, 'fixtures/basic.ink');
const basicSource = readFileSync(basicPath, 'utf8');

/** Compiles an edited copy of the basic fixture. */
function edited(edit: (source: string) => string): string {
  const build = compileInk(basicPath, edit(basicSource));
  if (!build.json) throw new Error(JSON.stringify(build.diagnostics));
  return build.json;
}

/** Advances until choices are offered or the story ends. */
function untilStop(p: Playthrough): void {
  while (!p.view.choices && !p.view.ended) p.advance();
}

describe('Playthrough', () => {
  it('folds steps into stage, backlog and the current view', () => {
    const p = new Playthrough(basic);
    p.advance();
    expect(p.view.beat?.text).toBe('The office is quiet.');
    expect(p.view.stage.bg?.key).toBe('office');
    untilStop(p);
    expect(p.view.choices?.map((c) => c.text)).toEqual(['Be kind', 'Be curt', 'Walk away']);
    expect(p.advance()).toBeNull(); // must choose first
    p.choose(0);
    untilStop(p);
    expect(p.view.stage.letter).toEqual({ kind: 'client', lines: ['Dear Ada,'], done: false });
    p.choose(0);
    untilStop(p);
    expect(p.view.ended).toEqual({ ending: 'city_lights' });
    expect(p.view.stage).toMatchObject({ music: null, cast: [], effects: ['snow'], letter: null });
    expect(p.view.backlog.filter((e) => e.kind === 'choice')).toEqual([
      { kind: 'choice', text: 'Be kind', point: 0 },
      { kind: 'choice', text: 'Sixty years.', point: 1 },
    ]);
  });

  it('round-trips a snapshot through JSON into a fresh playthrough', () => {
    const p = new Playthrough(basic);
    untilStop(p);
    p.choose(0);
    p.advance();
    p.advance();
    const saved = JSON.parse(JSON.stringify(p.snapshot()));
    const q = new Playthrough(basic);
    q.restore(saved);
    expect(q.view).toEqual(p.view);
    expect(q.engine.variables()).toEqual(p.engine.variables());
    // Both continue identically from there.
    untilStop(p);
    untilStop(q);
    expect(q.view).toEqual(p.view);
  });
});

describe('replayRoute', () => {
  /** Plays basic.ink: Be kind, then "A long time.", then two more lines. */
  function original() {
    const p = new Playthrough(basic);
    untilStop(p);
    p.choose(0);
    untilStop(p);
    p.choose(1);
    p.advance();
    p.advance();
    return p;
  }

  it('lands on the same line of the same story', () => {
    const p = original();
    const result = replayRoute(basic, p.engine.choiceLog, p.engine.linesSinceChoice);
    expect(result.ok).toBe(true);
    expect(result.playthrough.view).toEqual(p.view);
  });

  it.each([
    [
      'a line added',
      (s: string) => s.replace('The office is quiet.', 'The office is quiet.\nA fan turns.'),
    ],
    ['a variable added', (s: string) => s.replace('VAR trust = 0', 'VAR trust = 0\nVAR mood = 2')],
    [
      'a knot renamed',
      (s: string) =>
        s
          .replaceAll('letter', 'the_letter')
          .replace('# the_letter:', '# letter:')
          .replace('# the_letter:', '# letter:'),
    ],
    [
      'a choice inserted before the chosen one',
      (s: string) => s.replace('* [Be kind]', '* [Say nothing] -> ending\n* [Be kind]'),
    ],
  ])('follows choices by their text after %s', (_, edit) => {
    const p = original();
    const result = replayRoute(edited(edit), p.engine.choiceLog, p.engine.linesSinceChoice);
    expect(result.ok).toBe(true);
    expect(result.playthrough.view.beat?.text).toBe(p.view.beat?.text);
    expect(result.playthrough.engine.variable('trust')).toBe(1);
  });

  it('stops at the changed choice, never on a wrong one, when a chosen option is gone', () => {
    const p = original();
    const changed = edited((s) =>
      s.replace('* [A long time.] A long time.', '* [Forever.] Forever.'),
    );
    const result = replayRoute(changed, p.engine.choiceLog, p.engine.linesSinceChoice);
    expect(result.ok).toBe(false);
    expect(result.problem).toContain('A long time.');
    expect(result.playthrough.view.choices?.map((c) => c.text)).toEqual([
      'Sixty years.',
      'Forever.',
    ]);
  });

  it('reports a jump to a knot that no longer exists', () => {
    const changed = edited((s) =>
      s.replaceAll('=== letter ===', '=== a_letter ===').replaceAll('-> letter', '-> a_letter'),
    );
    const p = new Playthrough(basic);
    p.jump('letter');
    p.advance();
    const result = replayRoute(changed, p.engine.choiceLog, p.engine.linesSinceChoice);
    expect(result.ok).toBe(false);
    expect(result.problem).toContain('"letter"');
  });
});
