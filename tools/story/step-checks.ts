import type { Playthrough } from '../../src/story/playthrough.ts';
import { emptyStage, type StageState } from '../../src/story/stage.ts';
import type { Step } from '../../src/story/types.ts';
import { checkLetter } from './letters.ts';
import { lintStep } from './lint.ts';
import { letterBalance } from './text-lint.ts';

/**
 * Everything the checker looks at in each step, whoever produced it (a random walk or the
 * exhaustive search): lint of tags, keys, speakers and text; letter blocks; finished letters.
 * Problems are kept once each, with the first place they were seen.
 */
export class StepChecks {
  /** Problem → where it was first seen (`file:line (flow)`). */
  readonly problems = new Map<string, string>();
  /** Finished letters, each once, as their lines joined; and what was wrong with any. */
  readonly letters = new Set<string>();
  readonly letterProblems = new Map<string, string>();
  finishedLetters = 0;

  constructor(private readonly locate: (path: string | null | undefined) => string) {}

  /** The last place ink named: it names none for a line just before `-> END`. */
  private lastPath: string | null = null;

  /** Checks one step; `before` is the stage before it (for letter blocks). */
  readonly onStep = (step: Step, before: StageState, playthrough: Playthrough): void => {
    const named = step.kind === 'beat' ? step.path : playthrough.view.beat?.path;
    const path = (this.lastPath = named ?? this.lastPath);
    const found = [...lintStep(step), ...letterBalance(before, step)];
    for (const problem of found)
      if (!this.problems.has(problem)) this.problems.set(problem, this.locate(path));
    const letter = playthrough.view.stage.letter;
    const ends = step.commands.some((c) => c.kind === 'letter' && c.action === 'end');
    if (!ends || !letter?.done) return;
    this.finishedLetters += 1;
    const text = letter.lines.join('\n');
    if (this.letters.has(text)) return;
    this.letters.add(text);
    for (const problem of checkLetter({ kind: letter.kind, lines: letter.lines }))
      this.letterProblems.set(
        `${problem} — in: ${letter.lines.join(' / ').slice(0, 160)}`,
        this.locate(path),
      );
  };

  /** A step listener for one `randomWalk`, which does not pass the stage before each step. */
  forWalk(): (step: Step, playthrough: Playthrough) => void {
    let before = emptyStage();
    return (step, playthrough) => {
      this.onStep(step, before, playthrough);
      before = playthrough.view.stage;
    };
  }
}
