import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryEngine } from '../src/story/engine';
import { compileInk } from '../tools/ink/compile';
import { storyFacts, chapterScope } from '../tools/ink/story-facts';
import { explore } from '../tools/story/explore';
import { StateKeys } from '../tools/story/ink-state';

/** Compiles ink written in the test, as if it were a file next to the fixtures. */
function compile(source: string) {
  const build = compileInk(path.resolve(import.meta.dirname, 'fixtures/inline.ink'), {
    source,
    countAllVisits: true,
    outline: true,
  });
  if (!build.json || !build.outline) throw new Error(JSON.stringify(build.diagnostics));
  return { ...build, json: build.json, outline: build.outline };
}

function search(source: string, budgetMs = 5000) {
  const build = compile(source);
  const facts = storyFacts(build.json);
  const globals = Object.keys(new StoryEngine(build.json).variables());
  const keys = new StateKeys(facts, build.outline, globals);
  const steps: string[] = [];
  const result = explore({
    compiled: build.json,
    keys,
    flows: build.flows,
    chapters: new Map(facts.chapterKnots),
    seeds: new Map(),
    budgetMs,
    onStep: (step) => void (step.kind === 'beat' && steps.push(step.text)),
  });
  return { build, result, steps };
}

// Three choices of three options that all converge: 27 routes, but only what later text reads
// tells them apart. `~ n += 1` is bookkeeping until something reads n.
const CONVERGING = `
VAR n = 0
VAR mood = ""
-> a
=== a ===
# chapter: a, A
* [One.]
  ~ n += 1
* [Two.]
  ~ n += 2
* [Three.]
  ~ mood = "odd"
- * [Left.] Left.
* [Right.] Right.
* [Centre.] Centre.
- * [Up.] Up.
* [Down.] Down.
* [Still.] Still.
- -> b
=== b ===
# chapter: b, B
{ mood == "odd": Odd. - else: Even. }
Done.
-> END
`;

describe('storyFacts', () => {
  it('tells reads that steer the story from bookkeeping increments', () => {
    const facts = storyFacts(compile(CONVERGING).json);
    expect([...(facts.reads.get('a') ?? [])]).toEqual([]);
    expect([...(facts.reads.get('b') ?? [])]).toEqual(['mood']);
    expect([...facts.chapterKnots]).toEqual([
      ['a', 'a'],
      ['b', 'b'],
    ]);
    expect([...chapterScope(facts, 'a')]).toEqual(['a']);
  });
});

describe('explore', () => {
  it('searches every route of a chapter once per distinct state, and proves both chapters', () => {
    const { result, build } = search(CONVERGING);
    const a = result.chapters.find((c) => c.chapter === 'a');
    // 27 routes, but only `mood` is ever read (n is bookkeeping): the first choice point, then
    // two states at each of the next two (mood set or not) — five in all.
    expect(a?.states).toBe(5);
    expect(result.chapters.map((c) => c.reach)).toEqual([
      'every reachable start',
      'every reachable start',
      'every reachable start',
    ]);
    expect(result.chapters.find((c) => c.chapter === 'b')?.starts).toBe(2);
    const choices = build.outline.choices.map((c) => c.path);
    expect(choices.filter((c) => !result.reached.has(c))).toEqual([]);
  });

  it('finds a state no choice leads out of', () => {
    const { result } = search(`
-> a
=== a ===
# chapter: a, A
* [Leave.] -> out
* [Wait.] -> wait
= wait
Waiting.
- (loop)
+ [Wait more.] -> loop
=== out ===
# ending: drafts
Gone.
-> END
`);
    expect(result.traps).toHaveLength(1);
    expect(result.traps[0]?.chapter).toBe('a');
  });

  it('reports a dead end and a runtime error with where they happened', () => {
    const { result } = search(`
-> a
=== a ===
# chapter: a, A
* [Stop.] It stops here.
  -> END
* [Break.] -> broken
=== broken ===
VAR count = 3
The count is {LIST_VALUE(count)}.
-> END
`);
    const kinds = result.stops.map((s) => `${s.kind}:${s.kind === 'end' ? s.ending : s.message}`);
    expect(kinds).toContain('end:null');
    expect(
      kinds.some((k) => k.startsWith('error:')),
      kinds.join('\n'),
    ).toBe(true);
  });

  it('stops where the budget ends and says so', () => {
    const { result } = search(CONVERGING, 0);
    expect(result.chapters.some((c) => c.reach === 'some starts')).toBe(true);
  });
});
