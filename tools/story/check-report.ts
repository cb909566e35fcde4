import { minigames } from '../../src/assets/manifest.ts';
import type { InkBuild } from '../ink/compile.ts';
import { formatDiagnostic } from '../ink/compile.ts';
import type { Outline } from '../ink/outline.ts';
import type { StaticProblem } from './check-static.ts';
import type { WalkSummary } from './check-walks.ts';
import type { Exploration } from './explore.ts';
import { failures, type CheckReport, type Reach } from './report-shape.ts';
import { spread } from './stats.ts';
import type { StepChecks } from './step-checks.ts';

/** The inputs the report is built from. */
export interface ReportInputs {
  build: InkBuild;
  outline: Outline;
  story: string;
  seed: number;
  walks: WalkSummary;
  search: Exploration;
  checks: StepChecks;
  layout: StaticProblem[];
  endingsWritten: Map<string, string>;
  manifestEndings: string[];
  locate: (path: string | null | undefined) => string;
}

/** Assembles the report and decides `ok`: any error at all fails the check. */
export function buildReport(input: ReportInputs): CheckReport {
  const { walks, search, checks, outline } = input;
  const reach = (path: string, file: string, line: number): Reach => ({
    path,
    file,
    line,
    walks: walks.reached.get(path) ?? 0,
    searched: search.reached.get(path) ?? 0,
  });
  const flows = outline.flows.map((f) => reach(f.path, f.file, f.line));
  const choices = outline.choices.map((c) => ({
    ...reach(c.path, c.file, c.line),
    text: c.text || '(invisible fallback choice)',
  }));
  const never = (r: Reach) => r.walks === 0 && r.searched === 0;
  // Routes are compared up to the last chapter: its choices decide the ending itself.
  const finale = walks.chapterOrder.length > 1 ? walks.chapterOrder.at(-1) : undefined;
  const routes = new Map<string, Set<string>>();
  for (const r of walks.routes) {
    const end = finale ? (r.chapterStarts[finale] ?? r.choices.length) : r.choices.length;
    const before = r.choices.slice(0, end);
    routes.set(r.ending, (routes.get(r.ending) ?? new Set()).add(before.join('|')));
  }
  const searchedEndings = new Map<string, number>();
  const deadEnds = { ...walks.deadEnds };
  const runtimeErrors: string[] = [];
  const endlessLoops: string[] = [];
  const isLoop = (message: string) => /endless loop|no end after/.test(message);
  for (const [error, { walks: count, replay }] of walks.errors)
    (isLoop(error) ? endlessLoops : runtimeErrors).push(
      `${error} — ${count} walk${count > 1 ? 's' : ''} (replay: ${replay})`,
    );
  const searchErrors = new Map<string, number>();
  for (const stop of search.stops) {
    const after = `after "${stop.lastLine ?? '(nothing)'}", at ${input.locate(stop.lastPath)}`;
    if (stop.kind === 'end' && stop.ending)
      searchedEndings.set(stop.ending, (searchedEndings.get(stop.ending) ?? 0) + 1);
    else if (stop.kind === 'end') {
      const key = `stops ${after}`;
      deadEnds[key] = (deadEnds[key] ?? 0) + 1;
    } else if (stop.kind === 'error') {
      const key = `${stop.message} (${after})`;
      searchErrors.set(key, (searchErrors.get(key) ?? 0) + 1);
    }
  }
  for (const [error, count] of searchErrors)
    (isLoop(error) ? endlessLoops : runtimeErrors).push(`${error} — search, ${count}×`);
  for (const trap of search.traps)
    endlessLoops.push(
      `${trap.chapter}: ${trap.states} states from which no choice leads to an end or the next chapter, around ${input.locate(trap.path)}`,
    );
  const endings: CheckReport['endings'] = {};
  for (const [id, at] of input.endingsWritten)
    endings[id] = {
      walks: walks.endings[id] ?? 0,
      routes: routes.get(id)?.size ?? 0,
      searched: searchedEndings.get(id) ?? 0,
      at,
    };
  const warnings = input.build.diagnostics
    .filter((d) => d.severity !== 'error')
    .map(formatDiagnostic);
  for (const id of input.manifestEndings)
    if (!input.endingsWritten.has(id))
      warnings.push(
        `ending "${id}" is in src/assets/manifest.ts but no "# ending: ${id}" is written`,
      );
  const byChapter: CheckReport['words']['byChapter'] = {};
  let allBranches = 0;
  for (const [chapter, list] of walks.chapterWords) {
    const all = [...(walks.distinct.get(chapter)?.values() ?? [])].reduce((a, b) => a + b, 0);
    byChapter[chapter] = { perRoute: spread(list), allBranches: all };
    allBranches += all;
  }
  const report: CheckReport = {
    ok: false,
    story: input.story,
    hash: input.build.hash,
    files: input.build.files,
    compile: input.build.diagnostics.map(formatDiagnostic),
    seconds: { total: 0, cpu: 0, compile: 0, walks: 0, search: 0 },
    walks: walks.walks,
    extremeWalks: walks.extremes,
    seed: input.seed,
    chapters: walks.chapters,
    endings,
    deadEnds,
    runtimeErrors,
    endlessLoops,
    lint: Object.fromEntries(checks.problems),
    layout: input.layout,
    unreached: { flows: flows.filter(never), choices: choices.filter(never) },
    search: search.chapters,
    interludeTexts: Object.entries(minigames).flatMap(([minigame, spec]) =>
      Object.entries(spec.parts as Record<string, string>)
        .filter(([, flow]) => flows.some((f) => f.path === flow))
        .map(([part, flow]) => ({ minigame, part, ...reachOf(flows, flow) })),
    ),
    letters: {
      finished: checks.finishedLetters,
      distinct: checks.letters.size,
      problems: Object.fromEntries(checks.letterProblems),
    },
    words: {
      perRoute: spread(walks.words),
      choicesPerRoute: spread(walks.choices),
      byChapter,
      allBranches,
    },
    warnings,
    coverage: { flows, choices },
  };
  report.ok = failures(report).length === 0;
  return report;
}

/** A flow's reach, as the interlude table shows it. */
function reachOf(flows: Reach[], flow: string): { flow: string; walks: number; searched: number } {
  const r = flows.find((f) => f.path === flow);
  return { flow, walks: r?.walks ?? 0, searched: r?.searched ?? 0 };
}
