import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { minigames } from '../../src/assets/manifest.ts';
import type { Playthrough, PlaySnapshot } from '../../src/story/playthrough.ts';
import type { VariableValue } from '../../src/story/types.ts';
import { readInkState, type InkState, type StateKeys } from './ink-state.ts';
import { readInterludeLines } from './play-interlude.ts';
import { runToDecision, type Stop, type StepListener } from './run-to-decision.ts';
import type { SearchGraph } from './search-graph.ts';

/** What one chapter's search needs from the explorer around it. */
export interface SearchContext {
  playthrough: Playthrough;
  /** Replaces the playthrough with a fresh one (after ink stopped in an endless loop). */
  renew: () => void;
  /** The game's `minigame_ready`: what it answers, and whether the story asked. */
  ready: { value: boolean; asked: boolean };
  keys: StateKeys;
  flows: readonly string[];
  onStep: StepListener;
  /** Called for each stop that leaves the chapter or ends the story (or fails). */
  onStop: (stop: Stop, reached: Set<string>) => void;
  /** The clock deadlines are on. */
  clock: () => number;
}

type Action = (p: Playthrough) => void;

/** Every way an interlude can end: each combination of its results, and being skipped. */
function interludeActions(p: Playthrough, flows: readonly string[], seed: number): Action[] {
  const interlude = p.view.interlude;
  const spec = minigames[interlude?.key as keyof typeof minigames];
  if (!interlude || !spec) return [(q) => q.finishInterlude({})];
  let combos: Record<string, VariableValue>[] = [{}];
  for (const [name, options] of Object.entries(spec.results) as [string, VariableValue[]][])
    combos = combos.flatMap((c) => options.map((o) => ({ ...c, [name]: o })));
  const actions: Action[] = combos.map((values) => (q) => {
    readInterludeLines(q, flows, xoroshiro128plus(seed));
    q.finishInterlude(values);
  });
  const fallback = (spec.parts as Record<string, string>)[interlude.part];
  if (fallback) actions.push((q) => q.skipInterlude(fallback));
  return actions;
}

/** Visit counts that grew between two states: every knot, stitch and choice passed on the way. */
function grew(before: InkState, after: InkState, into: Set<string>): void {
  for (const [path, n] of Object.entries(after.visitCounts))
    if (n > (before.visitCounts[path] ?? 0)) into.add(path);
}

/**
 * Searches one chapter from one starting state, breadth first (so a search cut short has still
 * taken every option near the start), taking every option at every choice and every ending of
 * every interlude, never expanding a state whose key was seen (keys are shared across the
 * chapter's starts). Returns false if `deadline` cut it short.
 */
export function searchFrom(
  ctx: SearchContext,
  start: PlaySnapshot,
  chapter: { id: string; knot: string | null; exact: boolean },
  graph: SearchGraph,
  reached: Set<string>,
  deadline: number,
): boolean {
  const { ready, keys } = ctx;
  const mode = ready.value;
  const follow = (
    from: PlaySnapshot,
    fromState: InkState,
    fromKey: string,
    act?: Action,
    restored = false,
  ) => {
    if (!restored) ctx.playthrough.restore(from);
    let stop: Stop;
    try {
      act?.(ctx.playthrough);
      stop = runToDecision(ctx.playthrough, chapter.id, ctx.onStep);
    } catch (error) {
      const lastPath = ctx.playthrough.view.beat?.path ?? null;
      stop = {
        kind: 'error',
        message: (error as Error).message,
        lastLine: null,
        lastPath,
        snapshot: null,
      };
    }
    if (stop.kind === 'error') ctx.renew();
    const state = stop.snapshot ? readInkState(stop.snapshot) : null;
    if (state) grew(fromState, state, reached);
    if (stop.kind !== 'decision' || !state) {
      graph.exits.add(fromKey);
      return ctx.onStop(stop, reached);
    }
    const key = keys.key(state, chapter.knot, chapter.exact, mode);
    graph.edge(fromKey, key, stop.snapshot.view.beat?.path ?? null);
    if (!graph.expanded.has(key)) {
      graph.expanded.add(key);
      queue.push({ snapshot: stop.snapshot, state, key });
    }
  };
  const queue: { snapshot: PlaySnapshot; state: InkState; key: string }[] = [];
  const startState = readInkState(start);
  follow(start, startState, `start:${keys.key(startState, chapter.knot, chapter.exact, mode)}`);
  for (let next = 0; next < queue.length; next++) {
    const node = queue[next];
    if (!node) break;
    // Reading the CPU clock costs a system call: every eighth state is often enough.
    if (next % 8 === 0 && ctx.clock() > deadline) {
      for (const rest of queue.slice(next)) graph.unfinished.add(rest.key);
      return false;
    }
    ctx.playthrough.restore(node.snapshot);
    const count = ctx.playthrough.view.choices?.length ?? 0;
    const actions: Action[] = ctx.playthrough.view.interlude
      ? interludeActions(ctx.playthrough, ctx.flows, node.key.charCodeAt(0))
      : Array.from({ length: count }, (_, i) => (p: Playthrough) => p.choose(i));
    // The first option reads on from the state just restored; the others restore it again.
    actions.forEach((act, i) => follow(node.snapshot, node.state, node.key, act, i === 0));
  }
  return true;
}

/**
 * Searches a chapter from each start in turn until `deadline`, no one start for longer than
 * `perStart`; where the chapter asks whether an interlude can be played, both answers. Adds
 * to `reached` (path → starts that reached it). Returns how many starts were searched through.
 */
export function searchStarts(
  ctx: SearchContext,
  starts: readonly PlaySnapshot[],
  chapter: { id: string; knot: string | null; exact: boolean },
  graph: SearchGraph,
  time: { deadline: number; perStart: number },
  reachedBy: Map<string, number>,
): number {
  let searched = 0;
  for (const start of starts) {
    if (ctx.clock() > time.deadline) break;
    const reached = new Set<string>();
    const until = Math.min(time.deadline, ctx.clock() + time.perStart);
    ctx.ready.value = false;
    ctx.ready.asked = false;
    let done = searchFrom(ctx, start, chapter, graph, reached, until);
    if (done && ctx.ready.asked) {
      ctx.ready.value = true;
      done = searchFrom(ctx, start, chapter, graph, reached, until);
    }
    for (const path of reached) reachedBy.set(path, (reachedBy.get(path) ?? 0) + 1);
    if (done) searched += 1;
  }
  return searched;
}
