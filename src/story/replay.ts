import type { CompiledStory } from './engine';
import { Playthrough, type PlaythroughOptions } from './playthrough';
import type { LogEntry } from './types';

/** How far a replay got: `ok` only when every recorded choice was found by its text. */
export interface ReplayResult {
  playthrough: Playthrough;
  ok: boolean;
  /** Why it stopped early, in words a writer or player can act on. */
  problem?: string;
}

/** A guard against a story edit that loops forever without reaching the next choice. */
const MAX_LINES_BETWEEN_CHOICES = 5000;

const sameText = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Plays a recorded route on a freshly compiled story: the same jumps, the same choices (found
 * by their text, never by position alone, so an inserted option cannot shift the player onto
 * the wrong one), then the same number of lines after the last choice. Used by hot reload of
 * `.ink` files and by saves whose story has changed.
 */
export function replayRoute(
  compiled: CompiledStory,
  log: readonly LogEntry[],
  linesAfter: number,
  prepare?: (playthrough: Playthrough) => void,
  options: PlaythroughOptions = {},
): ReplayResult {
  const playthrough = new Playthrough(compiled, options);
  prepare?.(playthrough);
  playthrough.advance();
  for (const [n, entry] of log.entries()) {
    if (entry.kind === 'jump') {
      try {
        playthrough.jump(entry.path, entry.values);
        playthrough.advance();
      } catch {
        return { playthrough, ok: false, problem: `The passage "${entry.path}" no longer exists.` };
      }
      continue;
    }
    if (entry.kind === 'set') {
      let lines = 0;
      while (!playthrough.view.interlude && lines++ < MAX_LINES_BETWEEN_CHOICES) {
        if (!playthrough.advance()) break;
      }
      if (!playthrough.view.interlude) {
        const problem = `Decision ${n + 1} came from an interlude the story no longer plays there.`;
        return { playthrough, ok: false, problem };
      }
      playthrough.finishInterlude(entry.values);
      playthrough.advance();
      continue;
    }
    let lines = 0;
    while (
      !playthrough.view.choices &&
      !playthrough.view.ended &&
      lines++ < MAX_LINES_BETWEEN_CHOICES
    ) {
      playthrough.advance();
    }
    const position = playthrough.view.choices?.findIndex((c) => sameText(c.text, entry.text)) ?? -1;
    if (position < 0) {
      const problem = `Choice ${n + 1} ("${entry.text}") is no longer offered there.`;
      return { playthrough, ok: false, problem };
    }
    playthrough.choose(position);
    playthrough.advance();
  }
  for (let i = 1; i < linesAfter && !playthrough.view.choices && !playthrough.view.ended; i++) {
    playthrough.advance();
  }
  return { playthrough, ok: true };
}
