import { describe, expect, it } from 'vitest';
import { emptyStage } from '../src/story/stage';
import type { Beat, Step } from '../src/story/types';
import { letterBalance, lintText } from '../tools/story/text-lint';

const beat = (commands: Beat['commands'], text = 'A line.'): Step => ({
  kind: 'beat',
  speaker: null,
  text,
  commands,
  warnings: [],
  path: null,
});

describe('lintText', () => {
  it('accepts prose, quotes, dashes and a strong word shown as a grawlix', () => {
    expect(lintText('He said, "Fine." Then — nothing.')).toEqual([]);
    expect(lintText('Get off my head, you little #@!%&*$!')).toEqual([]);
  });

  it.each([
    ['Two  spaces.', 'double space in "Two  spaces."'],
    [
      'A {brace} left.',
      'leftover markup, a brace { } (an unclosed or mistyped {…}), in "A {brace} left."',
    ],
    [
      'He signs it ] there.',
      'leftover markup, a bracket [ ] (choice-only text outside a choice), in "He signs it ] there."',
    ],
    ['Go -> there.', 'leftover markup, an arrow (a divert that did not parse), in "Go -> there."'],
    ['Stuck <> here.', 'leftover markup, glue <>, in "Stuck <> here."'],
    [
      'A tag # bg: office',
      'leftover markup, a # (a tag on the wrong line, or an unescaped #), in "A tag # bg: office"',
    ],
    ['Once|twice', 'leftover markup, a | (a sequence or alternative left open), in "Once|twice"'],
    ['Fix this TODO', 'leftover markup, a TODO, in "Fix this TODO"'],
  ])('%s', (text, problem) => expect(lintText(text)).toEqual([problem]));
});

describe('letterBalance', () => {
  const open = { ...emptyStage(), letter: { kind: 'client', lines: ['Dear Ada,'], done: false } };
  const begin = { kind: 'letter', action: 'begin', letterKind: 'client' } as const;
  const end = { kind: 'letter', action: 'end' } as const;

  it('accepts a letter begun and ended', () => {
    expect(letterBalance(emptyStage(), beat([begin]))).toEqual([]);
    expect(letterBalance(open, beat([end]))).toEqual([]);
  });

  it('finds a second begin, an end with no begin, and a letter left open', () => {
    expect(letterBalance(open, beat([begin]))).toEqual([
      '# letter: begin while a letter is still open (no # letter: end)',
    ]);
    expect(letterBalance(emptyStage(), beat([end]))).toEqual([
      '# letter: end without a # letter: begin before it',
    ]);
    expect(letterBalance(open, beat([{ kind: 'chapter', id: 'two', title: 'Two' }]))).toEqual([
      'a letter is still open when chapter "two" begins',
    ]);
    const ending: Step = { kind: 'end', ending: 'drafts', commands: [], warnings: [] };
    expect(letterBalance(open, ending)).toEqual(['a letter is still open when the story ends']);
  });
});
