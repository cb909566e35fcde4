import { Playthrough, type PlaySnapshot } from '../../src/story/playthrough.ts';
import { readInkState, type StateKeys } from './ink-state.ts';
import { searchStarts, type SearchContext } from './chapter-search.ts';
import { SearchGraph } from './search-graph.ts';
import { leanSnapshot, type Outcome, type StepListener } from './run-to-decision.ts';
import { variedFirst } from './varied-first.ts';

/**
 * How far the search of one chapter got: `every reachable start` (it was searched from every
 * state the story can enter it in: a proof for the chapter), `every start found` (from every
 * start the walks and the search met), or `some starts` (the budget ran out first).
 */
export interface ChapterSearch {
  chapter: string;
  starts: number;
  searched: number;
  /** Distinct decision states expanded. */
  states: number;
  reach: 'every reachable start' | 'every start found' | 'some starts';
  ms: number;
}

/** What the whole search found. */
export interface Exploration {
  chapters: ChapterSearch[];
  /** Container path (knot, stitch, choice) → how many searched chapter starts reached it. */
  reached: Map<string, number>;
  /** Stops that end the story or fail, for the report (endings, dead ends, errors). */
  stops: Outcome[];
  /** Endless loops among choices: a state from which no choice leads out. */
  traps: { chapter: string; states: number; path: string | null }[];
}

/** What the explorer needs: the story, keys, the walks' chapter starts, a time budget. */
export interface ExploreOptions {
  compiled: string;
  keys: StateKeys;
  flows: readonly string[];
  /** Chapter id → knot, in play order. */
  chapters: Map<string, string>;
  /** Chapter starts the random walks met, by chapter id (they widen the search). */
  seeds: Map<string, PlaySnapshot[]>;
  /** Milliseconds of `clock` the whole search may take. */
  budgetMs: number;
  /** The clock the budget is counted on (default wall time; the checker uses CPU time). */
  clock?: () => number;
  onStep: StepListener;
}

/** Most starts kept per chapter: beyond this many the budget runs out long before anyway. */
const MAX_STARTS = 20_000;
/** A chapter with at most this many exact starts is searched with keys exact to the end. */
const EXACT_STARTS = 16;
const START = '(start)';

/**
 * Searches the story chapter by chapter, each exhaustively from its distinct starts until its
 * share of the budget is spent; the chapter starts it reaches become the next chapter's, with
 * the walks' ones. While every chapter so far was searched completely with keys exact to the
 * end, the next chapter's starts are all the story can reach: its search is a proof (these
 * chapters share 60% of the budget). Past that point keys keep only what the chapter
 * itself reads (far fewer states, same proof for the chapter's own lines and choices).
 */
export function explore(options: ExploreOptions): Exploration {
  const ready = { value: false, asked: false };
  const minigame_ready = () => ((ready.asked = true), ready.value);
  const fresh = () => new Playthrough(options.compiled, { externals: { minigame_ready } });
  let playthrough = fresh();
  const result: Exploration = { chapters: [], reached: new Map(), stops: [], traps: [] };
  const order = [START, ...options.chapters.keys()];
  const knotOf = (id: string) => (id === START ? null : (options.chapters.get(id) ?? null));
  const starts = new Map<string, Map<string, PlaySnapshot>>();
  const addStart = (chapter: string, snapshot: PlaySnapshot) => {
    const table = starts.get(chapter) ?? new Map<string, PlaySnapshot>();
    starts.set(chapter, table);
    if (table.size >= MAX_STARTS) return;
    const key = options.keys.key(readInkState(snapshot), knotOf(chapter), true);
    if (!table.has(key)) table.set(key, snapshot);
  };
  addStart(START, leanSnapshot(playthrough));
  for (const [chapter, list] of options.seeds) for (const s of list) addStart(chapter, s);

  const clock = options.clock ?? (() => performance.now());
  const began = clock();
  let chainExact = true;
  // The proof from the first chapter on may take 60% of the budget; the rest is shared evenly.
  const chainLeft = () => options.budgetMs * 0.6 - (clock() - began);
  for (const [i, chapter] of order.entries()) {
    const t0 = clock();
    const left = options.budgetMs - (t0 - began);
    const knot = knotOf(chapter);
    const found = [...(starts.get(chapter)?.values() ?? [])];
    const exact: boolean = chainExact && found.length <= EXACT_STARTS;
    // Out of the exact chain, starts that this chapter plays alike are searched once.
    const table = new Map<string, PlaySnapshot>();
    for (const s of found) table.set(options.keys.key(readInkState(s), knot, exact), s);
    const ordered = variedFirst(
      [...table].sort(([a], [b]) => (a < b ? -1 : 1)),
      (s) => options.keys.features(readInkState(s), knot),
    );
    const graph = new SearchGraph();
    const ctx: SearchContext = {
      playthrough,
      renew: () => void (ctx.playthrough = playthrough = fresh()),
      ready,
      keys: options.keys,
      flows: options.flows,
      onStep: options.onStep,
      clock,
      onStop: (stop) => {
        if (stop.kind === 'decision') return;
        if (stop.kind !== 'chapter') {
          const { snapshot: _dropped, ...outcome } = stop;
          return void result.stops.push(outcome);
        }
        if (!options.chapters.has(stop.chapter)) {
          order.push(stop.chapter);
          options.chapters.set(stop.chapter, stop.knot);
        }
        addStart(stop.chapter, stop.snapshot);
      },
    };
    const deadline = t0 + Math.max(0, chainExact ? chainLeft() : left / (order.length - i));
    // Out of the exact chain no one start may take more than an eighth of the chapter's time:
    // where one start alone is a big tree (the letter), several varied ones cover more.
    const perStart = chainExact ? Infinity : (deadline - t0) / 8;
    const ref = { id: chapter, knot, exact };
    const searched = searchStarts(ctx, ordered, ref, graph, { deadline, perStart }, result.reached);
    const complete = searched === ordered.length;
    const trap = graph.traps();
    if (trap.count > 0) result.traps.push({ chapter, states: trap.count, path: trap.path });
    result.chapters.push({
      chapter,
      starts: ordered.length,
      searched,
      states: graph.expanded.size,
      reach: !complete ? 'some starts' : chainExact ? 'every reachable start' : 'every start found',
      ms: Math.round(clock() - t0),
    });
    chainExact = chainExact && exact && complete;
  }
  return result;
}
