import type { Command } from './commands';
import { StoryEngine, type CompiledStory, type EngineSnapshot } from './engine';
import { applyBeat, emptyStage, reduceStage, type StageState } from './stage';
import type { Beat, ChoiceOption, Step, VariableValue } from './types';

/** One entry of the backlog: a line that was shown, or the choice taken at choice point `point`. */
export type BacklogEntry =
  | { kind: 'line'; speaker: string | null; text: string }
  | { kind: 'choice'; text: string; point: number };

/** What the player sees now, and everything needed to draw it again after a reload. */
export interface PlayView {
  beat: Beat | null;
  /** The commands of the latest step, for one-off cues (sounds, flashes) the stage forgets. */
  cues: Command[];
  choices: ChoiceOption[] | null;
  ended: { ending: string | null } | null;
  stage: StageState;
  /**
   * Every line shown and choice taken so far. Unlike the rest of the view, it grows in place
   * as the story reads on (a copy at every line made a playthrough's cost grow with the square
   * of its length); a rewind or a restore starts a new array. Read it from the current view; to
   * keep it as it is now, copy it.
   */
  backlog: BacklogEntry[];
  /** A playable interlude the story waits on (`# minigame:`); it reads on once that ends. */
  interlude?: Interlude | null;
}

/** The interlude the story waits on: its name and which part of it (`main` unless a later one). */
export interface Interlude {
  key: string;
  part: string;
}

/** A playthrough frozen in time: the engine's place plus the view built on it. */
export interface PlaySnapshot {
  engine: EngineSnapshot;
  view: PlayView;
}

/**
 * The start of the current chapter: where to begin again, with the variables of that moment,
 * when a save no longer fits an edited story.
 */
export interface Checkpoint {
  chapter: { id: string; title: string };
  knot: string;
  variables: Record<string, VariableValue>;
}

/**
 * A choice point as it was offered, kept in memory so rewinding to it is quick. The engine's
 * place is a full snapshot taken at an earlier point (`base`) plus the steps and choices
 * since (`ops`, the first `length` of them): serialising ink's whole state at every choice
 * was a third of the time a playthrough took, and replaying a few choices' steps is cheap.
 */
interface RewindPoint {
  /** How many choices had been made before this point: its number in the backlog. */
  ordinal: number;
  base: EngineSnapshot;
  ops: readonly number[];
  length: number;
  view: Omit<PlayView, 'backlog'>;
  backlogLength: number;
  checkpoint: Checkpoint | null;
}

/** The backlog with `entry` added at its end, in place (see PlayView.backlog). */
function appended(backlog: BacklogEntry[], entry: BacklogEntry): BacklogEntry[] {
  backlog.push(entry);
  return backlog;
}

/** Steps and choices replayed at most to rewind (a few choice points' worth of lines). */
const MAX_REPLAY_OPS = 300;

/** Options for a playthrough: the game keeps rewind history; tools walking thousands don't. */
export interface PlaythroughOptions {
  keepHistory?: boolean;
  /** EXTERNAL functions the game binds (see StoryEngine). */
  externals?: Record<string, (...args: unknown[]) => unknown>;
}

/**
 * One run through the story: steps the engine, folds every step into the stage, keeps the
 * backlog, the current chapter's checkpoint and (for the game) every choice point to rewind
 * to. The stores mirror this; they never step ink directly.
 */
export class Playthrough {
  readonly engine: StoryEngine;
  private current: PlayView = {
    beat: null,
    cues: [],
    choices: null,
    ended: null,
    stage: emptyStage(),
    backlog: [],
    interlude: null,
  };
  /** The variables as the current interlude began: what it changed is recorded when it ends. */
  private interludeStart: Record<string, VariableValue> = {};
  private history: RewindPoint[] = [];
  private chapterStart: Checkpoint | null = null;

  constructor(
    compiled: CompiledStory,
    private readonly options: PlaythroughOptions = {},
  ) {
    this.engine = new StoryEngine(compiled, options.externals);
  }

  /** The current view (treat as read-only; a new object after every change). */
  get view(): PlayView {
    return this.current;
  }

  /** Where the current chapter began, with its variables (null before the first chapter). */
  get checkpoint(): Checkpoint | null {
    return this.chapterStart;
  }

  /** How many choice points can be rewound to in this session. */
  get rewindPoints(): number {
    return this.history.length;
  }

  /** The first choice point that can still be rewound to (earlier ones were before a load). */
  get earliestRewindPoint(): number {
    return this.history[0]?.ordinal ?? Number.POSITIVE_INFINITY;
  }

  private choicesMade(): number {
    return this.engine.choiceLog.filter((e) => e.kind === 'choice').length;
  }

  /**
   * Shows the next line, or the choices, or the end. Does nothing while a choice or an
   * interlude is waiting.
   */
  advance(): Step | null {
    if (this.current.choices || this.current.ended || this.current.interlude) return null;
    const step = this.engine.step();
    this.apply(step);
    return step;
  }

  /** Takes an option from the current choices by its position in the list. */
  choose(position: number): void {
    const option = this.current.choices?.[position];
    if (!option) throw new RangeError(`No option ${position} on offer`);
    const entry = { kind: 'choice', text: option.text, point: this.choicesMade() } as const;
    this.engine.choose(option.index);
    this.current = {
      ...this.current,
      choices: null,
      backlog: appended(this.current.backlog, entry),
    };
  }

