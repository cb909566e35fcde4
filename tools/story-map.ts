/**
 * `npm run story:map`: draws the story's structure as one HTML page a writer can open: a column
 * per chapter (coloured), its knots and stitches as boxes with their choices, diverts as
 * arrows, endings marked. With a `story-check-report.json` from the same story it marks what
 * play never reaches; without one, what no divert leads to.
 *
 * Options: --story path/to/story.ink, --report story-check-report.json, --out story-map.html.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compileInk, formatDiagnostic } from './ink/compile.ts';
import { storyFacts } from './ink/story-facts.ts';
import type { CheckReport } from './story/report-shape.ts';
import { layoutMap } from './story/map-layout.ts';
import { buildMapModel } from './story/map-model.ts';
import { renderMap } from './story/map-render.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    story: { type: 'string', default: path.join(root, 'story/her.ink') },
    report: { type: 'string', default: path.join(root, 'story-check-report.json') },
    out: { type: 'string', default: path.join(root, 'story-map.html') },
  },
});

// Compiled as the checker compiles it, so the report's hash matches this very story.
const build = compileInk(args.story, { outline: true, countAllVisits: true });
if (!build.json || !build.outline) {
  for (const d of build.diagnostics) console.error(formatDiagnostic(d));
  console.error(
    'The story did not compile: fix it (npm run story:check shows where), then map it.',
  );
  process.exit(1);
}

/** The checker's never-reached paths, if its report is for this very story. */
function reportedMisses(): { unreached: Set<string>; order: string[] } | null {
  if (!existsSync(args.report)) return null;
  const report = JSON.parse(readFileSync(args.report, 'utf8')) as Partial<CheckReport>;
  if (report.hash !== build.hash || !report.unreached) {
    console.log(
      `(${path.relative(process.cwd(), args.report)} is for another version of the story: ignored)`,
    );
    return null;
  }
  const unreached = new Set(
    [...report.unreached.flows, ...report.unreached.choices].map((r) => r.path),
  );
  return { unreached, order: Object.keys(report.chapters ?? {}) };
}

const facts = storyFacts(build.json);
const misses = reportedMisses();
const model = buildMapModel(build.outline, facts, misses?.order ?? [], misses?.unreached ?? null);
const layout = layoutMap(model);
const name = path.basename(args.story);
writeFileSync(args.out, renderMap(model, layout, `Story map — ${name}`));
const boxes = model.columns.reduce((n, c) => n + c.nodes.length, 0);
console.log(
  `story:map — ${model.columns.length} columns, ${boxes} knots and stitches, ${model.edges.length} diverts`,
);
console.log(`Open ${path.relative(process.cwd(), args.out)} in a browser.`);
