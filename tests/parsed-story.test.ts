import { describe, expect, it } from 'vitest';
import { StoryEngine } from '../src/story/engine';
import { newInkStory } from '../src/story/parsed-story';
import { compileFixture } from './helpers/compile';

/** Every step's text until the first choice point. */
function readToChoice(engine: StoryEngine): string[] {
  const lines: string[] = [];
  for (let step = engine.step(); step.kind === 'beat'; step = engine.step()) lines.push(step.text);
  return lines;
}

describe('engines on one compiled story', () => {
  const json = compileFixture('fixtures/basic.ink');

  it('share the parsed content instead of parsing the JSON again', () => {
    const a = newInkStory(json);
    const b = newInkStory(json);
    expect(b.mainContentContainer).toBe(a.mainContentContainer);
    expect(b).not.toBe(a);
    expect(b.state).not.toBe(a.state);
    // A different story (an edit reloaded) is parsed afresh.
    const edited = json.replace('The office is quiet.', 'The office hums.');
    expect(newInkStory(edited).mainContentContainer).not.toBe(a.mainContentContainer);
  });

  it('keep their own place and variables while they run side by side', () => {
    const first = new StoryEngine(json);
    const opening = readToChoice(first);
    first.choose(0); // Be kind: trust 1
    const second = new StoryEngine(json);
    expect(second.variable('trust')).toBe(0);
    expect(readToChoice(second)).toEqual(opening);
    second.choose(1); // Be curt
    expect(first.step()).toMatchObject({ kind: 'beat', text: 'Thank you.' });
    expect(second.step()).toMatchObject({ kind: 'beat', text: 'Fine.' });
    readToChoice(first);
    readToChoice(second);
    expect(first.variable('trust')).toBe(1);
    expect(second.variable('trust')).toBe(0);
  });
});
