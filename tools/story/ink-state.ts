import { createHash } from 'node:crypto';
import type { PlaySnapshot } from '../../src/story/playthrough.ts';
import type { Outline } from '../ink/outline.ts';
import { chapterScope, type StoryFacts } from '../ink/story-facts.ts';

/** What ink's saved state says, read once: visit counts for coverage, the rest for keys. */
export interface InkState {
  visitCounts: Record<string, number>;
  variables: Record<string, unknown>;
  /** Everything that decides what comes next, apart from variables and visit counts. */
  position: unknown;
}

interface SavedThread {
  callstack: { cPath?: string; idx?: number; exp?: boolean; type?: number; temp?: unknown }[];
  threadIndex?: number;
}
interface SavedFlow {
  callstack: { threads: SavedThread[] };
  currentChoices?: { text: string; targetPath: string; originalThreadIndex: number }[];
  choiceThreads?: Record<string, SavedThread>;
}

/** The frames of a thread without its bookkeeping numbers, which differ between equal places. */
const frames = (thread: SavedThread | undefined) =>
  thread?.callstack.map((f) => [f.cPath, f.idx, f.exp, f.type, f.temp]) ?? null;

/** Parses a snapshot's ink state (ink's own save format, so no engine internals are needed). */
export function readInkState(snapshot: PlaySnapshot): InkState {
  const ink = JSON.parse(snapshot.engine.inkState) as {
    flows: Record<string, SavedFlow>;
    currentFlowName: string;
    variablesState: Record<string, unknown>;
    evalStack: unknown;
    visitCounts: Record<string, number>;
  };
  const flow = ink.flows[ink.currentFlowName];
  const threads = flow?.callstack.threads ?? [];
  const threadAt = (index: number) =>
    flow?.choiceThreads?.[String(index)] ?? threads.find((t) => t.threadIndex === index);
  const choices = (flow?.currentChoices ?? []).map((c) => [
    c.text,
    c.targetPath,
    frames(threadAt(c.originalThreadIndex)),
  ]);
  return {
    visitCounts: ink.visitCounts,
    variables: ink.variablesState,
    position: [
      ink.currentFlowName,
      threads.map(frames),
      choices,
      ink.evalStack,
      snapshot.engine.awaitingInterlude ?? false,
      // A letter being written is part of what the player will read at its end.
      snapshot.view.stage.letter,
    ],
  };
}

/** Builds state keys: position, plus only the variables and visit counts a chapter reads. */
export class StateKeys {
  private readonly orphans: Set<string>;
  private readonly scopes = new Map<string, { variables: string[]; counts: string[] }>();

  /**
   * `order` is the chapter knots in play order: a chapter's key keeps what it and every later
   * chapter reads, so two states merged here really do play the same to the end.
   */
  constructor(
    private readonly facts: StoryFacts,
    private readonly outline: Outline | null,
    private readonly globals: readonly string[],
    private readonly order: readonly string[] = [...facts.chapterKnots.values()],
  ) {
    // Knots no chapter diverts into (interlude lines) run inside any chapter: count them in all.
    const reached = new Set<string>();
    for (const knot of facts.chapterKnots.values())
      for (const k of chapterScope(facts, knot)) reached.add(k);
    this.orphans = new Set(facts.knots.filter((k) => !reached.has(k)));
  }

  /**
   * What a chapter's knots read (`local`), or they and every later chapter's (`exact`);
   * `null` (before any chapter) keeps every variable.
   */
  private scope(knot: string | null, exact: boolean): { variables: string[]; counts: string[] } {
    const id = `${knot ?? ''}:${exact}`;
    const cached = this.scopes.get(id);
    if (cached) return cached;
    const from = Math.max(0, knot ? this.order.indexOf(knot) : 0);
    const later = knot ? (exact ? this.order.slice(from) : [knot]) : [];
    const knots = knot
      ? new Set([...later.flatMap((k) => [...chapterScope(this.facts, k)]), ...this.orphans])
      : new Set(this.facts.knots);
    const reads = new Set<string>();
    const counts = new Set<string>();
    for (const k of knots) {
      for (const name of this.facts.reads.get(k) ?? []) reads.add(name);
      for (const path of this.facts.counts.get(k) ?? []) counts.add(path);
    }
    // A once-only choice matters only where the story can come back round to offer it again.
    const loops = new Set(this.outline?.choices.filter((c) => c.loops).map((c) => c.path));
    for (const [target, k] of this.facts.onceOnly)
      if (knots.has(k) && (!this.outline || loops.has(target))) counts.add(target);
    const scope = {
      variables: knot ? this.globals.filter((g) => reads.has(g)) : [...this.globals],
      counts: [...counts].sort(),
    };
    this.scopes.set(id, scope);
    return scope;
  }

  /** What a chapter reads in a state, as `name=value` pairs (to search varied starts first). */
  features(state: InkState, chapterKnot: string | null): string[] {
    const { variables, counts } = this.scope(chapterKnot, false);
    return [
      ...variables.map((v) => `${v}=${JSON.stringify(state.variables[v] ?? null)}`),
      ...counts.map((c) => `${c}=${state.visitCounts[c] ?? 0}`),
    ];
  }

  /**
   * A short key, equal for two states that play identically from here: to the end of the
   * story when `exact`, else until the chapter ends (its exits may then differ).
   */
  key(state: InkState, chapterKnot: string | null, exact: boolean, extra: unknown = null): string {
    const { variables, counts } = this.scope(chapterKnot, exact);
    const text = JSON.stringify([
      state.position,
      variables.map((v) => state.variables[v] ?? null),
      counts.map((c) => state.visitCounts[c] ?? 0),
      extra,
    ]);
    return createHash('sha1').update(text).digest('base64');
  }
}
