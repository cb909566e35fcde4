import type { Story } from 'inkjs';
import { InkList } from 'inkjs';
import type { Command } from './commands';
import { filterLanguage } from './language';
import { previousPathOf } from './line-path';
import { splitSpeaker } from './speaker';
import { SideScript } from './side-script';
import { parseTags } from './tags';
import { newInkStory } from './parsed-story';
import type { ChoiceOption, LogEntry, Step, VariableValue } from './types';

/**
 * How many steps ink may take for one line before it is taken for an endless loop: a real line
 * takes tens, a heavy one a few thousand. Counting steps, not time, keeps a busy machine from
 * mistaking a slow line for a loop.
 */
export const engineLimits = { stepsPerLine: 200_000 };

/** Thrown inside ink's step loop to stop an endless loop (ink rethrows what it did not raise). */
const ENDLESS = new Error('endless loop');

/** A runtime error raised by ink itself (a bad divert, a missing variable at run time). */
export class StoryRuntimeError extends Error {
  override name = 'StoryRuntimeError';
}

/** Where the engine stands: enough to put a fresh engine on the same story in the same place. */
export interface EngineSnapshot {
  inkState: string;
  log: LogEntry[];
  beatsSinceChoice: number;
  ending: string | null;
  /** Ink waits on an interlude (absent in saves from before interludes: false). */
  awaitingInterlude?: boolean;
}

/** A journaled `step()` call (choices are journaled as their index, 0 or more). */
const STEP = -1;

/** Compiled ink, as the JSON string or object the compiler produced. */
export type CompiledStory = string | Record<string, unknown>;

/**
 * The story as a stream of beats, choice points and endings, over the inkjs runtime. It knows
 * nothing of screens or sound: it turns ink output into typed data and remembers the choices
 * made, so the same place can be reached again by replay.
 */
export class StoryEngine {
  private readonly story: Story;
  private log: LogEntry[] = [];
  private beatsSinceChoice = 0;
  private ending: string | null = null;
  private errors: string[] = [];
  /** Set once ink was stopped in an endless loop: its runtime is then mid-line for good. */
  private stuck: string | null = null;
  private stepsThisLine = 0;
  /** True while ink waits on an interlude's hidden option (see `step`). */
  private awaitingInterlude = false;
  /**
   * The calls since `startJournal` (STEP, or the index chosen), which replay exactly from the
   * state of that moment; null once anything else changed the state (a jump, a variable set,
   * an interlude's script), when only a full snapshot can bring it back.
   */
  private journal: number[] | null = null;
  /** The story's global variables' names, listed once (see variables()). */
  private variableNames: string[] | null = null;

  /**
   * `externals` binds more EXTERNAL functions (the game's `minigame_ready`); any the story
   * declares but nobody binds falls back to its ink version.
   */
  constructor(
    compiled: CompiledStory,
    externals: Record<string, (...args: unknown[]) => unknown> = {},
  ) {
    this.story = newInkStory(compiled);
    this.story.onError = (message, type) => {
      // Type 2 is an error; warnings (1) and author notes (0) are not fatal at run time.
      if (type === 2) this.errors.push(message);
    };
    this.story.allowExternalFunctionFallbacks = true;
    this.story.BindExternalFunction(
      'cuss',
      (words: unknown) => filterLanguage(String(words), this.variable('strong_language') === true),
      true,
    );
    for (const [name, fn] of Object.entries(externals))
      this.story.BindExternalFunction(name, fn, true);
    this.countSteps();
  }

  /** Runs ink to the next line with text, the next choice point, or the end. */
  step(): Step {
    const journal = this.journal;
    this.journal = null; // a step that throws leaves the state to snapshots
    const result = this.readStep();
    journal?.push(STEP);
    this.journal = journal;
    return result;
  }

  private readStep(): Step {
    const pending: Command[] = [];
    const warnings: string[] = [];
    while (this.story.canContinue) {
      const raw = this.continueLine();
      const tags = parseTags(this.story.currentTags ?? []);
      warnings.push(...tags.warnings);
      for (const c of tags.commands) if (c.kind === 'ending') this.ending = c.id;
      const line = raw.trim();
      if (line === '') {
        pending.push(...tags.commands);
        continue;
      }
      this.beatsSinceChoice += 1;
      const { speaker, text } = splitSpeaker(line);
      const path = previousPathOf(this.story);
      const commands = [...pending, ...tags.commands];
      return { kind: 'beat', speaker, text, commands, warnings, path };
    }
    // `-> interlude("cave", "main") ->` tags the hand-off and waits on one hidden option, so
    // nothing after it is read (or evaluated) until the interlude ends.
    const minigame = pending.find((c) => c.kind === 'minigame');
    if (minigame && this.story.currentChoices.length === 1) {
      this.awaitingInterlude = true;
      return {
        kind: 'interlude',
        key: minigame.key,
        part: minigame.part,
        commands: pending,
        warnings,
      };
    }
    if (this.story.currentChoices.length > 0) {
      return { kind: 'choices', choices: this.choices(), commands: pending, warnings };
    }
    return { kind: 'end', ending: this.ending, commands: pending, warnings };
  }

