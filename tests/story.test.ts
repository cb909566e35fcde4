import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { endings } from '../src/assets/manifest';
import { compileInk, formatDiagnostic } from '../tools/ink/compile';
import { checkLetter, letterCollector, type FinishedLetter } from '../tools/story/letters';
import { lintStep } from '../tools/story/lint';
import { randomWalk, type WalkResult } from '../tools/story/walk';

const build = compileInk(path.resolve(import.meta.dirname, '../story/her.ink'));
const WALKS = 500;

/** Everything 500 seeded random playthroughs of the real story saw, gathered once. */
const seen = {
  walks: [] as WalkResult[],
  problems: new Set<string>(),
  choices: new Set<string>(),
  letters: [] as FinishedLetter[],
};

beforeAll(() => {
  for (let seed = 1; seed <= WALKS; seed++) {
    const letters = letterCollector();
    const walk = randomWalk(build.json ?? '', seed, (step, playthrough) => {
      letters.onStep(step, playthrough);
      for (const problem of lintStep(step)) seen.problems.add(problem);
    });
    for (const choice of walk.choices) seen.choices.add(choice);
    seen.letters.push(...letters.letters);
    walk.steps = []; // keep memory small: the steps were already looked at
    seen.walks.push(walk);
  }
}, 300_000);

describe('story/her.ink', () => {
  it('compiles without errors or warnings', () => {
    expect(build.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(build.json).not.toBeNull();
  });

  it(`plays to an ending ${WALKS} times with random choices: no runtime error, no dead end`, () => {
    for (const [i, walk] of seen.walks.entries()) {
      expect(walk.error, `seed ${i + 1}`).toBeNull();
      expect(walk.chapters[0], `seed ${i + 1}`).toBe('letter_writer_612');
      expect(Object.keys(endings), `seed ${i + 1} stopped after "${walk.lastLine}"`).toContain(
        walk.ending,
      );
    }
  });

  it('uses only tags, keys and speakers the game knows', () => {
    expect([...seen.problems]).toEqual([]);
  });

  it('reaches every ending', () => {
    expect(new Set(seen.walks.map((w) => w.ending))).toEqual(new Set(Object.keys(endings)));
  });

  it('reaches each ending by at least two different routes through the earlier chapters', () => {
    const routes = new Map<string, Set<string>>();
    for (const walk of seen.walks) {
      const before = walk.choices.slice(
        0,
        walk.chapterStarts.dear_catherine ?? walk.choices.length,
      );
      routes.set(
        walk.ending ?? '',
        (routes.get(walk.ending ?? '') ?? new Set()).add(before.join('|')),
      );
    }
    for (const id of Object.keys(endings))
      expect(routes.get(id)?.size ?? 0, id).toBeGreaterThanOrEqual(2);
  });

  it('explores every choice of the prologue', () => {
    // Three slots of three phrases, and the other decisions of chapter 0.
    const prologue = seen.walks.flatMap((w) => w.choices.slice(0, w.chapterStarts.os1 ?? 0));
    expect(new Set(prologue).size).toBeGreaterThanOrEqual(9 + 3 + 3 + 2 + 3 + 2 + 3);
  });

  it('every finished letter reads as a real letter', () => {
    const problems = seen.letters.flatMap((l) =>
      checkLetter(l).map((p) => `${p}\n    ${l.lines.join(' / ')}`),
    );
    expect(problems).toEqual([]);
  });

  it('over a hundred different letters to Catherine can be written, of every kind', () => {
    const toCatherine = seen.letters.filter((l) => l.lines[0]?.startsWith('Dear Catherine'));
    expect(new Set(toCatherine.map((l) => l.lines.join('\n'))).size).toBeGreaterThanOrEqual(100);
    expect(new Set(toCatherine.map((l) => l.kind))).toEqual(
      new Set(['apology', 'plea', 'polished']),
    );
  });
});
