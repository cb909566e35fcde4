import { describe, expect, it } from 'vitest';
import { checkLetter } from '../tools/story/letters';

describe('checkLetter', () => {
  it('passes a well-made letter, signature and all', () => {
    expect(
      checkLetter({ kind: 'apology', lines: ['Dear Catherine,', 'I am sorry.', 'Love, Theodore'] }),
    ).toEqual([]);
    expect(
      checkLetter({ kind: 'apology', lines: ['Dear Catherine,', 'I am sorry', 'Love, Theodore'] }),
    ).toEqual(['line 2 ("I am sorry") does not end in punctuation']);
  });

  it('catches empty, repeated, badly spaced and uncapitalised lines', () => {
    const problems = checkLetter({
      kind: 'apology',
      lines: ['Dear Catherine,', '', 'i miss you.', 'I  miss you .', 'i miss you.', 'Still {p3}'],
    });
    expect(problems.join('\n')).toMatch(/line 2 is empty/);
    expect(problems.join('\n')).toMatch(/line 3 .* does not start with a capital/);
    expect(problems.join('\n')).toMatch(/double space/);
    expect(problems.join('\n')).toMatch(/space before punctuation/);
    expect(problems.join('\n')).toMatch(/line 5 .* repeats an earlier line/);
    expect(problems.join('\n')).toMatch(/leftover markup/);
  });
});