  /** True when the story has nothing more to say before the player must choose. */
  get waitingForChoice(): boolean {
    return (
      !this.story.canContinue && this.story.currentChoices.length > 0 && !this.awaitingInterlude
    );
  }

  /** The options on offer right now (empty unless waiting for a choice). */
  choices(): ChoiceOption[] {
    if (this.story.canContinue || this.awaitingInterlude) return [];
    return this.story.currentChoices.map((c) => ({
      index: c.index,
      text: c.text.trim(),
      commands: parseTags(c.tags ?? []).commands,
      source: c.sourcePath,
    }));
  }

  /** Takes option `index` of the current choices and records it with its text. */
  choose(index: number): void {
    const choice = this.story.currentChoices[index];
    if (!choice || this.story.canContinue) {
      throw new RangeError(
        `No choice ${index} here (${this.story.currentChoices.length} on offer)`,
      );
    }
    this.story.ChooseChoiceIndex(index);
    this.log.push({ kind: 'choice', index, text: choice.text.trim() });
    this.beatsSinceChoice = 0;
    this.journal?.push(index);
  }

  /**
   * Moves to a knot or `knot.stitch` directly (tests, writer tools, chapter select), first
   * setting `values` (any the story no longer has are left out); recorded for replay.
   */
  jump(path: string, values?: Record<string, VariableValue>): void {
    this.journal = null;
    for (const [name, value] of Object.entries(values ?? {})) {
      try {
        this.setVariable(name, value);
      } catch {
        // A variable the edited story no longer has (or a list item it dropped).
      }
    }
    try {
      this.story.ChoosePathString(path);
    } catch (error) {
      throw new StoryRuntimeError(`Cannot jump to "${path}": ${(error as Error).message}`);
    }
    this.log.push(values ? { kind: 'jump', path, values: { ...values } } : { kind: 'jump', path });
    this.beatsSinceChoice = 0;
    this.awaitingInterlude = false;
  }

  /**
   * Every item a LIST variable can hold, by full name (`regrets.silence`) in the list's order,
   * for the writer's panel; null if the variable is not a list.
   */
  listItems(name: string): string[] | null {
    const value = this.story.variablesState.$(name);
    if (!(value instanceof InkList)) return null;
    const lists = this.story.listDefinitions?.lists ?? [];
    return lists
      .filter((list) => value.originNames.includes(list.name))
      .flatMap((list) =>
        [...list._itemNameToValues]
          .sort((a, b) => a[1] - b[1])
          .map(([item]) => `${list.name}.${item}`),
      );
  }

  /** True if the story has this knot or `knot.stitch` (a writer's edit may have removed it). */
  hasFlow(path: string): boolean {
    const [knot = '', stitch] = path.split('.');
    const container = this.story.KnotContainerWithName(knot);
    return container !== null && (stitch === undefined || container.namedContent.has(stitch));
  }

  /** The decisions made so far, oldest first. */
  get choiceLog(): readonly LogEntry[] {
    return this.log;
  }

  /** Lines shown since the last choice or jump: with the log, the exact place in the story. */
  get linesSinceChoice(): number {
    return this.beatsSinceChoice;
  }

  /** One ink variable as plain data. */
  variable(name: string): VariableValue {
    return toPlain(this.story.variablesState.$(name));
  }

  /** Every global ink variable as plain data. */
  variables(): Record<string, VariableValue> {
    const vars = this.story.variablesState;
    // Ink's variables sit behind a Proxy that makes listing them slow; a story declares all its
    // globals up front and never adds one, so the list is taken once.
    this.variableNames ??= Object.keys(vars);
    return Object.fromEntries(this.variableNames.map((name) => [name, toPlain(vars.$(name))]));
  }

  /** How often a knot or `knot.stitch` has been entered (0 if never, or if ink does not count it). */
  visitCount(path: string): number {
    return this.story.state.VisitCountAtPathString(path) ?? 0;
  }

