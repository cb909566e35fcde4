import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterOfKnots, jumpTargets } from '../src/dev/writer-panel/flows';
import { tagText } from '../src/dev/writer-panel/tag-text';
import { parseTag } from '../src/story/tags';
import { compileInk } from '../tools/ink/compile';

describe("jumpTargets (the writer panel's jump list)", () => {
  it("lists the real story's knots and stitches as the compiler does, without functions or tunnels", () => {
    const build = compileInk(path.resolve(import.meta.dirname, '../story/her.ink'));
    const targets = jumpTargets(build.json ?? '');
    expect(targets).toContain('the_cave.email');
    expect(targets).not.toContain('cuss');
    expect(targets).not.toContain('interlude');
    expect(targets).not.toContain('dear_catherine_first');
    expect(new Set(targets)).toEqual(new Set(build.flows.filter((f) => f !== 'interlude')));
    // The panel names the chapter of the knot on screen (a jump skips its tag).
    const chapters = chapterOfKnots(build.json ?? '');
    expect(chapters.get('the_cave')).toEqual({ id: 'the_cave', title: 'The Cave' });
    expect(chapters.get('commit_joy')).toEqual({ id: 'commit_to_joy', title: 'Commit to Joy' });
    expect(chapters.size).toBe(12);
  }, 60_000);
});

describe('tagText (the tag overlay)', () => {
  it.each([
    'chapter: the_cave, The Cave',
    'bg: office',
    'bg: cave, dissolve',
    'show: samantha tender',
    'hide: paul',
    'music: stop',
    'ambience: room_tone',
    'sfx: chime',
    'minigame: cave',
    'minigame: cave, resume',
    'letter: begin client',
    'letter: end',
    'letter: end plea',
    'fx: snow',
    'pause: 1.5',
    'ending: drafts',
  ])('writes %s back as it was written', (tag) => {
    const { command } = parseTag(tag);
    expect(command && tagText(command)).toBe(tag);
  });
});
