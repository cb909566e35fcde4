/**
 * Facts read from a compiled story's JSON (ink's runtime format): which variables and visit
 * counts each knot reads, which knots it leads to, and where its chapter tags are. The story
 * checker uses them to key states by only what can still change what a player sees.
 */

/** What the compiled story says about each knot (functions included). */
export interface StoryFacts {
  /** Every top-level knot and function, in the compiled order. */
  knots: string[];
  /** Variables whose value steers a knot: every read except `~ x += n` bookkeeping. */
  reads: Map<string, Set<string>>;
  /** Visit counts a knot reads (`{label}`, `knot.stitch` in conditions, sequences). */
  counts: Map<string, Set<string>>;
  /** Knots a knot diverts, tunnels, threads or calls into. */
  links: Map<string, Set<string>>;
  /** Once-only choices: target container path → the knot they are in. */
  onceOnly: Map<string, string>;
  /** Chapter id → the knot whose opening lines carry its `# chapter:` tag. */
  chapterKnots: Map<string, string>;
  /** True if some divert goes to a variable's target: then every knot may follow any other. */
  dynamicDiverts: boolean;
}

type Json = unknown;
interface Place {
  path: string[];
  knot: string;
}

const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Resolves a path written in the JSON relative to the container `from` (ink's own rule). */
function resolve(target: string, from: string[]): string[] {
  if (!target.startsWith('.')) return target.split('.');
  const out = [...from];
  // For an object inside a container, the first `^` is the container itself.
  for (const part of target.split('.').slice(2)) {
    if (part === '^') out.pop();
    else out.push(part);
  }
  return out;
}

/** Reads the facts out of compiled story JSON (string or parsed). */
export function storyFacts(compiled: string | Record<string, Json>): StoryFacts {
  const root = (typeof compiled === 'string' ? JSON.parse(compiled) : compiled).root as Json[];
  const facts: StoryFacts = {
    knots: [],
    reads: new Map(),
    counts: new Map(),
    links: new Map(),
    onceOnly: new Map(),
    chapterKnots: new Map(),
    dynamicDiverts: false,
  };
  const add = (table: Map<string, Set<string>>, knot: string, value: string) => {
    const set = table.get(knot) ?? new Set<string>();
    table.set(knot, set.add(value));
  };
  const link = (place: Place, target: string) => {
    const knot = resolve(target, place.path)[0];
    if (knot && knot !== place.knot) add(facts.links, place.knot, knot);
  };

  const visitItem = (item: Json, at: Place, siblings: Json[], i: number) => {
    if (Array.isArray(item)) {
      // A named container (a labelled gather) is addressed by its name, not its index.
      const end = item.at(-1);
      const name = isObject(end) && typeof end['#n'] === 'string' ? end['#n'] : String(i);
      return visitContainer(item, { ...at, path: [...at.path, name] });
    }
    if (item === 'visit') return add(facts.counts, at.knot, at.path.join('.'));
    if (!isObject(item)) return;
    const read = item['VAR?'];
    if (typeof read === 'string' && !isIncrement(siblings, i, read))
      add(facts.reads, at.knot, read);
    if (typeof item['CNT?'] === 'string')
      add(facts.counts, at.knot, resolve(item['CNT?'], at.path).join('.'));
    for (const key of ['->', 'f()', '->t->'] as const) {
      const target = item[key];
      if (typeof target !== 'string') continue;
      if (item.var === true) facts.dynamicDiverts = true;
      else link(at, target);
    }
    if (typeof item['*'] === 'string' && (Number(item.flg) & 16) !== 0)
      facts.onceOnly.set(resolve(item['*'], at.path).join('.'), at.knot);
  };

  const visitContainer = (items: Json[], at: Place) => {
    items.forEach((item, i) => {
      if (i === items.length - 1 && (isObject(item) || item === null)) return;
      visitItem(item, at, items, i);
    });
    const named = items.at(-1);
    if (!isObject(named)) return;
    for (const [name, child] of Object.entries(named))
      if (Array.isArray(child)) visitContainer(child, { ...at, path: [...at.path, name] });
  };

  const knots = root.at(-1);
  if (!isObject(knots)) return facts;
  for (const [name, body] of Object.entries(knots)) {
    if (!Array.isArray(body) || name === 'global decl') continue;
    facts.knots.push(name);
    const chapter = openingChapter(body);
    if (chapter) facts.chapterKnots.set(chapter, name);
    visitContainer(body, { path: [name], knot: name });
  }
  return facts;
}

/** `~ x += 1` compiles to `VAR? x, 1, +, VAR= x`: a write that never steers the story. */
function isIncrement(items: Json[], i: number, name: string): boolean {
  const [operand, op, assign] = [items[i + 1], items[i + 2], items[i + 3]];
  const literal = typeof operand === 'number' || (isObject(operand) && 'list' in operand);
  return literal && (op === '+' || op === '-') && isObject(assign) && assign['VAR='] === name;
}

/** The id of a `# chapter:` tag among a knot's opening items (before any text), if any. */
function openingChapter(body: Json[]): string | null {
  for (const item of body) {
    if (typeof item === 'string' && item.startsWith('^chapter:'))
      return item.slice('^chapter:'.length).split(',')[0]?.trim() ?? null;
    if (typeof item === 'string' && item.startsWith('^')) return null;
    if (Array.isArray(item)) return openingChapter(item);
  }
  return null;
}

/**
 * The knots a chapter may run before the next chapter starts: its own knot and every knot it
 * can divert or call into, stopping at other chapters' knots. With dynamic diverts, all.
 */
export function chapterScope(facts: StoryFacts, knot: string): Set<string> {
  if (facts.dynamicDiverts) return new Set(facts.knots);
  const chapters = new Set(facts.chapterKnots.values());
  const scope = new Set([knot]);
  const queue = [knot];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const to of facts.links.get(next) ?? []) {
      if (scope.has(to) || chapters.has(to)) continue;
      scope.add(to);
      queue.push(to);
    }
  }
  return scope;
}
