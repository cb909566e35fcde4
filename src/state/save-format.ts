import * as v from 'valibot';
import type { PlaySnapshot } from '../story/playthrough';

const Command = v.looseObject({ kind: v.string() });
const Beat = v.object({
  kind: v.literal('beat'),
  speaker: v.nullable(v.string()),
  text: v.string(),
  commands: v.array(Command),
  warnings: v.array(v.string()),
});
const Choice = v.object({ index: v.number(), text: v.string(), commands: v.array(Command) });
const Stage = v.object({
  bg: v.nullable(
    v.object({ key: v.string(), transition: v.picklist(['cut', 'fade', 'dissolve', 'flash']) }),
  ),
  cast: v.array(v.object({ who: v.string(), pose: v.string() })),
  music: v.nullable(v.string()),
  ambience: v.nullable(v.string()),
  chapter: v.nullable(v.object({ id: v.string(), title: v.string() })),
  effects: v.array(v.string()),
  letter: v.nullable(
    v.object({
      kind: v.string(),
      lines: v.array(v.string()),
      done: v.optional(v.boolean(), false),
    }),
  ),
  ending: v.nullable(v.string()),
});
const Backlog = v.variant('kind', [
  v.object({ kind: v.literal('line'), speaker: v.nullable(v.string()), text: v.string() }),
  v.object({ kind: v.literal('choice'), text: v.string() }),
]);
const Log = v.variant('kind', [
  v.object({ kind: v.literal('choice'), index: v.number(), text: v.string() }),
  v.object({ kind: v.literal('jump'), path: v.string() }),
]);

/** A saved game: the ink state and route, the story it was made on, and the screen to redraw. */
export const SaveRecordSchema = v.object({
  format: v.literal(1),
  storyHash: v.string(),
  savedAt: v.string(),
  chapterTitle: v.nullable(v.string()),
  snapshot: v.object({
    engine: v.object({
      inkState: v.string(),
      log: v.array(Log),
      beatsSinceChoice: v.number(),
      ending: v.nullable(v.string()),
    }),
    view: v.object({
      beat: v.nullable(Beat),
      cues: v.array(Command),
      choices: v.nullable(v.array(Choice)),
      ended: v.nullable(v.object({ ending: v.nullable(v.string()) })),
      stage: Stage,
      backlog: v.array(Backlog),
    }),
  }),
});

/** A saved game as stored. */
export type SaveRecord = Omit<v.InferOutput<typeof SaveRecordSchema>, 'snapshot'> & {
  snapshot: PlaySnapshot;
};
