import type { CompiledStory } from './engine';
import {
  Playthrough,
  type Checkpoint,
  type PlaySnapshot,
  type PlaythroughOptions,
} from './playthrough';
import { replayRoute } from './replay';

/** What a save carries that resuming needs. */
export interface Resumable {
  storyHash: string;
  snapshot: PlaySnapshot;
  checkpoint: Checkpoint | null;
}

/** How a save was resumed, from best to last resort. */
export type ResumeHow = 'exact' | 'replayed' | 'checkpoint' | 'partial';

/** A resumed playthrough and how it got there; `problem` says why it is not exact. */
export interface ResumeResult {
  playthrough: Playthrough;
  how: ResumeHow;
  problem?: string;
}

/**
 * Puts a saved game back on the story as it is now. Same story: the ink state loads directly.
 * Edited story: the saved route is replayed, each choice found by its text. If a choice is gone:
 * the saved chapter's start, with the variables it had then. Without a checkpoint: the last
 * place the replay reached, which is always a place where the player must choose again — never
 * a silently wrong choice.
 */
export function resumeFromSave(
  compiled: CompiledStory,
  storyHash: string,
  save: Resumable,
  options: PlaythroughOptions & { prepare?: (p: Playthrough) => void } = {},
): ResumeResult {
  if (save.storyHash === storyHash) {
    try {
      const exact = new Playthrough(compiled, options);
      exact.restore(save.snapshot, save.checkpoint);
      options.prepare?.(exact);
      return { playthrough: exact, how: 'exact' };
    } catch {
      // The ink state would not load (an engine change?): fall through to replaying it.
    }
  }
  const { log, beatsSinceChoice } = save.snapshot.engine;
  const replay = replayRoute(compiled, log, beatsSinceChoice, options.prepare, options);
  if (replay.ok) return { playthrough: replay.playthrough, how: 'replayed' };
  if (save.checkpoint) {
    try {
      const fromCheckpoint = new Playthrough(compiled, options);
      fromCheckpoint.resumeAt(save.checkpoint);
      // After the checkpoint's variables, so the player's settings (strong language) win.
      options.prepare?.(fromCheckpoint);
      fromCheckpoint.advance();
      if (fromCheckpoint.view.beat || fromCheckpoint.view.choices) {
        return { playthrough: fromCheckpoint, how: 'checkpoint', problem: replay.problem };
      }
    } catch {
      // The chapter itself is gone from the story; the partial replay is the best we have.
    }
  }
  return { playthrough: replay.playthrough, how: 'partial', problem: replay.problem };
}