  /**
   * Ends the interlude the story waits on: sets the variables it decided and records them
   * (with any its ink scripts changed) in the route; the next `advance()` reads on.
   */
  finishInterlude(values: Record<string, VariableValue> = {}): void {
    if (!this.current.interlude) return;
    const now = this.engine.variables();
    const changed: Record<string, VariableValue> = {};
    for (const [name, value] of Object.entries(now)) {
      if (JSON.stringify(value) !== JSON.stringify(this.interludeStart[name]))
        changed[name] = value;
    }
    this.engine.endInterlude({ ...changed, ...values });
    this.current = { ...this.current, interlude: null };
  }

  /**
   * Leaves the waiting interlude for its text version at `fallback` (a knot or stitch); the
   * next `advance()` reads the text instead.
   */
  skipInterlude(fallback: string): void {
    if (!this.current.interlude) return;
    this.current = { ...this.current, interlude: null };
    this.jump(fallback);
  }

  /** Jumps to a knot or stitch, setting `values` first; `advance()` then shows its first line. */
  jump(path: string, values?: Record<string, VariableValue>): void {
    this.engine.jump(path, values);
    this.current = { ...this.current, beat: null, choices: null, ended: null };
  }

  /**
   * Goes back to choice point `point` (its number in the backlog: 0 is the story's first;
   * default: the one before the current place), restoring engine, stage and backlog as they
   * were when it was offered.
   * Returns false when there is nothing to go back to.
   */
  rewind(point?: number): boolean {
    const atChoice = this.current.choices !== null;
    const target =
      point === undefined
        ? this.history.length - (atChoice ? 2 : 1)
        : this.history.findIndex((h) => h.ordinal === point);
    const rewindTo = this.history[target];
    if (!rewindTo) return false;
    this.engine.restore(rewindTo.base);
    this.engine.replay(rewindTo.ops, rewindTo.length);
    this.current = {
      ...structuredClone(rewindTo.view),
      backlog: this.current.backlog.slice(0, rewindTo.backlogLength),
    };
    this.chapterStart = rewindTo.checkpoint;
    this.history = this.history.slice(0, target + 1);
    return true;
  }

  /** Captures engine and view together (for saves and Continue). */
  snapshot(): PlaySnapshot {
    return { engine: this.engine.snapshot(), view: structuredClone(this.current) };
  }

  /** Restores a snapshot taken on this same compiled story (rewind history starts afresh). */
  restore(snapshot: PlaySnapshot, checkpoint: Checkpoint | null = null): void {
    this.engine.restore(snapshot.engine);
    this.current = { interlude: null, ...structuredClone(snapshot.view) };
    // Only an interlude still waiting needs its starting variables (tools restore thousands).
    if (this.current.interlude) this.interludeStart = this.engine.variables();
    this.chapterStart = checkpoint;
    this.history = [];
    if (this.current.choices) this.remember();
  }

  /**
   * Starts again at a chapter checkpoint: the variables it recorded, then the chapter's knot.
   * The next `advance()` shows the chapter's first line.
   */
  resumeAt(checkpoint: Checkpoint): void {
    // One logged jump with the variables, so a replay on an edited story sets them again.
    this.jump(checkpoint.knot, checkpoint.variables);
  }

  /** The choice points this session can rewind to: each one's number and what it offered. */
  get rewindablePoints(): { ordinal: number; choices: readonly ChoiceOption[] }[] {
    return this.history.map((h) => ({ ordinal: h.ordinal, choices: h.view.choices ?? [] }));
  }

  private remember(): void {
    if (!this.options.keepHistory) return;
    const { backlog, ...view } = this.current;
    const last = this.history.at(-1);
    let ops = this.engine.journaled;
    let base = last?.base;
    // A new full snapshot when the journal was broken (a jump, an interlude) or grew long.
    if (!base || !ops || ops.length > MAX_REPLAY_OPS) {
      base = this.engine.snapshot();
      this.engine.startJournal();
      ops = this.engine.journaled ?? [];
    }
    this.history.push({
      ordinal: this.choicesMade(),
      base,
      ops,
      length: ops.length,
      // Views are never changed once made (every change is a new object), so the point can
      // keep this one as it is; a rewind hands out a copy.
      view,
      backlogLength: backlog.length,
      checkpoint: this.chapterStart,
    });
  }

  private apply(step: Step): void {
    const view = this.current;
    if (step.kind === 'beat') {
      const line = { kind: 'line', speaker: step.speaker, text: step.text } as const;
      const choices = this.engine.waitingForChoice ? this.engine.choices() : null;
      const chapter = step.commands.find((c) => c.kind === 'chapter');
      if (chapter) {
        const knot = (step.path ?? '').split('.')[0] ?? '';
        this.chapterStart = {
          chapter: { id: chapter.id, title: chapter.title },
          knot,
          variables: this.engine.variables(),
        };
      }
      // Every field spelled out: this runs at every line, and a literal of one fixed shape is
      // several times quicker to build than a spread of the previous view.
      this.current = {
        beat: step,
        cues: step.commands,
        choices,
        ended: view.ended,
        stage: applyBeat(view.stage, step),
        backlog: appended(view.backlog, line),
        interlude: view.interlude ?? null,
      };
      if (choices) this.remember();
    } else if (step.kind === 'interlude') {
      this.interludeStart = this.engine.variables();
      const stage = reduceStage(view.stage, step.commands);
      const interlude = { key: step.key, part: step.part };
      this.current = { ...view, cues: step.commands, stage, interlude };
    } else if (step.kind === 'choices') {
      const stage = reduceStage(view.stage, step.commands);
      this.current = { ...view, cues: step.commands, choices: step.choices, stage };
      this.remember();
    } else {
      const stage = reduceStage(view.stage, step.commands);
      const ended = { ending: step.ending };
      this.current = { ...view, cues: step.commands, choices: null, stage, ended };
    }
  }
}
