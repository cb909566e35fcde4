import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as inkFull from 'inkjs/full';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { outlineStory, type Outline } from './outline.ts';
import { outlineForMap } from './map-outline.ts';
import type { MapOutline } from '../../src/story/map-outline.ts';

/** One message from the ink compiler, pinned to a file and line. */
export interface InkDiagnostic {
  severity: 'error' | 'warning' | 'note';
  /** Path as written in the story (relative to the entry file's folder). */
  file: string;
  /** Absolute path, for editors and Vite's overlay. */
  absolutePath: string;
  line: number;
  message: string;
}

/** The outcome of compiling a story: JSON when it compiled, always the files it read. */
export interface InkBuild {
  json: string | null;
  /** Short content hash of the compiled JSON; saves record it to notice story edits. */
  hash: string;
  diagnostics: InkDiagnostic[];
  /** Absolute paths of the entry file and every INCLUDEd file. */
  files: string[];
  /** Every knot and `knot.stitch` (functions left out), for coverage reports. */
  flows: string[];
  /** Knots, stitches, choices, diverts and tags with file and line (with `outline: true`). */
  outline: Outline | null;
  /** Chapters, choice points and options for the story map (with `mapOutline: true`). */
  mapOutline: MapOutline | null;
}

/**
 * Options for a compile: `countAllVisits` makes ink count visits to every knot, stitch and
 * choice; `outline` also reads the story's structure for the checker and the map.
 */
export interface CompileOptions {
  source?: string;
  countAllVisits?: boolean;
  outline?: boolean;
  mapOutline?: boolean;
}

interface FlowLike {
  isFunction: boolean;
  identifier: { name: string | null } | null;
  subFlowsByName: Map<string, FlowLike>;
}

/** Lists knots and their stitches from the parsed story, leaving functions out. */
function listFlows(story: FlowLike | null | undefined): string[] {
  const flows: string[] = [];
  for (const [name, knot] of story?.subFlowsByName ?? []) {
    if (knot.isFunction) continue;
    flows.push(name);
    for (const stitch of knot.subFlowsByName.keys()) flows.push(`${name}.${stitch}`);
  }
  return flows;
}

/**
 * One set of the characters an ink identifier may use, for every parser. Ink builds this set
 * (every Unicode letter range it allows, character by character) afresh in each parser, and a
 * story parses each INCLUDEd file with a parser of its own: 16 builds were a fifth of every
 * compile, which the writer waits on after each save. The set is only ever read.
 */
function shareIdentifierCharacters(): void {
  // The bundle exports its parser class, though inkjs's types do not declare it.
  const proto = (inkFull as { InkParser?: { prototype: object } }).InkParser?.prototype;
  const own = proto && Object.getOwnPropertyDescriptor(proto, 'identifierCharSet');
  if (!proto || !own?.get) return; // a later inkjs changed this: it then simply stays slower
  const build = own.get;
  let shared: unknown = null;
  Object.defineProperty(proto, 'identifierCharSet', {
    ...own,
    get(this: object) {
      shared ??= build.call(this);
      return shared;
    },
  });
}
shareIdentifierCharacters();

const MESSAGE =
  /^(?:(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*)?'([^']+)' line (\d+):\s*(.*)$/s;

function toDiagnostic(raw: string, type: number, root: string, entry: string): InkDiagnostic {
  const match = MESSAGE.exec(raw.trim());
  const severity = type === 2 ? 'error' : type === 1 ? 'warning' : 'note';
  if (!match) {
    return {
      severity,
      file: entry,
      absolutePath: path.join(root, entry),
      line: 1,
      message: raw.trim(),
    };
  }
  const [, , file = entry, line = '1', message = ''] = match;
  return { severity, file, absolutePath: path.resolve(root, file), line: Number(line), message };
}

/**
 * Compiles an ink story and the files it INCLUDEs (resolved next to the entry file). Never
 * throws for problems in the ink: they come back as diagnostics with file and line.
 */
export function compileInk(entryPath: string, options: CompileOptions | string = {}): InkBuild {
  const {
    source,
    countAllVisits = false,
    outline: wantOutline = false,
    mapOutline: wantMap = false,
  } = typeof options === 'string' ? { source: options } : options;
  const absoluteEntry = path.resolve(entryPath);
  const root = path.dirname(absoluteEntry);
  const entry = path.basename(absoluteEntry);
  const files = [absoluteEntry];
  const seen = new Set<string>();
  const diagnostics: InkDiagnostic[] = [];
  const fileHandler = {
    ResolveInkFilename: (name: string) => path.resolve(root, name),
    LoadInkFileContents: (name: string) => {
      files.push(name);
      return readFileSync(name, 'utf8');
    },
  };
  const onMessage = (raw: string, type: number) => {
    if (seen.has(raw)) return; // The parser repeats some errors while backtracking.
    seen.add(raw);
    diagnostics.push(toDiagnostic(raw, type, root, entry));
  };
  let json: string | null = null;
  let flows: string[] = [];
  let outline: Outline | null = null;
  let mapOutline: MapOutline | null = null;
  try {
    const text = source ?? readFileSync(absoluteEntry, 'utf8');
    const compiler = new Compiler(
      text,
      new CompilerOptions(entry, [], countAllVisits, onMessage, fileHandler),
    );
    const story = compiler.Compile();
    flows = listFlows(compiler.parsedStory as unknown as FlowLike);
    json = diagnostics.some((d) => d.severity === 'error') ? null : (story.ToJson() as string);
    if (wantOutline && json) outline = outlineStory(compiler.parsedStory, root);
    if (wantMap && json) mapOutline = outlineForMap(compiler.parsedStory, story, json);
  } catch (error) {
    if (!diagnostics.some((d) => d.severity === 'error')) {
      onMessage(`ERROR: '${entry}' line 1: ${(error as Error).message}`, 2);
    }
  }
  const hash = createHash('sha256')
    .update(json ?? '')
    .digest('hex')
    .slice(0, 16);
  return { json, hash, diagnostics, files, flows, outline, mapOutline };
}

/** A few lines of source around `line`, with a marker, for terminals and Vite's overlay. */
export function codeFrame(absolutePath: string, line: number, context = 2): string {
  let lines: string[];
  try {
    lines = readFileSync(absolutePath, 'utf8').split('\n');
  } catch {
    return '';
  }
  const from = Math.max(1, line - context);
  const to = Math.min(lines.length, line + context);
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    const mark = n === line ? '>' : ' ';
    out.push(`${mark} ${String(n).padStart(width)} | ${lines[n - 1] ?? ''}`);
  }
  return out.join('\n');
}

/** `file:line: severity: message`, the form editors and terminals make clickable. */
export function formatDiagnostic(d: InkDiagnostic): string {
  return `${d.file}:${d.line}: ${d.severity}: ${d.message}`;
}
