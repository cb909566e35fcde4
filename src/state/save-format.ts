import * as v from 'valibot';
import type { Checkpoint, PlaySnapshot } from '../story/playthrough';

const Command = v.looseObject({ kind: v.string() });
const Plain = v.union([v.string(), v.number(), v.boolean(), v.array(v.string()), v.null()]);
const Beat = v.object({
  kind: v.literal('beat'),
  speaker: v.nullable(v.string()),
  text: v.string(),
  commands: v.array(Command),
  warnings: v.array(v.string()),
  path: v.optional(v.nullable(v.string()), null),
});
const Choice = v.object({
  index: v.number(),
  text: v.string(),
  commands: v.array(Command),
  source: v.optional(v.string()),
});
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
  v.object({ kind: v.literal('choice'), text: v.string(), point: v.optional(v.number(), -1) }),
]);
const Log = v.variant('kind', [
  v.object({ kind: v.literal('choice'), index: v.number(), text: v.string() }),
  v.object({
    kind: v.literal('jump'),
    path: v.string(),
    values: v.optional(v.record(v.string(), Plain)),
  }),
  v.object({ kind: v.literal('set'), values: v.record(v.string(), Plain) }),
]);
const Snapshot = v.object({
  engine: v.object({
    inkState: v.string(),
    log: v.array(Log),
    beatsSinceChoice: v.number(),
    ending: v.nullable(v.string()),
    awaitingInterlude: v.optional(v.boolean(), false),
  }),
  view: v.object({
    beat: v.nullable(Beat),
    cues: v.optional(v.array(Command), []),
    choices: v.nullable(v.array(Choice)),
    ended: v.nullable(v.object({ ending: v.nullable(v.string()) })),
    stage: Stage,
    backlog: v.array(Backlog),
    interlude: v.optional(v.nullable(v.object({ key: v.string(), part: v.string() })), null),
  }),
});
const CheckpointSchema = v.object({
  chapter: v.object({ id: v.string(), title: v.string() }),
  knot: v.string(),
  variables: v.record(v.string(), Plain),
});

/** Where a save lives: twelve manual slots, three rolling autosaves, one quicksave. */
export const SaveId = v.picklist([
  ...Array.from({ length: 12 }, (_, i) => `slot-${i + 1}` as const),
  'auto-1',
  'auto-2',
  'auto-3',
  'quick',
]);

/** The id of a save place. */
export type SaveId = v.InferOutput<typeof SaveId>;

/** The save format this build writes. Older formats are migrated on load; newer ones refused. */
export const SAVE_FORMAT = 2;

/** A saved game: story hash, route and ink state, chapter checkpoint, and what the slot shows. */
export const SaveRecordSchema = v.object({
  format: v.literal(SAVE_FORMAT),
  id: SaveId,
  storyHash: v.string(),
  savedAt: v.string(),
  playTimeMs: v.pipe(v.number(), v.minValue(0)),
  chapterTitle: v.nullable(v.string()),
  /** A line of context for the slot: what was being said. */
  context: v.string(),
  /** A small JPEG of the stage as a data URL, or null when there was no picture to take. */
  thumbnail: v.nullable(v.pipe(v.string(), v.startsWith('data:image/'), v.maxLength(200_000))),
  snapshot: Snapshot,
  checkpoint: v.nullable(CheckpointSchema),
});

/** A saved game as stored. */
export type SaveRecord = Omit<v.InferOutput<typeof SaveRecordSchema>, 'snapshot' | 'checkpoint'> & {
  snapshot: PlaySnapshot;
  checkpoint: Checkpoint | null;
};

/** The foundation's autosave (format 1, in localStorage): migrated into the first autosave. */
const SaveRecordV1 = v.object({
  format: v.literal(1),
  storyHash: v.string(),
  savedAt: v.string(),
  chapterTitle: v.nullable(v.string()),
  snapshot: Snapshot,
});

/** Why a stored or imported value is not a save this build can load. */
export type SaveProblem = 'not-a-save' | 'newer-version' | 'corrupt';

/**
 * Reads anything claiming to be a save: the current format as is, format 1 migrated, a newer
 * format refused (it was written by a later build), anything else refused with a reason.
 */
export function readSaveRecord(
  value: unknown,
  idForOld: SaveId = 'auto-1',
): { record: SaveRecord } | { problem: SaveProblem } {
  if (typeof value !== 'object' || value === null || !('format' in value))
    return { problem: 'not-a-save' };
  const format = (value as { format: unknown }).format;
  if (typeof format === 'number' && format > SAVE_FORMAT) return { problem: 'newer-version' };
  if (format === 1) {
    const old = v.safeParse(SaveRecordV1, value);
    if (!old.success) return { problem: 'corrupt' };
    const { snapshot, ...rest } = old.output;
    const context = snapshot.view.beat?.text ?? '';
    return {
      record: {
        ...rest,
        format: SAVE_FORMAT,
        id: idForOld,
        playTimeMs: 0,
        context,
        thumbnail: null,
        checkpoint: null,
        snapshot: snapshot as PlaySnapshot,
      },
    };
  }
  const parsed = v.safeParse(SaveRecordSchema, value);
  if (!parsed.success) return { problem: typeof format === 'number' ? 'corrupt' : 'not-a-save' };
  return { record: parsed.output as SaveRecord };
}

/** The kind of a save id, for grouping and for Continue. */
export function saveKind(id: SaveId): 'manual' | 'auto' | 'quick' {
  return id === 'quick' ? 'quick' : id.startsWith('auto') ? 'auto' : 'manual';
}
