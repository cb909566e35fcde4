/**
 * `npm run story:check`: proves the story. Compiles story/her.ink (file:line diagnostics with
 * code frames), checks its layout, plays it with seeded random walks, then searches every
 * chapter exhaustively from its distinct starting states within a CPU-time budget. Reports
 * endings and routes, dead ends, runtime errors, endless loops, lint of tags, keys, speakers,
 * text and letter blocks, finished letters, unreachable knots, stitches and choices, and
 * words; writes the coverage report; exits non-zero on any error.
 *
 * Options: --story path/to/story.ink, --walks N (100), --seed S (1), --budget CPU seconds
 * of search (30), --report file (story-check-report.json; "" for none), --json.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { endings } from '../src/assets/manifest.ts';
import { engineLimits, StoryEngine } from '../src/story/engine.ts';
import { codeFrame, compileInk, formatDiagnostic } from './ink/compile.ts';
import { storyFacts } from './ink/story-facts.ts';
import { buildReport } from './story/check-report.ts';
import { checkLayout, checkSourceSpacing, writtenEndings } from './story/check-static.ts';
import { runWalks } from './story/check-walks.ts';
import { explore } from './story/explore.ts';
import { StateKeys } from './story/ink-state.ts';
import { locator } from './story/locate.ts';
import { printReport } from './story/print-report.ts';
import { StepChecks } from './story/step-checks.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    story: { type: 'string', default: path.join(root, 'story/her.ink') },
    walks: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    budget: { type: 'string', default: '30' },
    report: { type: 'string', default: path.join(root, 'story-check-report.json') },
    json: { type: 'boolean', default: false },
  },
});

const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const seconds = (ms: number) => Math.round(ms / 100) / 10;
// No real line here takes a thousand steps: fail an endless loop fast.
engineLimits.stepsPerLine = 100_000;
const started = performance.now();
const build = compileInk(args.story, { countAllVisits: true, outline: true });
const compiled = performance.now();

if (!build.json || !build.outline) {
  const errors = build.diagnostics.filter((d) => d.severity === 'error');
  if (args.json) {
    const compile = build.diagnostics.map(formatDiagnostic);
    console.log(JSON.stringify({ ok: false, story: args.story, compile }, null, 2));
  } else {
    console.log(`story:check — ${args.story}`);
    for (const d of errors)
      console.log(`\n${formatDiagnostic(d)}\n${codeFrame(d.absolutePath, d.line)}`);
    console.log('\nThe story did not compile.\nFAILED');
  }
  process.exit(1);
}

const outline = build.outline;
const facts = storyFacts(build.json);
const locate = locator(outline);
const checks = new StepChecks(locate);
const seed = Number(args.seed);
const paths = [...outline.flows.map((f) => f.path), ...outline.choices.map((c) => c.path)];
const walkOptions = { count: Number(args.walks), seed, flows: build.flows, paths };
const walks = runWalks(build.json, walkOptions, checks, locate);
const walked = performance.now();

// Chapters in the order play meets them; any the walks missed follow in the compiled order.
const chapters = new Map<string, string>();
for (const id of walks.chapterOrder) chapters.set(id, facts.chapterKnots.get(id) ?? id);
for (const [id, knot] of facts.chapterKnots) if (!chapters.has(id)) chapters.set(id, knot);
const globals = Object.keys(new StoryEngine(build.json).variables());
const search = explore({
  compiled: build.json,
  keys: new StateKeys(facts, outline, globals, [...chapters.values()]),
  flows: build.flows,
  chapters,
  seeds: walks.seeds,
  budgetMs: Number(args.budget) * 1000,
  clock: cpu,
  onStep: checks.onStep,
});
const searched = performance.now();

const report = buildReport({
  build,
  outline,
  story: path.relative(process.cwd(), args.story),
  seed,
  walks,
  search,
  checks,
  layout: [
    ...checkLayout(outline, facts, build.files),
    ...checkSourceSpacing(build.files, path.dirname(path.resolve(args.story))),
  ],
  endingsWritten: writtenEndings(outline),
  manifestEndings: Object.keys(endings),
  locate,
});
report.files = build.files.map((f) => path.relative(process.cwd(), f));
report.seconds = {
  total: seconds(performance.now() - started),
  cpu: seconds(cpu()),
  compile: seconds(compiled - started),
  walks: seconds(walked - compiled),
  search: seconds(searched - walked),
};
const reportFile = args.report ? path.resolve(args.report) : null;
if (reportFile) writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
if (args.json) console.log(JSON.stringify(report, null, 2));
else printReport(report, reportFile && path.relative(process.cwd(), reportFile));
process.exit(report.ok ? 0 : 1);
