import type { CompiledStory } from '../../story/engine';

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Names every `f()` and `x()` call in the story targets: those knots are functions. */
function calledAsFunctions(node: Json, into: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) calledAsFunctions(item, into);
  else if (isObject(node)) {
    for (const key of ['f()', 'x()']) if (typeof node[key] === 'string') into.add(node[key]);
    for (const value of Object.values(node)) calledAsFunctions(value, into);
  }
  return into;
}

/**
 * The knots and stitches a writer can jump to, read from the compiled story: knots that are
 * not functions and take no parameters, and their stitches (labelled gathers and choices,
 * `c-0` and `g-0`, left out), in the order the story has them.
 */
export function jumpTargets(compiled: CompiledStory): string[] {
  const story = (typeof compiled === 'string' ? JSON.parse(compiled) : compiled) as {
    root: Json[];
  };
  const knots = story.root.at(-1);
  if (!isObject(knots)) return [];
  const functions = calledAsFunctions(story.root, new Set());
  const out: string[] = [];
  for (const [name, body] of Object.entries(knots)) {
    if (!Array.isArray(body) || name === 'global decl' || functions.has(name)) continue;
    // A knot that takes parameters (a tunnel such as `interlude`) cannot be entered bare.
    if (isObject(body[0]) && 'temp=' in body[0]) continue;
    if (body.at(-2) === '~ret') continue;
    out.push(name);
    const named = body.at(-1);
    if (!isObject(named)) continue;
    for (const [stitch, child] of Object.entries(named))
      if (Array.isArray(child) && !/^[cg]-\d+$/.test(stitch)) out.push(`${name}.${stitch}`);
  }
  return out;
}

/** The chapter tag a knot opens with (`# chapter: id, Title`), by knot, for the panel's header. */
export function chapterOfKnots(
  compiled: CompiledStory,
): Map<string, { id: string; title: string }> {
  const story = (typeof compiled === 'string' ? JSON.parse(compiled) : compiled) as {
    root: Json[];
  };
  const knots = story.root.at(-1);
  const out = new Map<string, { id: string; title: string }>();
  if (!isObject(knots)) return out;
  for (const [name, body] of Object.entries(knots)) {
    // The tag is the knot's first text, possibly inside its first nested container.
    let items: Json = body;
    while (Array.isArray(items) && Array.isArray(items[0])) items = items[0];
    const first = Array.isArray(items)
      ? items.find((i) => typeof i === 'string' && i.startsWith('^'))
      : null;
    const tag = typeof first === 'string' ? /^\^chapter:\s*([^,]+),\s*(.+)$/.exec(first) : null;
    if (tag?.[1] && tag[2]) out.set(name, { id: tag[1].trim(), title: tag[2].trim() });
  }
  return out;
}
