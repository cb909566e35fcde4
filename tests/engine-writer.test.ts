import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryEngine, StoryRuntimeError } from '../src/story/engine';
import { compileInk } from '../tools/ink/compile';

const compile = (source: string) => {
  const build = compileInk(path.resolve(import.meta.dirname, 'fixtures/inline.ink'), source);
  if (!build.json) throw new Error(JSON.stringify(build.diagnostics));
  return build.json;
};

describe('StoryEngine for writers', () => {
  it('stops a divert loop with no text in it with an error, instead of hanging the tab', () => {
    const engine = new StoryEngine(compile('Hello.\n-> a\n=== a ===\n~ temp x = 1\n-> a\n'));
    expect(() => engine.step()).toThrow(StoryRuntimeError);
    expect(() => engine.step()).toThrow(/endless loop: ink took \d+ steps without reaching a line/);
  }, 60_000);

  it('still reads long stories line by line (the limit is per line)', () => {
    const many = Array.from({ length: 300 }, (_, i) => `Line ${i}.`).join('\n');
    const engine = new StoryEngine(compile(`${many}\n-> END\n`));
    let lines = 0;
    while (engine.step().kind === 'beat') lines++;
    expect(lines).toBe(300);
  });

  it('knows which knots and stitches the story has', () => {
    const engine = new StoryEngine(compile('-> a\n=== a ===\nHi.\n-> b\n= b\nThere.\n-> END\n'));
    expect(engine.hasFlow('a')).toBe(true);
    expect(engine.hasFlow('a.b')).toBe(true);
    expect(engine.hasFlow('a.c')).toBe(false);
    expect(engine.hasFlow('z')).toBe(false);
  });

  it('lists every item a LIST variable could hold, in the list order', () => {
    const engine = new StoryEngine(
      compile('LIST regrets = silence, (one_foot_out), made_it_about_me\nVAR n = 1\nHi.\n-> END\n'),
    );
    expect(engine.listItems('regrets')).toEqual([
      'regrets.silence',
      'regrets.one_foot_out',
      'regrets.made_it_about_me',
    ]);
    expect(engine.listItems('n')).toBeNull();
  });
});
