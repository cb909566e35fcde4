import { failures, type CheckReport } from './report-shape.ts';

/** Most lines of one kind printed before "… and N more" (the JSON report has them all). */
const LIMIT = 25;

/** Prints the report for a writer at a terminal: problems first, then numbers. */
export function printReport(r: CheckReport, reportFile: string | null): void {
  const line = (s = '') => console.log(s);
  const section = (title: string, items: string[]) => {
    line(`\n${title}: ${items.length === 0 ? 'none' : items.length}`);
    for (const item of items.slice(0, LIMIT)) line(`  ${item}`);
    if (items.length > LIMIT) line(`  … and ${items.length - LIMIT} more (see the JSON report)`);
  };
  line(
    `story:check — ${r.files.length} ink file${r.files.length === 1 ? '' : 's'}, story ${r.hash}`,
  );
  for (const c of r.compile) line(c);

  const random = r.walks - r.extremeWalks;
  const extremes = r.extremeWalks
    ? ` and ${r.extremeWalks} extreme ones (each number and LIST kept as low, and as high, as it goes)`
    : '';
  line(`\n${random} random playthroughs (seed ${r.seed})${extremes}`);
  line('Exhaustive search by chapter:');
  line(
    `  ${'chapter'.padEnd(22)} ${'starts'.padStart(7)} ${'searched'.padStart(9)} ${'states'.padStart(7)}  time`,
  );
  for (const c of r.search) {
    const done =
      c.reach === 'every reachable start'
        ? 'complete: proven from every state the story can reach it in'
        : c.reach === 'every start found'
          ? 'complete from every start found'
          : 'budget spent; random walks beyond';
    line(
      `  ${c.chapter.padEnd(22)} ${String(c.starts).padStart(7)} ${String(c.searched).padStart(9)} ${String(c.states).padStart(7)}  ${(c.ms / 1000).toFixed(1)}s  ${done}`,
    );
  }
  line('\nChapters reached (walks):');
  for (const [id, n] of Object.entries(r.chapters)) line(`  ${id.padEnd(30)} ${n}`);

  line('\nEndings: walks, distinct routes before the last chapter (2 or more), search hits:');
  for (const [id, e] of Object.entries(r.endings)) {
    const flag =
      e.walks + e.searched === 0
        ? '  <-- never reached'
        : e.routes < 2
          ? '  <-- fewer than two routes'
          : '';
    line(
      `  ${id.padEnd(22)} ${String(e.walks).padStart(5)} walks ${String(e.routes).padStart(5)} routes ${String(e.searched).padStart(6)} searched  ${e.at}${flag}`,
    );
  }
  if (r.interludeTexts.length > 0) {
    line('\nInterludes played as text (what Skip this scene jumps to): walks, searched starts');
    for (const t of r.interludeTexts)
      line(
        `  ${`${t.minigame} (${t.part})`.padEnd(16)} ${t.flow.padEnd(24)} ${String(t.walks).padStart(5)} ${String(t.searched).padStart(6)}`,
      );
  }
  line(`\nFinished letters: ${r.letters.finished}, distinct: ${r.letters.distinct}`);

  const w = r.words;
  line(
    `\nWords per playthrough: min ${w.perRoute.min}, median ${w.perRoute.median}, max ${w.perRoute.max}`,
  );
  line(
    `Choices per playthrough: min ${w.choicesPerRoute.min}, median ${w.choicesPerRoute.median}, max ${w.choicesPerRoute.max}`,
  );
  line(`Words written across all branches seen: ${w.allBranches}`);
  line('Words by chapter (median per playthrough / all branches seen):');
  for (const [id, s] of Object.entries(w.byChapter))
    line(`  ${id.padEnd(30)} ${String(s.perRoute.median).padStart(6)} / ${s.allBranches}`);

  const reachable = (n: number, all: number) => `${all - n} of ${all} reached`;
  line(
    `\nCoverage: knots and stitches ${reachable(r.unreached.flows.length, r.coverage.flows.length)}, choices ${reachable(r.unreached.choices.length, r.coverage.choices.length)}`,
  );
  section(
    'Unreachable knots and stitches',
    r.unreached.flows.map((f) => `${f.file}:${f.line}  ${f.path}`),
  );
  section(
    'Unreachable choices',
    r.unreached.choices.map((c) => `${c.file}:${c.line}  ${c.text}`),
  );
  section(
    'Dead ends (the story stops without # ending:)',
    Object.entries(r.deadEnds).map(([k, n]) => `${k} (${n}×)`),
  );
  section('Endless loops', r.endlessLoops);
  section('Runtime errors', r.runtimeErrors);
  section(
    'Tag, key, speaker and text problems',
    Object.entries(r.lint).map(([p, at]) => `${at}: ${p}`),
  );
  section(
    'Layout problems',
    r.layout.map((p) => `${p.at}: ${p.message}`),
  );
  section(
    'Letter problems',
    Object.entries(r.letters.problems).map(([p, at]) => `${at}: ${p}`),
  );
  if (r.warnings.length > 0) section('Warnings (not failures)', r.warnings);

  const s = r.seconds;
  line(
    `\nTime: ${s.total}s (compile ${s.compile}s, walks ${s.walks}s, search ${s.search}s; CPU ${s.cpu}s)`,
  );
  if (reportFile) line(`Coverage report: ${reportFile}`);
  const failed = failures(r);
  line(failed.length === 0 ? '\nOK' : `\nFAILED: ${failed.join(', ')}`);
}
