import { describe, expect, it } from 'vitest';
import { StoryEngine, StoryRuntimeError } from '../src/story/engine';
import type { Beat, Step } from '../src/story/types';
import { compileFixture } from './helpers/compile';

const basic = compileFixture('fixtures/basic.ink');

/** Steps until the story waits or ends, returning every step. */
function runToStop(engine: StoryEngine): Step[] {
  const steps: Step[] = [];
  for (;;) {
    const step = engine.step();
    steps.push(step);
    if (step.kind !== 'beat') return steps;
  }
}

describe('StoryEngine', () => {
  it('yields beats with speakers, text and typed commands', () => {
    const engine = new StoryEngine(basic);
    const steps = runToStop(engine);
    const beats = steps.filter((s): s is Beat => s.kind === 'beat');
    expect(beats.map((b) => [b.speaker, b.text])).toEqual([
      [null, 'The office is quiet.'],
      ['Paul', 'Morning!'],
      ['Theodore', 'Morning, Paul.'],
      [null, expect.stringMatching(/^[#@!%&*$]{4} says the printer\.$/)],
    ]);
    expect(beats[0]?.commands).toEqual([
      { kind: 'chapter', id: 'opening', title: 'The Opening' },
      { kind: 'bg', key: 'office', transition: 'dissolve' },
      { kind: 'music', key: 'office' },
    ]);
    expect(beats[1]?.commands).toEqual([{ kind: 'show', who: 'paul', pose: 'smile' }]);
  });

  it('offers choices, carrying tags from tag-only lines before them', () => {
    const engine = new StoryEngine(basic);
    const stop = runToStop(engine).at(-1);
    expect(stop).toMatchObject({
      kind: 'choices',
      choices: [{ text: 'Be kind' }, { text: 'Be curt' }, { text: 'Walk away' }],
      commands: [{ kind: 'sfx', key: 'chime' }],
    });
    expect(engine.waitingForChoice).toBe(true);
  });

  it('records choices with their text and reports the ending', () => {
    const engine = new StoryEngine(basic);
    runToStop(engine);
    engine.choose(0);
    runToStop(engine);
    expect(engine.variable('trust')).toBe(1);
    engine.choose(1);
    const last = runToStop(engine).at(-1);
    expect(last).toMatchObject({ kind: 'end', ending: 'city_lights' });
    expect(engine.choiceLog).toEqual([
      { kind: 'choice', index: 0, text: 'Be kind' },
      { kind: 'choice', index: 1, text: 'A long time.' },
    ]);
  });

  it('filters strong language unless the story variable allows it', () => {
    const engine = new StoryEngine(basic);
    engine.setVariable('strong_language', true);
    const beats = runToStop(engine).filter((s): s is Beat => s.kind === 'beat');
    expect(beats.at(-1)?.text).toBe('damn says the printer.');
  });

  it('refuses a choice that is not on offer', () => {
    const engine = new StoryEngine(basic);
    expect(() => engine.choose(0)).toThrow(RangeError);
    runToStop(engine);
    expect(() => engine.choose(7)).toThrow(RangeError);
  });

  it('jumps to a knot and logs the jump', () => {
    const engine = new StoryEngine(basic);
    engine.jump('ending');
    expect(engine.step()).toMatchObject({ kind: 'beat', text: 'The end.' });
    expect(engine.choiceLog).toEqual([{ kind: 'jump', path: 'ending' }]);
    expect(() => engine.jump('no_such_knot')).toThrow(StoryRuntimeError);
  });

  it('lists variables as plain data, lists as item names', () => {
    const engine = new StoryEngine(basic);
    expect(engine.variables()).toEqual({ trust: 0, strong_language: false });
  });

  it('turns an ink runtime error into a StoryRuntimeError', () => {
    const broken = compileFixture('fixtures/runtime-error.ink');
    const engine = new StoryEngine(broken);
    expect(() => runToStop(engine)).toThrow(StoryRuntimeError);
  });
});
