import type { Command } from '../../src/story/commands.ts';
import type { Playthrough, PlaySnapshot } from '../../src/story/playthrough.ts';
import type { StageState } from '../../src/story/stage.ts';
import type { Step } from '../../src/story/types.ts';

/** Where reading on from a state stopped, and what it saw on the way. */
export type Stop =
  | { kind: 'decision'; snapshot: PlaySnapshot }
  | { kind: 'chapter'; chapter: string; knot: string; snapshot: PlaySnapshot }
  | {
      kind: 'end';
      ending: string | null;
      lastLine: string | null;
      lastPath: string | null;
      snapshot: PlaySnapshot;
    }
  | {
      kind: 'error';
      message: string;
      lastLine: string | null;
      lastPath: string | null;
      snapshot: PlaySnapshot | null;
    };

/** A stop that ends a route (an ending, a dead end or a failure), kept without its state. */
export type Outcome =
  | { kind: 'end'; ending: string | null; lastLine: string | null; lastPath: string | null }
  | { kind: 'error'; message: string; lastLine: string | null; lastPath: string | null };

/** Sees every step as it is read, with the stage as it was before the step. */
export type StepListener = (step: Step, before: StageState, playthrough: Playthrough) => void;

/**
 * Lines a story may show between two decisions before the checker calls it an endless loop. A
 * real scene is a few dozen; the longest chapter here is under three hundred lines in all.
 */
export const MAX_LINES_WITHOUT_DECISION = 3000;

/** A snapshot without the backlog (its lines were already seen) so restoring it is cheap. */
export function leanSnapshot(playthrough: Playthrough): PlaySnapshot {
  return { engine: playthrough.engine.snapshot(), view: { ...playthrough.view, backlog: [] } };
}

const chapterIn = (commands: Command[]) => commands.find((c) => c.kind === 'chapter');

/**
 * Reads on from where the playthrough stands to the next decision (choices, or an interlude
 * to play), the start of a chapter other than `chapter`, the end, or an error. Ink that keeps
 * reading without ever reaching one of those is reported as an endless loop.
 */
export function runToDecision(
  playthrough: Playthrough,
  chapter: string | null,
  onStep: StepListener,
): Stop {
  let lastLine: string | null = null;
  // Ink reports no path for a line just before `-> END`: keep the last one it did report.
  let lastPath = playthrough.view.beat?.path ?? null;
  const seenPaths = new Map<string, number>();
  try {
    for (let n = 0; n < MAX_LINES_WITHOUT_DECISION; n++) {
      const view = playthrough.view;
      if (view.ended)
        return {
          kind: 'end',
          ending: view.ended.ending,
          lastLine,
          lastPath,
          snapshot: leanSnapshot(playthrough),
        };
      if (view.choices || view.interlude)
        return { kind: 'decision', snapshot: leanSnapshot(playthrough) };
      const before = view.stage;
      const step = playthrough.advance();
      if (!step) continue;
      onStep(step, before, playthrough);
      if (step.kind === 'beat') {
        lastLine = step.text;
        lastPath = step.path ?? lastPath;
        if (step.path) seenPaths.set(step.path, (seenPaths.get(step.path) ?? 0) + 1);
      }
      // A chapter tag rides on its first line, or on the choices if the chapter opens with them.
      const next = chapterIn(step.commands);
      if (next && next.kind === 'chapter' && next.id !== chapter) {
        const knot = (lastPath ?? '').split('.')[0] ?? '';
        return { kind: 'chapter', chapter: next.id, knot, snapshot: leanSnapshot(playthrough) };
      }
    }
  } catch (error) {
    const message = (error as Error).message;
    return { kind: 'error', message, lastLine, lastPath, snapshot: null };
  }
  const [loopPath] = [...seenPaths].sort((a, b) => b[1] - a[1])[0] ?? ['?'];
  return {
    kind: 'error',
    message: `endless loop: ${MAX_LINES_WITHOUT_DECISION} lines without a choice or an end, repeating "${loopPath}"`,
    lastLine,
    lastPath,
    snapshot: null,
  };
}
