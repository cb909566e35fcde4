/**
 * `npm run story:check`: compiles story/her.ink, then plays it many times with seeded random
 * choices and reports chapters reached, endings, dead ends, runtime errors and tag problems.
 * Exits non-zero on any error. Options: --walks N (default 500), --seed S, --json.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { codeFrame, compileInk, formatDiagnostic } from './ink/compile.ts';
import { lintStep } from './story/lint.ts';
import { randomWalk } from './story/walk.ts';

const { values: args } = parseArgs({
  options: {
    walks: { type: 'string', default: '500' },
    seed: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
  },
});

const entry = path.resolve(import.meta.dirname, '../story/her.ink');
const started = performance.now();
const build = compileInk(entry);
const errors = build.diagnostics.filter((d) => d.severity === 'error');
const warnings = build.diagnostics.filter((d) => d.severity !== 'error');

const report = {
  files: build.files.map((f) => path.relative(process.cwd(), f)),
  compile: build.diagnostics.map(formatDiagnostic),
  walks: 0,
  chapters: {} as Record<string, number>,
  endings: {} as Record<string, number>,
  deadEnds: {} as Record<string, number>,
  runtimeErrors: [] as string[],
  tagProblems: [] as string[],
  seconds: 0,
};

if (build.json) {
  const walks = Number(args.walks);
  const seed = Number(args.seed);
  const tagProblems = new Set<string>();
  for (let i = 0; i < walks; i++) {
    const walk = randomWalk(build.json, seed + i, (step) => {
      for (const problem of lintStep(step)) tagProblems.add(problem);
    });
    report.walks += 1;
    for (const c of new Set(walk.chapters)) report.chapters[c] = (report.chapters[c] ?? 0) + 1;
    if (walk.error)
      report.runtimeErrors.push(`seed ${seed + i}: ${walk.error} (after "${walk.lastLine}")`);
    else if (walk.ending) report.endings[walk.ending] = (report.endings[walk.ending] ?? 0) + 1;
    else {
      const where = `stops after "${walk.lastLine ?? '(nothing)'}"`;
      report.deadEnds[where] = (report.deadEnds[where] ?? 0) + 1;
    }
  }
  report.tagProblems = [...tagProblems];
}
report.seconds = Math.round((performance.now() - started) / 100) / 10;

const failed =
  errors.length > 0 || report.runtimeErrors.length > 0 || report.tagProblems.length > 0;

if (args.json) {
  console.log(JSON.stringify({ ok: !failed, ...report }, null, 2));
} else {
  print();
}
process.exit(failed ? 1 : 0);

function print(): void {
  const line = (s = '') => console.log(s);
  line(`story:check — ${report.files.length} ink files`);
  for (const d of errors) {
    line(`\n${formatDiagnostic(d)}`);
    line(codeFrame(d.absolutePath, d.line));
  }
  for (const d of warnings) line(formatDiagnostic(d));
  if (!build.json) return line('\nThe story did not compile.');
  line(`\n${report.walks} random playthroughs (seed ${args.seed}) in ${report.seconds}s`);
  line('\nChapters reached:');
  for (const [id, n] of Object.entries(report.chapters)) line(`  ${id.padEnd(28)} ${n}`);
  line('\nEndings:');
  if (Object.keys(report.endings).length === 0) line('  (none yet)');
  for (const [id, n] of Object.entries(report.endings)) line(`  ${id.padEnd(28)} ${n}`);
  line('\nStops without an ending (dead ends, or "to be continued"):');
  if (Object.keys(report.deadEnds).length === 0) line('  (none)');
  for (const [where, n] of Object.entries(report.deadEnds)) line(`  ${n}× ${where}`);
  line(`\nRuntime errors: ${report.runtimeErrors.length}`);
  for (const e of report.runtimeErrors.slice(0, 20)) line(`  ${e}`);
  line(`Tag and speaker problems: ${report.tagProblems.length}`);
  for (const p of report.tagProblems) line(`  ${p}`);
  line(failed ? '\nFAILED' : '\nOK');
}
