import type { Command } from './commands';

/** One line of the story: who speaks (null for narration), what they say, what the stage does. */
export interface Beat {
  kind: 'beat';
  speaker: string | null;
  text: string;
  commands: Command[];
  /** Tags that could not be read; shown in development, failed by `story:check`. */
  warnings: string[];
  /** Where in the ink the line came from (`knot.stitch.…`), or null when ink cannot say. */
  path: string | null;
}

/** An option the player can pick. `index` is ink's own index for it. */
export interface ChoiceOption {
  index: number;
  text: string;
  commands: Command[];
  /** Ink's path of the choice (the story map's key for it); absent in saves made before it. */
  source?: string;
}

/** The story waits for the player to pick one of these. */
export interface ChoicePoint {
  kind: 'choices';
  choices: ChoiceOption[];
  /** Commands from tag-only lines just before the choices. */
  commands: Command[];
  warnings: string[];
}

/**
 * The story hands over to a playable interlude (`# minigame:` on a line of its own) and waits:
 * the next line is read only after the interlude ends, so it can depend on what it decided.
 */
export interface InterludeStart {
  kind: 'interlude';
  key: string;
  part: string;
  /** The tag-only lines' commands up to and including the interlude's. */
  commands: Command[];
  warnings: string[];
}

/** The story has run out: `ending` is the id from `# ending:`, or null (e.g. "to be continued"). */
export interface StoryEnd {
  kind: 'end';
  ending: string | null;
  commands: Command[];
  warnings: string[];
}

/** What one step of the story produces. */
export type Step = Beat | ChoicePoint | InterludeStart | StoryEnd;

/** A recorded decision, kept with its text so a replay on an edited story can check it. */
export type LogEntry =
  | { kind: 'choice'; index: number; text: string }
  /** A jump; `values` are variables set first (a chapter started from chapter select). */
  | { kind: 'jump'; path: string; values?: Record<string, VariableValue> }
  /** What a played interlude decided (and its ink scripts changed), applied again on replay. */
  | { kind: 'set'; values: Record<string, VariableValue> };

/** An ink variable as plain data: lists become arrays of item names. */
export type VariableValue = string | number | boolean | string[] | null;
