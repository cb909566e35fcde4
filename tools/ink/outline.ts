import { readFileSync } from 'node:fs';
import path from 'node:path';

// NOTE: restored from the tsx transform cache (/tmp/tsx-0) after this file was overwritten by
// mistake at 06:11 by the replay engineer; the logic is as last compiled (06:10:55), the type
// declarations are reconstructed. Please check it against your own copy.

/** A knot or stitch, with where it is written. */
export interface OutlineFlow {
  path: string;
  kind: 'knot' | 'stitch';
  file: string;
  line: number;
}

/** A choice: its inner container's path, the flow it is in, its words and where it is written. */
export interface OutlineChoice {
  path: string;
  flow: string;
  file: string;
  line: number;
  text: string;
  onceOnly: boolean;
  /** A once-only choice that a later divert in the same file can come back to. */
  loops: boolean;
}

/** A divert, tunnel, thread or call from one flow to another. */
export interface OutlineLink {
  from: string;
  to: string;
  kind: 'divert' | 'tunnel' | 'thread' | 'call';
  file: string;
  line: number;
  /** The choice it sits under, if any (its inner container's path). */
  choice: string | null;
}

/** A tag as written on its line. */
export interface OutlineTag {
  flow: string;
  file: string;
  line: number;
  text: string;
}

/** Knots, stitches, functions, choices, diverts and tags with file and line. */
export interface Outline {
  flows: OutlineFlow[];
  functions: string[];
  choices: OutlineChoice[];
  links: OutlineLink[];
  tags: OutlineTag[];
}

/* eslint-disable @typescript-eslint/no-explicit-any -- inkjs's parsed hierarchy has no exported types */
const where = (o: any): { file: string; line: number } => ({
  file: o.debugMetadata?.fileName ?? '',
  line: o.debugMetadata?.startLineNumber ?? 0,
});

function textOf(list: any): string {
  return (list?.content ?? [])
    .map((c: any) => (c.typeName === 'Text' ? (c.text ?? '') : '\u2026'))
    .join('');
}

/** The tags written on one line of ink source (comments removed, `\#` kept). */
export function tagsOnLine(source: string): string[] {
  const code = source.replace(/\/\/.*$/, '');
  const parts = code.split(/(?<!\\)#/).slice(1);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Reads the outline from the compiler's parsed story; `root` is the entry file's folder. */
export function outlineStory(parsedStory: unknown, root: string): Outline {
  const outline: Outline = { flows: [], functions: [], choices: [], links: [], tags: [] };
  const sources = new Map<string, string[]>();
  const sourceLine = (file: string, line: number) => {
    if (!sources.has(file)) {
      let text = '';
      try {
        text = readFileSync(path.resolve(root, file), 'utf8');
      } catch {
        // A file the compiler read but we cannot: no tags from it.
      }
      sources.set(file, text.split('\n'));
    }
    return sources.get(file)?.[line - 1] ?? '';
  };
  const taggedLines = new Set<string>();
  const visit = (o: any, flow: string, choice: string | null) => {
    let here = flow;
    let inChoice = choice;
    const name = o.identifier?.name ?? '';
    if (o.typeName === 'Knot' && o.isFunction) {
      outline.functions.push(name);
      here = name;
    } else if (o.typeName === 'Knot' || o.typeName === 'Stitch') {
      here = o.typeName === 'Knot' ? name : `${flow.split('.')[0]}.${name}`;
      const kind = o.typeName === 'Knot' ? 'knot' : 'stitch';
      outline.flows.push({ path: here, kind, ...where(o) });
    } else if (o.typeName === 'Choice') {
      inChoice = o.innerContentContainer?.path.toString() ?? null;
      outline.choices.push({
        path: inChoice ?? '',
        flow,
        ...where(o),
        text: (textOf(o.startContent) + textOf(o.choiceOnlyContent)).trim(),
        onceOnly: o.onceOnly ?? true,
        loops: false,
      });
    } else if (o.typeName === 'Divert' && o.debugMetadata) {
      const target = o.isEnd ? 'END' : o.isDone ? 'DONE' : (o.runtimeDivert?.targetPath ?? '');
      const kind = o.isFunctionCall
        ? 'call'
        : o.isTunnel
          ? 'tunnel'
          : o.isThread
            ? 'thread'
            : 'divert';
      const to = String(target);
      if (to !== '') outline.links.push({ from: flow, to, kind, ...where(o), choice: inChoice });
      const targetLine = o.targetContent?.debugMetadata?.startLineNumber ?? Infinity;
      if (o.targetContent?.debugMetadata?.fileName === o.debugMetadata.fileName)
        loopBack(outline, o.debugMetadata.fileName ?? '', targetLine, where(o).line);
    } else if (o.typeName === 'Tag' && o.debugMetadata) {
      const { file, line } = where(o);
      const key = `${file}:${line}`;
      if (!taggedLines.has(key)) {
        taggedLines.add(key);
        for (const text of tagsOnLine(sourceLine(file, line)))
          outline.tags.push({ flow, file, line, text });
      }
    }
    for (const child of o.content ?? []) visit(child, here, inChoice);
  };
  visit(parsedStory, '', null);
  const known = new Set([...outline.flows.map((f) => f.path), ...outline.functions]);
  for (const link of outline.links) link.to = flowOf(link.to, known);
  return outline;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Marks once-only choices between a divert's target line and the divert as able to loop. */
function loopBack(outline: Outline, file: string, from: number, to: number): void {
  if (from > to) return;
  for (const c of outline.choices)
    if (c.onceOnly && c.file === file && c.line >= from && c.line <= to) c.loops = true;
}

/** The known flow (`knot.stitch` or `knot`) a runtime path is in. */
export function flowOf(runtimePath: string, known: Set<string>): string {
  const parts = runtimePath.split('.');
  for (let n = Math.min(parts.length, 2); n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (known.has(candidate)) return candidate;
  }
  return runtimePath;
}
