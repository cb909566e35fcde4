import { describe, expect, it } from 'vitest';
import { filterLanguage } from '../src/story/language';
import { splitSpeaker } from '../src/story/speaker';

describe('filterLanguage', () => {
  it('keeps words when strong language is on', () => {
    expect(filterLanguage('damn it', true)).toBe('damn it');
  });

  it('replaces letters with a stable grawlix of the same shape', () => {
    const once = filterLanguage('damn it', false);
    expect(once).toMatch(/^[#@!%&*$]{4} [#@!%&*$]{2}$/);
    expect(filterLanguage('damn it', false)).toBe(once);
  });
});

describe('splitSpeaker', () => {
  it.each([
    ['Paul: Morning!', 'Paul', 'Morning!'],
    ['Alan Watts: Hello there.', 'Alan Watts', 'Hello there.'],
    ['The office is quiet.', null, 'The office is quiet.'],
    ['and then: nothing', null, 'and then: nothing'],
    ['Twenty-six. The doors open.', null, 'Twenty-six. The doors open.'],
    ['Note: a colon inside: fine', 'Note', 'a colon inside: fine'],
  ])('%s', (line, speaker, text) => {
    expect(splitSpeaker(line)).toEqual({ speaker, text });
  });
});
