import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { Playthrough } from '../src/story/playthrough';
import { replayRoute } from '../src/story/replay';
import { compileFixture } from './helpers/compile';

const story = compileFixture('fixtures/interlude.ink');
const played = { keepHistory: true, externals: { minigame_ready: () => true } };

/** Reads on until something other than a line waits: choices, an interlude or the end. */
function untilStop(p: Playthrough): void {
  while (!p.view.choices && !p.view.ended && !p.view.interlude) p.advance();
}

describe('a played interlude', () => {
  it('waits for it before reading on, then records what it decided in the route', () => {
    const p = new Playthrough(story, played);
    expect(p.advance()?.kind).toBe('interlude');
    expect(p.view.interlude).toEqual({ key: 'cave', part: 'main' });
    expect(p.view.beat).toBeNull(); // the line after the tag is not read yet
    expect(p.advance()).toBeNull(); // nothing reads on past a waiting interlude
    p.finishInterlude({ courage: 2 });
    expect(p.view.interlude).toBeNull();
    expect(p.engine.variable('courage')).toBe(2);
    expect(p.engine.choiceLog.at(-1)).toEqual({ kind: 'set', values: { courage: 2 } });
    p.advance();
    expect(p.view.beat?.text).toBe('The game runs.');
    untilStop(p);
    p.choose(0);
    untilStop(p);
    expect(p.view.interlude).toEqual({ key: 'cave', part: 'resume' });
    p.finishInterlude({ cave_outcome: 'fought' });
    p.advance();
    // The line after the tag is read after the interlude, so it can say what happened.
    expect(p.view.beat?.text).toBe('The game ends as fought.');
    untilStop(p);
    expect(p.view.beat?.text).toBe('The cave dims: fought, courage 2.');
  });

  it('records variables its ink lines changed, and the lines keep the story in its place', () => {
    const p = new Playthrough(story, played);
    p.advance();
    const script = p.engine.script();
    const first = script.open('cave_lines.heckle');
    expect(first.lines).toEqual([
      { speaker: 'Child', text: 'Who said you could walk in my cave?', commands: [] },
    ]);
    expect(first.choices).toEqual(['Plead.', 'Swear.']);
    const after = script.choose(0);
    expect(after.lines.map((l) => l.speaker)).toEqual(['Theodore', 'Child', 'Samantha']);
    expect(after.done).toBe(true);
    script.close();
    p.finishInterlude({ cave_outcome: 'befriended' });
    expect(p.engine.choiceLog.at(-1)).toEqual({
      kind: 'set',
      values: { courage: 1, cave_outcome: 'befriended' },
    });
    p.advance();
    expect(p.view.beat?.text).toBe('The game runs.'); // the main flow did not move
  });

  it('is replayed from the route on a fresh story, landing on the same line', () => {
    const p = new Playthrough(story, played);
    p.advance();
    p.finishInterlude({ courage: 3 });
    untilStop(p);
    p.choose(0);
    untilStop(p);
    p.finishInterlude({ cave_outcome: 'quit' });
    p.advance();
    const replay = replayRoute(
      story,
      p.engine.choiceLog,
      p.engine.linesSinceChoice,
      undefined,
      played,
    );
    expect(replay.ok).toBe(true);
    expect(replay.playthrough.view.beat?.text).toBe('The game ends as quit.');
    expect(replay.playthrough.engine.variable('courage')).toBe(3);
  });

  it('says so when a replayed route meets no interlude where it had one', () => {
    const p = new Playthrough(story, played);
    p.advance();
    p.finishInterlude({ courage: 1 });
    p.advance();
    // The same route on a build that reads the text version: the interlude is not there.
    const replay = replayRoute(story, p.engine.choiceLog, 1);
    expect(replay.ok).toBe(false);
    expect(replay.problem).toMatch(/interlude/);
  });

  it('can be skipped for its text version', () => {
    const p = new Playthrough(story, played);
    p.advance();
    p.skipInterlude('start.text_cave');
    expect(p.view.interlude).toBeNull();
    expect(p.engine.choiceLog.at(-1)).toEqual({ kind: 'jump', path: 'start.text_cave' });
    p.advance();
    expect(p.view.beat?.text).toBe('The child sits on the astronaut.');
  });

  it('survives a snapshot taken while it waits, and an old snapshot without the field', async () => {
    const { SaveRecordSchema } = await import('../src/state/save-format');
    const p = new Playthrough(story, played);
    p.advance();
    const snap = p.snapshot();
    const q = new Playthrough(story, played);
    q.restore(snap);
    expect(q.view.interlude).toEqual({ key: 'cave', part: 'main' });
    q.finishInterlude({ courage: 1 });
    const { interlude: _dropped, ...oldView } = q.snapshot().view;
    const r = new Playthrough(story, played);
    r.restore({ engine: q.snapshot().engine, view: oldView });
    expect(r.view.interlude).toBeNull();
    const snapshotShape = SaveRecordSchema.entries.snapshot;
    expect(v.is(snapshotShape, q.snapshot())).toBe(true); // the `set` entry is a valid log entry
  });
});
