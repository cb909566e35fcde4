import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk, formatDiagnostic } from '../tools/ink/compile';
import { lintStep } from '../tools/story/lint';
import { randomWalk } from '../tools/story/walk';

const build = compileInk(path.resolve(import.meta.dirname, '../story/her.ink'));

describe('story/her.ink', () => {
  it('compiles without errors or warnings', () => {
    expect(build.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(build.json).not.toBeNull();
  });

  it('plays to an end 500 times with random choices, with no runtime error and only known tags', () => {
    const problems = new Set<string>();
    for (let seed = 1; seed <= 500; seed++) {
      const walk = randomWalk(build.json ?? '', seed, (step) => {
        for (const problem of lintStep(step)) problems.add(problem);
      });
      expect(walk.error, `seed ${seed}`).toBeNull();
      expect(walk.chapters[0], `seed ${seed}`).toBe('letter_writer_612');
      // Every route reaches an ending, or the "to be continued" that stands in for the rest.
      expect(walk.ending ?? walk.lastLine, `seed ${seed}`).toMatch(
        /^(friend_to_the_end|city_lights|come_back|drafts|letter_writer_612|To be continued\.)$/,
      );
    }
    expect([...problems]).toEqual([]);
  });

  it('explores every choice of the prologue across the walks', () => {
    const taken = new Set<string>();
    for (let seed = 1; seed <= 500; seed++)
      for (const c of randomWalk(build.json ?? '', seed).choices) taken.add(c);
    // Three slots of three phrases, and the other decisions of chapter 0.
    expect(taken.size).toBeGreaterThanOrEqual(9 + 3 + 3 + 2 + 3 + 2 + 3);
  });
});
