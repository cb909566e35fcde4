import type { Command, Transition } from './commands';

/** A figure standing on stage. */
export interface CastMember {
  who: string;
  pose: string;
}

/**
 * The letter being written on paper, line by line, between `letter: begin` and `letter: end`.
 * At `letter: end` it is `done`: it stays on screen, whole, for that one line (a moment to read
 * it back), and is cleared by the line after.
 */
export interface LetterState {
  kind: string;
  lines: string[];
  done: boolean;
}

/**
 * Everything the stage shows that a save, a rewind or a reload must bring back. Renderers draw
 * it; they never keep story state of their own.
 */
export interface StageState {
  bg: { key: string; transition: Transition } | null;
  cast: CastMember[];
  music: string | null;
  ambience: string | null;
  chapter: { id: string; title: string } | null;
  /** Lasting full-screen effects such as falling snow. */
  effects: string[];
  letter: LetterState | null;
  ending: string | null;
}

/** The stage before the first line of a story. */
export const emptyStage = (): StageState => ({
  bg: null,
  cast: [],
  music: null,
  ambience: null,
  chapter: null,
  effects: [],
  letter: null,
  ending: null,
});

/** Effects that last until `fx: clear` (the others are one-off flourishes). */
const LASTING_EFFECTS = new Set(['snow', 'dust_to_snow']);

function applyCommand(stage: StageState, command: Command): StageState {
  switch (command.kind) {
    case 'chapter':
      return { ...stage, chapter: { id: command.id, title: command.title } };
    case 'bg':
      return { ...stage, bg: { key: command.key, transition: command.transition } };
    case 'show': {
      const member = { who: command.who, pose: command.pose };
      const at = stage.cast.findIndex((c) => c.who === command.who);
      const cast = at < 0 ? [...stage.cast, member] : stage.cast.with(at, member);
      return { ...stage, cast };
    }
    case 'hide':
      return { ...stage, cast: stage.cast.filter((c) => c.who !== command.who) };
    case 'music':
      return { ...stage, music: command.key };
    case 'ambience':
      return { ...stage, ambience: command.key };
    case 'fx':
      if (command.key === 'clear') return { ...stage, effects: [] };
      if (!LASTING_EFFECTS.has(command.key) || stage.effects.includes(command.key)) return stage;
      return { ...stage, effects: [...stage.effects, command.key] };
    case 'letter':
      if (command.action === 'begin') {
        return { ...stage, letter: { kind: command.letterKind, lines: [], done: false } };
      }
      if (!stage.letter) return stage;
      // `letter: end kind` names the kind once the letter knows it (a closing decides it).
      return {
        ...stage,
        letter: { ...stage.letter, kind: command.letterKind ?? stage.letter.kind, done: true },
      };
    case 'ending':
      return { ...stage, ending: command.id };
    case 'sfx':
    case 'minigame':
    case 'pause':
      // One-off moments: renderers play them from the beat; nothing lasting to remember.
      return stage;
  }
}

/** Applies a line's commands in order and returns the new stage (the old one is untouched). */
export function reduceStage(stage: StageState, commands: readonly Command[]): StageState {
  return commands.reduce(applyCommand, stage);
}

/**
 * Applies a whole beat: a letter finished on the line before is put away, then the beat's
 * commands run, then, while a letter is open, its narration is written onto the paper. Spoken
 * lines never go into the letter.
 */
export function applyBeat(
  stage: StageState,
  beat: { speaker: string | null; text: string; commands: readonly Command[] },
): StageState {
  // A finished letter has had its line on screen; the next line puts the paper away.
  const cleared = stage.letter?.done ? { ...stage, letter: null } : stage;
  const next = reduceStage(cleared, beat.commands);
  if (!next.letter || next.letter.done || beat.speaker !== null || beat.text === '') return next;
  return { ...next, letter: { ...next.letter, lines: [...next.letter.lines, beat.text] } };
}
