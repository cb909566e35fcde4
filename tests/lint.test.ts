import { describe, expect, it } from 'vitest';
import type { Beat } from '../src/story/types';
import { lintStep } from '../tools/story/lint';

const beat = (
  speaker: string | null,
  commands: Beat['commands'],
  warnings: string[] = [],
): Beat => ({
  kind: 'beat',
  speaker,
  text: 'A line.',
  commands,
  warnings,
  path: null,
});

describe('lintStep', () => {
  it('accepts keys, figures, moods and speakers from the manifest', () => {
    const ok = beat('Paul', [
      { kind: 'bg', key: 'office', transition: 'fade' },
      { kind: 'music', key: null },
      { kind: 'show', who: 'paul', pose: 'laugh' },
      { kind: 'show', who: 'samantha', pose: 'tender' },
      { kind: 'sfx', key: 'chime' },
      { kind: 'ending', id: 'drafts' },
    ]);
    expect(lintStep(ok)).toEqual([]);
  });

  it('names every unknown key, pose and speaker, and passes tag warnings on', () => {
    const bad = beat(
      'Paulie',
      [
        { kind: 'bg', key: 'moon_base', transition: 'fade' },
        { kind: 'ambience', key: 'rain' },
        { kind: 'show', who: 'paul', pose: 'cartwheel' },
        { kind: 'hide', who: 'nobody' },
        { kind: 'minigame', key: 'chess', part: 'main' },
        { kind: 'ending', id: 'happily_ever_after' },
      ],
      ['"weather: rain": unknown tag "weather"'],
    );
    expect(lintStep(bad)).toEqual([
      '"weather: rain": unknown tag "weather"',
      'unknown background "moon_base"',
      'unknown ambience "rain"',
      '"paul" has no pose "cartwheel" (has: smile, laugh)',
      'unknown figure "nobody"',
      'unknown minigame "chess"',
      'unknown ending "happily_ever_after"',
      'unknown speaker "Paulie" (add them to speakers in src/assets/manifest.ts)',
      'start interludes with -> interlude("name", "part") ->, not a bare # minigame: tag',
    ]);
  });

  it('accepts an interlude hand-off and names a part the interlude does not have', () => {
    const start = (part: string) => ({
      kind: 'interlude' as const,
      key: 'cave',
      part,
      commands: [{ kind: 'minigame' as const, key: 'cave', part }],
      warnings: [],
    });
    expect(lintStep(start('resume'))).toEqual([]);
    expect(lintStep(start('encore'))).toEqual(['minigame "cave" has no part "encore"']);
  });
});
