import type { CompiledStory } from './engine';
import { Playthrough, type PlaythroughOptions } from './playthrough';
import { replayRoute } from './replay';

/** Where a reload put the player, and what to tell them (null when nothing needs saying). */
export interface Reloaded {
  playthrough: Playthrough;
  notice: string | null;
}

/** The knot or `knot.stitch` a runtime path is in (`the_cave.email.0.c-1.3` → `the_cave.email`). */
export function flowOfPath(path: string): string {
  const named: string[] = [];
  for (const part of path.split('.')) {
    if (/^\d+$/.test(part) || /^[cg]-\d+$/.test(part) || named.length === 2) break;
    named.push(part);
  }
  return named.join('.');
}

/**
 * Puts a playthrough onto a rebuilt story (hot reload of `.ink`): replays its route to the same
 * line. If the edit removed the knot or stitch the player was reading, it starts that chapter
 * again with the variables it began with, and says so; if the chapter itself is gone, the
 * player stays at the last place the route still matches.
 */
export function reloadPlaythrough(
  compiled: CompiledStory,
  current: Playthrough,
  prepare: (playthrough: Playthrough) => void,
  options: PlaythroughOptions = {},
): Reloaded {
  const path = current.view.beat?.path;
  const here = path ? flowOfPath(path) : null;
  const log = [...current.engine.choiceLog];
  const replay = replayRoute(compiled, log, current.engine.linesSinceChoice, prepare, options);
  const gone = here !== null && here !== '' && !replay.playthrough.engine.hasFlow(here);
  if (!gone) {
    const notice = replay.ok
      ? null
      : `The story changed under you. ${replay.problem} You are at the last place that still matches.`;
    return { playthrough: replay.playthrough, notice };
  }
  const checkpoint = current.checkpoint;
  if (checkpoint && replay.playthrough.engine.hasFlow(checkpoint.knot)) {
    const playthrough = new Playthrough(compiled, options);
    prepare(playthrough);
    playthrough.resumeAt(checkpoint);
    playthrough.advance();
    const title = checkpoint.chapter.title;
    return {
      playthrough,
      notice: `Your edit removed "${here}", where you were reading: back to the start of the chapter "${title}".`,
    };
  }
  return {
    playthrough: replay.playthrough,
    notice: `Your edit removed "${here}", where you were reading, and its chapter's start: you are at the last place that still matches.`,
  };
}
