/**
 * `npm run story:check`: compiles story/her.ink, then plays it many times with seeded random
 * choices and reports chapters, endings, dead ends, runtime errors, tag problems, knots and
 * stitches no walk reached, and how many words a playthrough reads. Exits non-zero on any
 * error. Options: --walks N (default 500), --seed S, --story path/to/her.ink, --json.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { codeFrame, compileInk, formatDiagnostic } from './ink/compile.ts';
import { endings, minigames } from '../src/assets/manifest.ts';
import { checkLetter, letterCollector } from './story/letters.ts';
import { lintStep } from './story/lint.ts';
import { ReadingTally, spread } from './story/stats.ts';
import { randomWalk } from './story/walk.ts';

const { values: args } = parseArgs({
  options: {
    walks: { type: 'string', default: '500' },
    seed: { type: 'string', default: '1' },
    story: { type: 'string', default: path.resolve(import.meta.dirname, '../story/her.ink') },
    json: { type: 'boolean', default: false },
  },
});

const started = performance.now();
const build = compileInk(args.story, { countAllVisits: true });
const errors = build.diagnostics.filter((d) => d.severity === 'error');
const warnings = build.diagnostics.filter((d) => d.severity !== 'error');

const count = (table: Record<string, number>, key: string) => (table[key] = (table[key] ?? 0) + 1);
const report = {
  files: build.files.map((f) => path.relative(process.cwd(), f)),
  compile: build.diagnostics.map(formatDiagnostic),
  walks: 0,
  chapters: {} as Record<string, number>,
  endings: {} as Record<string, number>,
  deadEnds: {} as Record<string, number>,
  runtimeErrors: [] as string[],
  tagProblems: [] as string[],
  unvisited: [] as string[],
  wordsPerRoute: spread([]),
  choicesPerRoute: spread([]),
  chapterWords: {} as Record<string, { route: ReturnType<typeof spread>; allBranches: number }>,
  distinctWords: 0,
  /** Ending → how many different routes (choices before the finale) reached it. */
  endingRoutes: {} as Record<string, number>,
  letters: { finished: 0, distinct: 0, problems: [] as string[] },
  seconds: 0,
};
/** The chapter whose choices write the letter; routes are compared up to its start. */
const FINALE = 'dear_catherine';

if (build.json) {
  const seed = Number(args.seed);
  const tagProblems = new Set<string>();
  const visited = new Set<string>();
  const distinct = new Map<string, Map<string, number>>();
  const routeWords: number[] = [];
  const routeChoices: number[] = [];
  const chapterRoutes = new Map<string, number[]>();
  const routesByEnding = new Map<string, Set<string>>();
  const distinctLetters = new Set<string>();
  const letterProblems = new Set<string>();
  for (let i = 0; i < Number(args.walks); i++) {
    const tally = new ReadingTally(distinct);
    const letters = letterCollector();
    const walk = randomWalk(
      build.json,
      seed + i,
      (step, playthrough) => {
        tally.add(step);
        letters.onStep(step, playthrough);
        for (const problem of lintStep(step)) tagProblems.add(problem);
      },
      (playthrough) => {
        for (const flow of build.flows)
          if (playthrough.engine.visitCount(flow) > 0) visited.add(flow);
      },
      // Every other walk plays the interludes as the game does; the rest read their text.
      i % 2 === 1 ? { interludes: { flows: build.flows } } : {},
    );
    report.walks += 1;
    for (const c of new Set(walk.chapters)) count(report.chapters, c);
    if (walk.error)
      report.runtimeErrors.push(`seed ${seed + i}: ${walk.error} (after "${walk.lastLine}")`);
    else if (walk.ending) {
      count(report.endings, walk.ending);
      const route = walk.choices
        .slice(0, walk.chapterStarts[FINALE] ?? walk.choices.length)
        .join('|');
      routesByEnding.set(walk.ending, (routesByEnding.get(walk.ending) ?? new Set()).add(route));
    } else count(report.deadEnds, `stops after "${walk.lastLine ?? '(nothing)'}"`);
    for (const letter of letters.letters) {
      report.letters.finished += 1;
      distinctLetters.add(letter.lines.join('\n'));
      for (const problem of checkLetter(letter))
        letterProblems.add(`${problem} — in: ${letter.lines.join(' / ').slice(0, 160)}`);
    }
    routeWords.push(tally.total);
    routeChoices.push(walk.choices.length);
    for (const [chapter, words] of tally.perChapter) {
      chapterRoutes.set(chapter, [...(chapterRoutes.get(chapter) ?? []), words]);
    }
  }
  // Skipping an interlude from its pause menu jumps to its text version: that must exist.
  for (const [name, { parts }] of Object.entries(minigames))
    for (const [part, fallback] of Object.entries(parts))
      if (!build.flows.includes(fallback))
        tagProblems.add(
          `minigame "${name}" (${part}) falls back to "${fallback}", which is not in the story`,
        );
  report.tagProblems = [...tagProblems];
  for (const id of Object.keys(endings))
    report.endingRoutes[id] = routesByEnding.get(id)?.size ?? 0;
  report.letters.distinct = distinctLetters.size;
  report.letters.problems = [...letterProblems];
  report.unvisited = build.flows.filter((f) => !visited.has(f));
  report.wordsPerRoute = spread(routeWords);
  report.choicesPerRoute = spread(routeChoices);
  for (const [chapter, words] of chapterRoutes) {
    const all = [...(distinct.get(chapter)?.values() ?? [])].reduce((a, b) => a + b, 0);
    report.chapterWords[chapter] = { route: spread(words), allBranches: all };
    report.distinctWords += all;
  }
}
report.seconds = Math.round((performance.now() - started) / 100) / 10;

