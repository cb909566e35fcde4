import { minigames } from '../../src/assets/manifest.ts';
import type { Outline } from '../ink/outline.ts';
import { chapterScope, type StoryFacts } from '../ink/story-facts.ts';
import { staticReach } from './static-reach.ts';

/** Whether play reaches something: yes, never (by the checker's report), or no divert leads there. */
export type Reached = 'yes' | 'never' | 'orphan' | 'unknown';

/** A choice inside a box, with where it leads when it diverts away. */
export interface MapChoice {
  path: string;
  text: string;
  line: number;
  reached: Reached;
}

/** One knot or stitch. */
export interface MapNode {
  path: string;
  file: string;
  line: number;
  choices: MapChoice[];
  endings: string[];
  /** Interludes started and tunnels or functions called here (drawn as badges, not arrows). */
  badges: string[];
  reached: Reached;
}

/** A chapter's column: its knots and stitches in the order they are written. */
export interface MapColumn {
  id: string;
  title: string;
  nodes: MapNode[];
}

/** A divert from a box (or one of its choices) to another box. */
export interface MapEdge {
  from: string;
  fromChoice: string | null;
  to: string;
  kind: string;
}

/** The whole map: columns in play order, arrows between boxes. */
export interface MapModel {
  columns: MapColumn[];
  edges: MapEdge[];
  coverage: 'report' | 'static';
}

const SHARED = 'shared';
const linesKnots = new Set(Object.values(minigames).map((m) => m.lines as string));

/**
 * Builds the map from the outline: one column per chapter (knots a chapter diverts into join
 * it), interlude lines beside the chapter that plays them, shared tunnels and functions last.
 * `unreached` holds the checker's never-reached paths, or null to mark only what no divert
 * leads to.
 */
export function buildMapModel(
  outline: Outline,
  facts: StoryFacts,
  chapterOrder: readonly string[],
  unreached: Set<string> | null,
): MapModel {
  const columnOf = new Map<string, string>();
  const owners = new Map<string, Set<string>>();
  for (const [id, knot] of facts.chapterKnots)
    for (const k of chapterScope(facts, knot)) owners.set(k, (owners.get(k) ?? new Set()).add(id));
  for (const [knot, ids] of owners) if (ids.size === 1) columnOf.set(knot, [...ids][0] ?? SHARED);
  for (const spec of Object.values(minigames)) {
    const fallbackKnot = Object.values(spec.parts)[0]?.split('.')[0] ?? '';
    const chapter = columnOf.get(fallbackKnot);
    if (chapter) columnOf.set(spec.lines, chapter);
  }
  const titles = new Map<string, string>();
  for (const tag of outline.tags) {
    const m = /^chapter:\s*([^,]+),\s*(.+)$/.exec(tag.text);
    if (m?.[1] && m[2]) titles.set(m[1].trim(), m[2].trim());
  }
  const order = [
    ...chapterOrder,
    ...[...facts.chapterKnots.keys()].filter((c) => !chapterOrder.includes(c)),
  ];
  const columns: MapColumn[] = order.map((id) => ({ id, title: titles.get(id) ?? id, nodes: [] }));
  const shared: MapColumn = { id: SHARED, title: 'Shared tunnels and scenes', nodes: [] };

  const reachable = staticReach(outline);
  const reachedOf = (path: string, flow: string): Reached =>
    !reachable.has(flow)
      ? 'orphan'
      : unreached === null
        ? 'unknown'
        : unreached.has(path)
          ? 'never'
          : 'yes';
  const nodes = new Map<string, MapNode>();
  // A chapter's own knots first, in the order written; interlude lines after them.
  const isLines = (path: string) => linesKnots.has(path.split('.')[0] ?? '');
  const written = [...outline.flows].sort(
    (a, b) =>
      Number(isLines(a.path)) - Number(isLines(b.path)) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line,
  );
  for (const flow of written) {
    const reached = reachedOf(flow.path, flow.path);
    const node: MapNode = { ...flow, choices: [], endings: [], badges: [], reached };
    nodes.set(flow.path, node);
    const column = columns.find((c) => c.id === columnOf.get(flow.path.split('.')[0] ?? ''));
    (column ?? shared).nodes.push(node);
  }
  for (const c of outline.choices) {
    const reached = reachedOf(c.path, c.flow);
    nodes
      .get(c.flow)
      ?.choices.push({ path: c.path, text: c.text || '(fallback)', line: c.line, reached });
  }
  for (const tag of outline.tags) {
    const ending = /^ending:\s*(\S+)/.exec(tag.text)?.[1];
    if (ending) nodes.get(tag.flow)?.endings.push(ending);
  }
  const edges: MapEdge[] = [];
  for (const link of outline.links) {
    const source = nodes.get(link.from);
    // Function calls and the end of a flow are not structure; tunnels into shared knots
    // (the interlude hand-off) become a badge rather than an arrow across the whole map.
    if (!source || link.to === link.from || link.kind === 'call' || !nodes.has(link.to)) continue;
    if (link.kind === 'tunnel' && !columnOf.has(link.to.split('.')[0] ?? '')) {
      const label = link.to === 'interlude' ? '▶ plays an interlude' : `->${link.to}->`;
      if (!source.badges.includes(label)) source.badges.push(label);
    } else edges.push({ from: link.from, fromChoice: link.choice, to: link.to, kind: link.kind });
  }
  return {
    columns: [
      ...columns.filter((c) => c.nodes.length > 0),
      ...(shared.nodes.length ? [shared] : []),
    ],
    edges,
    coverage: unreached ? 'report' : 'static',
  };
}
