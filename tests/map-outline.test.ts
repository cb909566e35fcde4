import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ambience, music, sfx } from '../src/assets/manifest';
import { indexOutline, type MapOutline } from '../src/story/map-outline';
import { Playthrough } from '../src/story/playthrough';
import { compileInk } from '../tools/ink/compile';

const built = new Map<string, { json: string; outline: MapOutline }>();

/** Compiles a story with its map outline (once per file). */
function build(file: string): { json: string; outline: MapOutline } {
  const known = built.get(file);
  if (known) return known;
  const result = compileInk(path.resolve(import.meta.dirname, file), { mapOutline: true });
  if (!result.json || !result.mapOutline) throw new Error(`${file} did not compile`);
  built.set(file, { json: result.json, outline: result.mapOutline });
  return built.get(file)!;
}

const texts = (outline: MapOutline) =>
  outline.chapters.map((c) => c.points.map((p) => p.options.map((o) => o.text)));

describe('the story map outline', () => {
  it('lists chapters in order, their choice points and options, with prompts and conditions', () => {
    const { outline } = build('fixtures/map.ink');
    expect(outline.chapters.map((c) => [c.id, c.title, c.knot])).toEqual([
      ['one', 'The First', 'one'],
      ['two', 'The Second', 'two'],
    ]);
    // The interlude's hidden option is not a choice point: its knot is no chapter.
    expect(texts(outline)).toEqual([
      [
        ['Yes, please.', 'No thanks.'],
        ['Walk.', 'Ride with her.', 'Ride.'],
      ],
      [['Write a letter.', 'Sleep.']],
    ]);
    const [first, second] = outline.chapters[0]!.points;
    expect(first!.prompt).toBe('Amy: Coffee?');
    expect(second!.prompt).toBe('Amy: Walk or ride?');
    expect(second!.options.map((o) => o.conditional)).toEqual([false, true, false]);
    expect(second!.options[0]!.id).toBe('one.start/walk.');
  });

  it('keeps option ids (knot path and words) across an edit that moves every position', () => {
    const before = build('fixtures/map.ink').outline;
    const after = build('fixtures/map-edited.ink').outline;
    const ids = (o: MapOutline) => o.chapters.flatMap((c) => c.points.flatMap((p) => p.options));
    const old = new Map(ids(before).map((o) => [o.text, o]));
    let kept = 0;
    for (const option of ids(after)) {
      const was = old.get(option.text);
      if (!was) continue;
      kept += 1;
      expect(option.id).toBe(was.id);
    }
    expect(kept).toBe(7); // every option of the old story is still there, under its old id
    // …while where ink keeps them has changed (positions are no use as ids).
    const moved = ids(after).filter((o) => old.get(o.text) && old.get(o.text)!.source !== o.source);
    expect(moved.length).toBeGreaterThan(0);
  });

  it('finds every option the real story offers, on random routes', { timeout: 60_000 }, () => {
    const { json, outline } = build('../story/her.ink');
    expect(outline.chapters.length).toBe(12);
    const index = indexOutline(outline);
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let route = 0; route < 4; route++) {
      const play = new Playthrough(json);
      let offered = 0;
      for (let guard = 0; guard < 5000 && !play.view.ended; guard++) {
        play.advance();
        const choices = play.view.choices;
        if (!choices) continue;
        for (const choice of choices) {
          const place = index.get(choice.source ?? '');
          expect(place, `"${choice.text}" at ${choice.source}`).toBeDefined();
          expect(place!.point.options.map((o) => o.source)).toContain(choice.source);
        }
        offered += 1;
        play.choose(Math.floor(random() * choices.length));
      }
      expect(play.view.ended).not.toBeNull();
      expect(offered).toBeGreaterThan(30);
    }
  });

  it('gives every option of the real story its own id', { timeout: 60_000 }, () => {
    const { outline } = build('../story/her.ink');
    const all = outline.chapters.flatMap((c) =>
      c.points.flatMap((p) => p.options.map((o) => o.id)),
    );
    expect(new Set(all).size).toBe(all.length);
  });
  it("lists the sounds each chapter's tags name, its interlude's lines included", () => {
    const source = [
      '-> one',
      '=== one ===',
      '# chapter: one, The First',
      '# music: office',
      'Hello. # sfx: ding',
      '-> lines',
      '=== lines ===',
      '# ambience: beach',
      'A line said during the interlude.',
      '-> two',
      '=== two ===',
      '# chapter: two, The Second',
      '# music: stop',
      '# ambience: city_day',
      '# ambience: city_day',
      'The end.',
      '-> END',
    ].join('\n');
    const result = compileInk(path.resolve(import.meta.dirname, 'fixtures/inline.ink'), {
      source,
      mapOutline: true,
    });
    expect(result.mapOutline!.chapters.map((c) => [c.id, c.sounds])).toEqual([
      ['one', ['music:office', 'sfx:ding', 'ambience:beach']],
      ['two', ['ambience:city_day']], // a stop is no sound to fetch, and each is named once
    ]);
  });

  it('names only sounds the manifest has, for every chapter of the real story', () => {
    const { outline } = build('../story/her.ink');
    const tables: Record<string, Record<string, unknown>> = { music, ambience, sfx };
    const sounds = outline.chapters.flatMap((c) => c.sounds);
    expect(sounds.length).toBeGreaterThan(outline.chapters.length);
    for (const sound of sounds) {
      const [kind = '', key = ''] = sound.split(':');
      expect(tables[kind]?.[key], sound).toBeDefined();
    }
    expect(outline.chapters[0]!.sounds).toContain('music:office');
  });
});
