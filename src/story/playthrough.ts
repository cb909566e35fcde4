import { StoryEngine, type CompiledStory, type EngineSnapshot } from './engine';
import { applyBeat, emptyStage, reduceStage, type StageState } from './stage';
import type { Command } from './commands';
import type { Beat, ChoiceOption, Step } from './types';

/** One entry of the backlog: a line that was shown, or the choice that was taken. */
export type BacklogEntry =
  { kind: 'line'; speaker: string | null; text: string } | { kind: 'choice'; text: string };

/** What the player sees now, and everything needed to draw it again after a reload. */
export interface PlayView {
  beat: Beat | null;
  /** The commands of the latest step, for one-off cues (sounds, flashes) the stage forgets. */
  cues: Command[];
  choices: ChoiceOption[] | null;
  ended: { ending: string | null } | null;
  stage: StageState;
  backlog: BacklogEntry[];
}

/** A playthrough frozen in time: the engine's place plus the view built on it. */
export interface PlaySnapshot {
  engine: EngineSnapshot;
  view: PlayView;
}

/**
 * One run through the story: steps the engine, folds every step into the stage, keeps the
 * backlog, and knows what is on screen. The stores mirror this; they never step ink directly.
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
  };

  constructor(compiled: CompiledStory) {
    this.engine = new StoryEngine(compiled);
  }

  /** The current view (treat as read-only; a new object after every change). */
  get view(): PlayView {
    return this.current;
  }

  /** Shows the next line, or the choices, or the end. Does nothing while a choice is waiting. */
  advance(): Step | null {
    if (this.current.choices || this.current.ended) return null;
    const step = this.engine.step();
    this.apply(step);
    return step;
  }

  /** Takes an option from the current choices by its position in the list. */
  choose(position: number): void {
    const option = this.current.choices?.[position];
    if (!option) throw new RangeError(`No option ${position} on offer`);
    this.engine.choose(option.index);
    this.current = {
      ...this.current,
      choices: null,
      backlog: [...this.current.backlog, { kind: 'choice', text: option.text }],
    };
  }

  /** Jumps to a knot or stitch; the next `advance()` shows its first line. */
  jump(path: string): void {
    this.engine.jump(path);
    this.current = { ...this.current, beat: null, choices: null, ended: null };
  }

  /** Captures engine and view together (for autosave and Continue). */
  snapshot(): PlaySnapshot {
    return { engine: this.engine.snapshot(), view: structuredClone(this.current) };
  }

  /** Restores a snapshot taken on this same compiled story. */
  restore(snapshot: PlaySnapshot): void {
    this.engine.restore(snapshot.engine);
    this.current = structuredClone(snapshot.view);
  }

  private apply(step: Step): void {
    const view = this.current;
    if (step.kind === 'beat') {
      const line = { kind: 'line', speaker: step.speaker, text: step.text } as const;
      const choices = this.engine.waitingForChoice ? this.engine.choices() : null;
      this.current = {
        ...view,
        beat: step,
        cues: step.commands,
        choices,
        stage: applyBeat(view.stage, step),
        backlog: [...view.backlog, line],
      };
    } else if (step.kind === 'choices') {
      const stage = reduceStage(view.stage, step.commands);
      this.current = { ...view, cues: step.commands, choices: step.choices, stage };
    } else {
      const stage = reduceStage(view.stage, step.commands);
      this.current = {
        ...view,
        cues: step.commands,
        choices: null,
        stage,
        ended: { ending: step.ending },
      };
    }
  }
}