const failed =
  errors.length > 0 ||
  report.runtimeErrors.length > 0 ||
  report.tagProblems.length > 0 ||
  Object.keys(report.deadEnds).length > 0 ||
  report.unvisited.length > 0 ||
  report.letters.problems.length > 0 ||
  Object.values(report.endingRoutes).some((routes) => routes < 2);

if (args.json) console.log(JSON.stringify({ ok: !failed, ...report }, null, 2));
else print();
process.exit(failed ? 1 : 0);

function print(): void {
  const line = (s = '') => console.log(s);
  const list = (table: Record<string, number>) => {
    if (Object.keys(table).length === 0) line('  (none)');
    for (const [k, n] of Object.entries(table)) line(`  ${k.padEnd(30)} ${n}`);
  };
  line(`story:check — ${report.files.length} ink files`);
  for (const d of errors) line(`\n${formatDiagnostic(d)}\n${codeFrame(d.absolutePath, d.line)}`);
  for (const d of warnings) line(formatDiagnostic(d));
  if (!build.json) return line('\nThe story did not compile.\nFAILED');
  line(`\n${report.walks} random playthroughs (seed ${args.seed}) in ${report.seconds}s`);
  line('\nChapters reached (walks):');
  list(report.chapters);
  line('\nEndings: walks, and different routes before the finale (each needs 2 or more):');
  for (const [id, routes] of Object.entries(report.endingRoutes)) {
    const flag =
      routes === 0 ? '  <-- never reached' : routes < 2 ? '  <-- reached by one route only' : '';
    line(
      `  ${id.padEnd(30)} ${String(report.endings[id] ?? 0).padStart(5)} walks, ${routes} routes${flag}`,
    );
  }
  line(`\nFinished letters: ${report.letters.finished}, distinct: ${report.letters.distinct}`);
  line(`Letter problems: ${report.letters.problems.length}`);
  for (const p of report.letters.problems.slice(0, 20)) line(`  ${p}`);
  line('\nDead ends (stops without # ending:):');
  list(report.deadEnds);
  const w = report.wordsPerRoute;
  const c = report.choicesPerRoute;
  line(`\nWords per playthrough: min ${w.min}, median ${w.median}, max ${w.max}`);
  line(`Choices per playthrough: min ${c.min}, median ${c.median}, max ${c.max}`);
  line(`Distinct words seen across all walks (≈ all branches): ${report.distinctWords}`);
  line('\nWords by chapter (per playthrough median / all branches seen):');
  for (const [id, s] of Object.entries(report.chapterWords)) {
    line(`  ${id.padEnd(30)} ${String(s.route.median).padStart(6)} / ${s.allBranches}`);
  }
  line(`\nKnots and stitches no walk reached: ${report.unvisited.length}`);
  for (const f of report.unvisited) line(`  ${f}`);
  line(`Runtime errors: ${report.runtimeErrors.length}`);
  for (const e of report.runtimeErrors.slice(0, 20)) line(`  ${e}`);
  line(`Tag and speaker problems: ${report.tagProblems.length}`);
  for (const p of report.tagProblems) line(`  ${p}`);
  line(failed ? '\nFAILED' : '\nOK');
}
