import type { Story } from 'inkjs';
import type { Command } from './commands';
import { splitSpeaker } from './speaker';
import { parseTags } from './tags';

/** One line an interlude shows: who says it (null for narration), the words, the line's tags. */
export interface ScriptLine {
  speaker: string | null;
  text: string;
  commands: Command[];
}

/** What a knot said up to its next choice (or its end): the lines, then the options on offer. */
export interface ScriptPage {
  lines: ScriptLine[];
  choices: string[];
  done: boolean;
}

/** The flow interludes run their knots in, apart from the story's own place. */
const FLOW = 'interlude';

/**
 * Lets an interlude pull lines and choices from ink knots (the child's heckles, Samantha's
 * directions) while the main story waits at the interlude's line. Knots run in their own ink
 * flow, so the story keeps its place; variables they set are shared with the story, and the
 * playthrough records them when the interlude ends.
 */
export class SideScript {
  constructor(
    private readonly story: Story,
    private readonly checkErrors: () => void,
    /** Told before the script moves ink (the story's state is no longer where it was). */
    private readonly changing: () => void = () => {},
  ) {}

  /** Starts the knot or `knot.stitch` at `path` and reads it to its first choice or its end. */
  open(path: string): ScriptPage {
    return this.inFlow(() => {
      this.story.ChoosePathString(path);
      return this.read();
    });
  }

  /** Takes option `position` of the last page's choices and reads on. */
  choose(position: number): ScriptPage {
    return this.inFlow(() => {
      const choice = this.story.currentChoices[position];
      if (!choice) throw new RangeError(`No option ${position} in this interlude script`);
      this.story.ChooseChoiceIndex(choice.index);
      return this.read();
    });
  }

  /** Forgets the interlude's flow (its place only; variables it set stay set). */
  close(): void {
    this.changing();
    if (this.story.aliveFlowNames?.includes(FLOW)) this.story.RemoveFlow(FLOW);
  }

  private inFlow(run: () => ScriptPage): ScriptPage {
    this.changing();
    this.story.SwitchFlow(FLOW);
    try {
      return run();
    } finally {
      this.story.SwitchToDefaultFlow();
    }
  }

  private read(): ScriptPage {
    const lines: ScriptLine[] = [];
    while (this.story.canContinue) {
      const raw = (this.story.Continue() ?? '').trim();
      this.checkErrors();
      const { commands } = parseTags(this.story.currentTags ?? []);
      if (raw === '') continue;
      lines.push({ ...splitSpeaker(raw), commands });
    }
    const choices = this.story.currentChoices.map((c) => c.text.trim());
    return { lines, choices, done: choices.length === 0 };
  }
}
