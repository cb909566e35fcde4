import { describe, expect, it } from 'vitest';
import type { Command } from '../src/story/commands';
import { applyBeat, emptyStage, reduceStage } from '../src/story/stage';

const run = (...commands: Command[]) => reduceStage(emptyStage(), commands);

describe('reduceStage', () => {
  it('sets background, music, ambience and chapter', () => {
    const stage = run(
      { kind: 'chapter', id: 'os1', title: 'OS1' },
      { kind: 'bg', key: 'plaza_night', transition: 'dissolve' },
      { kind: 'music', key: 'theme' },
      { kind: 'ambience', key: 'city_night' },
    );
    expect(stage.chapter).toEqual({ id: 'os1', title: 'OS1' });
    expect(stage.bg).toEqual({ key: 'plaza_night', transition: 'dissolve' });
    expect(stage.music).toBe('theme');
    expect(stage.ambience).toBe('city_night');
  });

  it('stops sound with a null key', () => {
    const stage = reduceStage(run({ kind: 'music', key: 'theme' }), [{ kind: 'music', key: null }]);
    expect(stage.music).toBeNull();
  });

  it('shows, re-poses in place, and hides figures', () => {
    let stage = run(
      { kind: 'show', who: 'amy', pose: 'smile' },
      { kind: 'show', who: 'paul', pose: 'laugh' },
    );
    stage = reduceStage(stage, [{ kind: 'show', who: 'amy', pose: 'sad' }]);
    expect(stage.cast).toEqual([
      { who: 'amy', pose: 'sad' },
      { who: 'paul', pose: 'laugh' },
    ]);
    stage = reduceStage(stage, [{ kind: 'hide', who: 'amy' }]);
    expect(stage.cast).toEqual([{ who: 'paul', pose: 'laugh' }]);
  });

  it('keeps lasting effects once and clears them', () => {
    let stage = run(
      { kind: 'fx', key: 'snow' },
      { kind: 'fx', key: 'snow' },
      { kind: 'fx', key: 'flash' },
    );
    expect(stage.effects).toEqual(['snow']);
    stage = reduceStage(stage, [{ kind: 'fx', key: 'clear' }]);
    expect(stage.effects).toEqual([]);
  });

  it('remembers the ending and ignores one-off commands', () => {
    const stage = run(
      { kind: 'sfx', key: 'chime' },
      { kind: 'pause', seconds: 1 },
      { kind: 'ending', id: 'drafts' },
    );
    expect(stage).toEqual({ ...emptyStage(), ending: 'drafts' });
  });

  it('does not change the stage it was given', () => {
    const before = emptyStage();
    const frozen = structuredClone(before);
    reduceStage(before, [
      { kind: 'show', who: 'amy', pose: 'smile' },
      { kind: 'bg', key: 'beach', transition: 'cut' },
    ]);
    expect(before).toEqual(frozen);
  });
});

describe('applyBeat', () => {
  it('writes narration onto an open letter, but not spoken lines', () => {
    let stage = applyBeat(emptyStage(), {
      speaker: null,
      text: 'Dear Ada,',
      commands: [{ kind: 'letter', action: 'begin', letterKind: 'client' }],
    });
    stage = applyBeat(stage, { speaker: 'Paul', text: 'Nice!', commands: [] });
    stage = applyBeat(stage, { speaker: null, text: 'Sixty years.', commands: [] });
    expect(stage.letter).toEqual({
      kind: 'client',
      lines: ['Dear Ada,', 'Sixty years.'],
      done: false,
    });
    // The end keeps the finished letter on screen for its line, then the next line clears it.
    stage = applyBeat(stage, {
      speaker: null,
      text: 'He reads it back.',
      commands: [{ kind: 'letter', action: 'end', letterKind: 'anniversary' }],
    });
    expect(stage.letter).toEqual({
      kind: 'anniversary',
      lines: ['Dear Ada,', 'Sixty years.'],
      done: true,
    });
    stage = applyBeat(stage, { speaker: null, text: 'He signs it.', commands: [] });
    expect(stage.letter).toBeNull();
  });
});
