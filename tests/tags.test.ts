import { describe, expect, it } from 'vitest';
import { parseTag, parseTags, TAG_NAMES } from '../src/story/tags';

describe('parseTag', () => {
  it.each([
    [
      'chapter: letter_writer_612, Letter Writer 612',
      { kind: 'chapter', id: 'letter_writer_612', title: 'Letter Writer 612' },
    ],
    ['chapter: os1, OS1: a new voice', { kind: 'chapter', id: 'os1', title: 'OS1: a new voice' }],
    ['bg: beach', { kind: 'bg', key: 'beach', transition: 'fade' }],
    ['bg: memory, flash', { kind: 'bg', key: 'memory', transition: 'flash' }],
    [
      'bg:   beach_sunset ,  dissolve ',
      { kind: 'bg', key: 'beach_sunset', transition: 'dissolve' },
    ],
    ['show: amy smile', { kind: 'show', who: 'amy', pose: 'smile' }],
    ['show: amy', { kind: 'show', who: 'amy', pose: 'default' }],
    ['hide: amy', { kind: 'hide', who: 'amy' }],
    ['music: theme', { kind: 'music', key: 'theme' }],
    ['music: stop', { kind: 'music', key: null }],
    ['ambience: city_night', { kind: 'ambience', key: 'city_night' }],
    ['ambience: stop', { kind: 'ambience', key: null }],
    ['sfx: chime', { kind: 'sfx', key: 'chime' }],
    ['minigame: cave', { kind: 'minigame', key: 'cave', part: 'main' }],
    ['minigame: cave, resume', { kind: 'minigame', key: 'cave', part: 'resume' }],
    ['letter: begin apology', { kind: 'letter', action: 'begin', letterKind: 'apology' }],
    ['letter: end', { kind: 'letter', action: 'end' }],
    ['letter: end plea', { kind: 'letter', action: 'end', letterKind: 'plea' }],
    ['fx: dust_to_snow', { kind: 'fx', key: 'dust_to_snow' }],
    ['pause: 1.5', { kind: 'pause', seconds: 1.5 }],
    ['ending: drafts', { kind: 'ending', id: 'drafts' }],
    ['  BG: office ', { kind: 'bg', key: 'office', transition: 'fade' }],
  ])('reads "%s"', (raw, command) => {
    expect(parseTag(raw)).toEqual({ command });
  });

  it.each([
    'weather: rain',
    'no colon here',
    'bg: Not A Key',
    'bg: beach, wipe',
    'chapter: missing_title',
    'show: amy smile extra',
    'letter: begin',
    'letter: end now please',
    'pause: soon',
    'pause: 99',
    'music:',
    'ending: ',
  ])('warns about "%s" instead of throwing', (raw) => {
    const result = parseTag(raw);
    expect(result.command).toBeUndefined();
    expect(result.warning).toMatch(/./);
  });

  it('covers every row of the tag table', () => {
    expect(TAG_NAMES.sort()).toEqual(
      [
        'ambience',
        'bg',
        'chapter',
        'ending',
        'fx',
        'hide',
        'letter',
        'minigame',
        'music',
        'pause',
        'sfx',
        'show',
      ].sort(),
    );
  });

  it('never throws on arbitrary input', () => {
    const alphabet = 'abz:, #|0.9-_ \n\t:"';
    let seed = 7;
    for (let n = 0; n < 2000; n++) {
      let raw = '';
      for (let i = 0; i < n % 30; i++) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        raw += alphabet[seed % alphabet.length];
      }
      const pick = TAG_NAMES[n % TAG_NAMES.length];
      expect(() => parseTag(raw)).not.toThrow();
      expect(() => parseTag(`${pick}:${raw}`)).not.toThrow();
    }
  });
});

describe('parseTags', () => {
  it('keeps commands and warnings apart, in order', () => {
    const result = parseTags(['bg: office', 'nonsense', 'music: stop']);
    expect(result.commands.map((c) => c.kind)).toEqual(['bg', 'music']);
    expect(result.warnings).toHaveLength(1);
  });
});