  /**
   * Sets a global variable, e.g. `strong_language` from the player's settings. A list is given
   * as its items' full names (`regrets.silence`), as `variables()` returns them.
   */
  setVariable(name: string, value: VariableValue): void {
    this.journal = null;
    if (!Array.isArray(value)) {
      this.story.variablesState.$(name, value);
      return;
    }
    const current = this.story.variablesState.$(name);
    let list = new InkList();
    // Keep the list's origin so an empty list still knows which LIST it belongs to.
    if (current instanceof InkList) list.SetInitialOriginNames(current.originNames);
    for (const item of value) list = list.Union(InkList.FromString(item, this.story));
    this.story.variablesState.$(name, list);
  }

  /**
   * Ends the interlude ink waits on: sets the variables it decided, records them so a replay
   * of the route on an edited story sets them again at the same place, and reads on.
   */
  endInterlude(values: Record<string, VariableValue>): void {
    if (!this.awaitingInterlude) throw new RangeError('No interlude is waiting');
    this.journal = null;
    for (const [name, value] of Object.entries(values)) this.setVariable(name, value);
    this.awaitingInterlude = false;
    this.story.ChooseChoiceIndex(0);
    this.log.push({ kind: 'set', values: { ...values } });
    this.beatsSinceChoice = 0;
  }

  /** A reader for knots an interlude pulls lines from, in a flow of their own. */
  script(): SideScript {
    return new SideScript(
      this.story,
      () => this.throwIfFailed(),
      () => void (this.journal = null), // its knots may set variables and count visits
    );
  }

  /** Captures the ink state and the route taken. */
  snapshot(): EngineSnapshot {
    return {
      inkState: this.story.state.ToJson(),
      log: [...this.log],
      beatsSinceChoice: this.beatsSinceChoice,
      ending: this.ending,
      awaitingInterlude: this.awaitingInterlude,
    };
  }

  /** Puts the engine back where a snapshot was taken (same compiled story). */
  restore(snapshot: EngineSnapshot): void {
    this.journal = null;
    this.story.state.LoadJson(snapshot.inkState);
    this.variableNames = null; // a save from an older story may hold globals since removed
    this.log = [...snapshot.log];
    this.beatsSinceChoice = snapshot.beatsSinceChoice;
    this.ending = snapshot.ending;
    this.awaitingInterlude = snapshot.awaitingInterlude ?? false;
  }

  /** Starts recording steps and choices afresh (just after a snapshot, to replay from it). */
  startJournal(): void {
    this.journal = [];
  }

  /** The steps and choices since `startJournal`, or null if something else changed the state. */
  get journaled(): readonly number[] | null {
    return this.journal;
  }

  /** Replays the first `length` journaled calls of `ops` (after restoring their snapshot). */
  replay(ops: readonly number[], length: number): void {
    this.startJournal();
    for (let i = 0; i < length; i++) {
      const op = ops[i]!;
      if (op === STEP) this.step();
      else this.choose(op);
    }
    // Ink numbers the options as they are read: read them, so the state saves as it did.
    void this.story.currentChoices;
  }

  /**
   * Reads one line. Ink follows diverts without limit, so a loop with no text in it (`-> a`
   * inside `a`) would hang the tab; past a generous number of steps it becomes a runtime error.
   */
  private continueLine(): string {
    if (this.stuck) throw new StoryRuntimeError(this.stuck);
    try {
      this.story.Continue();
    } catch (error) {
      if (error !== ENDLESS) throw error;
      this.stuck = `endless loop: ink took ${engineLimits.stepsPerLine} steps without reaching a line (a divert loop with no text or choice in it?)`;
      throw new StoryRuntimeError(this.stuck);
    }
    this.throwIfFailed();
    return this.story.currentText ?? '';
  }

  /** Counts ink's steps for `continueLine`, stopping it where a line never comes. */
  private countSteps(): void {
    const step = this.story.ContinueSingleStep.bind(this.story);
    this.story.ContinueSingleStep = () => {
      if (++this.stepsThisLine > engineLimits.stepsPerLine) throw ENDLESS;
      return step();
    };
    // Every line starts the count afresh, the story's own and those an interlude reads.
    const line = this.story.Continue.bind(this.story);
    this.story.Continue = () => {
      this.stepsThisLine = 0;
      return line();
    };
  }

  private throwIfFailed(): void {
    if (this.errors.length === 0) return;
    const message = this.errors.join('\n');
    this.errors = [];
    throw new StoryRuntimeError(message);
  }
}

function toPlain(value: unknown): VariableValue {
  if (value instanceof InkList) return value.orderedItems.map((item) => item.Key.fullName);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return null;
}
