import type { StaticProblem } from './check-static.ts';
import type { Exploration } from './explore.ts';
import type { spread } from './stats.ts';

/** How many routes reach one knot, stitch or choice: random walks, and searched chapter starts. */
export interface Reach {
  path: string;
  file: string;
  line: number;
  walks: number;
  searched: number;
}

/** Everything `story:check` found; printed for people, written as JSON for tools. */
export interface CheckReport {
  ok: boolean;
  story: string;
  hash: string;
  files: string[];
  compile: string[];
  seconds: { total: number; cpu: number; compile: number; walks: number; search: number };
  walks: number;
  /** Of `walks`, the extreme ones: each number and LIST kept as low, and as high, as it goes. */
  extremeWalks: number;
  seed: number;
  chapters: Record<string, number>;
  /** Ending → walks that reached it, distinct routes before the last chapter, search hits. */
  endings: Record<string, { walks: number; routes: number; searched: number; at: string }>;
  deadEnds: Record<string, number>;
  runtimeErrors: string[];
  endlessLoops: string[];
  /** Lint of tags, keys, speakers, text and letter blocks: problem → where first seen. */
  lint: Record<string, string>;
  layout: StaticProblem[];
  unreached: { flows: Reach[]; choices: (Reach & { text: string })[] };
  search: Exploration['chapters'];
  letters: { finished: number; distinct: number; problems: Record<string, string> };
  /** Each interlude part's text version (what Skip this scene jumps to), and who reached it. */
  interludeTexts: {
    minigame: string;
    part: string;
    flow: string;
    walks: number;
    searched: number;
  }[];
  words: {
    perRoute: ReturnType<typeof spread>;
    choicesPerRoute: ReturnType<typeof spread>;
    byChapter: Record<string, { perRoute: ReturnType<typeof spread>; allBranches: number }>;
    allBranches: number;
  };
  warnings: string[];
  coverage: { flows: Reach[]; choices: (Reach & { text: string })[] };
}

/** Every reason the check fails, one line each (empty when the story passes). */
export function failures(r: CheckReport): string[] {
  const out: string[] = [];
  const n = (count: number, what: string) => count > 0 && out.push(`${count} ${what}`);
  n(r.compile.filter((c) => c.includes(': error: ')).length, 'compile errors');
  n(Object.keys(r.deadEnds).length, 'dead ends');
  n(r.runtimeErrors.length, 'runtime errors');
  n(r.endlessLoops.length, 'endless loops');
  n(Object.keys(r.lint).length, 'tag, key, speaker or text problems');
  n(r.layout.length, 'layout problems');
  n(r.unreached.flows.length, 'unreachable knots or stitches');
  n(r.unreached.choices.length, 'unreachable choices');
  n(Object.keys(r.letters.problems).length, 'letter problems');
  const endings = Object.values(r.endings);
  n(endings.filter((e) => e.walks + e.searched === 0).length, 'endings never reached');
  n(
    endings.filter((e) => e.walks + e.searched > 0 && e.routes < 2).length,
    'endings reached by fewer than two routes',
  );
  return out;
}
