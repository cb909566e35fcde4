import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as manifest from '../../src/assets/manifest.ts';
import type { Outline } from '../ink/outline.ts';
import type { StoryFacts } from '../ink/story-facts.ts';

/** A problem found by reading the story rather than playing it, with where to look. */
export interface StaticProblem {
  message: string;
  at: string;
}

const linesKnots = new Set(Object.values(manifest.minigames).map((m) => m.lines as string));

/**
 * Rules about how the story is laid out: every chapter file opens with a knot whose first line
 * carries `# chapter:`, chapter tags open knots (the checkpoint restarts at the knot) and are
 * unique, every `# ending:` names a known ending, every interlude's text version exists.
 */
export function checkLayout(
  outline: Outline,
  facts: StoryFacts,
  files: readonly string[],
): StaticProblem[] {
  const problems: StaticProblem[] = [];
  const firstKnot = new Map<string, { path: string; line: number }>();
  for (const flow of outline.flows) {
    if (flow.kind !== 'knot' || !/(^|\/)chapters\//.test(flow.file)) continue;
    const seen = firstKnot.get(flow.file);
    if (!seen || flow.line < seen.line) firstKnot.set(flow.file, flow);
  }
  const chapterKnots = new Set(facts.chapterKnots.values());
  for (const [file, knot] of firstKnot) {
    if (chapterKnots.has(knot.path) || linesKnots.has(knot.path)) continue;
    problems.push({
      message: `chapter file does not begin with "# chapter: id, Title" (its first knot is "${knot.path}")`,
      at: `${file}:${knot.line}`,
    });
  }
  const ids = new Map<string, string>();
  for (const tag of outline.tags) {
    const at = `${tag.file}:${tag.line}`;
    const chapter = /^chapter:\s*([^,]*)/.exec(tag.text);
    if (chapter) {
      const id = (chapter[1] ?? '').trim();
      if (facts.chapterKnots.get(id) !== tag.flow)
        problems.push({
          message: `"# chapter: ${id}" must be the first line of its knot, not inside "${tag.flow}" (a chapter restarts at its knot)`,
          at,
        });
      if (ids.has(id))
        problems.push({
          message: `chapter "${id}" is declared twice (also at ${ids.get(id)})`,
          at,
        });
      ids.set(id, at);
    }
    const ending = /^ending:\s*(\S+)/.exec(tag.text)?.[1];
    if (ending && !Object.hasOwn(manifest.endings, ending))
      problems.push({
        message: `unknown ending "${ending}" (add it to endings in src/assets/manifest.ts)`,
        at,
      });
  }
  const flows = new Set(outline.flows.map((f) => f.path));
  // Only interludes the story starts need their text versions here.
  const source = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  const started = (name: string) =>
    source.includes(`interlude("${name}"`) ||
    new RegExp(`#\\s*minigame:\\s*${name}\\b`).test(source);
  for (const [name, { parts }] of Object.entries(manifest.minigames))
    for (const [part, fallback] of Object.entries(parts))
      if (started(name) && !flows.has(fallback))
        problems.push({
          message: `minigame "${name}" (${part}) falls back to "${fallback}", which is not in the story`,
          at: 'src/assets/manifest.ts',
        });
  return problems;
}

/** The endings the story writes (`# ending: id`), with where each is first written. */
export function writtenEndings(outline: Outline): Map<string, string> {
  const endings = new Map<string, string>();
  for (const tag of outline.tags) {
    const id = /^ending:\s*(\S+)/.exec(tag.text)?.[1];
    if (id && !endings.has(id)) endings.set(id, `${tag.file}:${tag.line}`);
  }
  return endings;
}

/**
 * Doubled spaces inside a line of the script (ink collapses them on screen, but they are
 * typos, and a string stored in a variable keeps them). Indentation and the spaces that line
 * up a `// comment` are not counted.
 */
export function checkSourceSpacing(files: readonly string[], root: string): StaticProblem[] {
  const problems: StaticProblem[] = [];
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((raw, i) => {
        const code = raw.replace(/\s*\/\/.*$/, '').trim();
        const at = `${path.relative(root, file)}:${i + 1}`;
        if (/\S( {2,}|\t)\S/.test(code))
          problems.push({ message: `double space in "${code.slice(0, 60)}"`, at });
      });
  }
  return problems;
}
