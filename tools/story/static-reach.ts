import { minigames } from '../../src/assets/manifest.ts';
import type { Outline } from '../ink/outline.ts';

/** Knots and stitches some divert, tunnel, thread or call leads to from the story's start. */
export function staticReach(outline: Outline): Set<string> {
  const out = new Map<string, string[]>();
  for (const l of outline.links) out.set(l.from, [...(out.get(l.from) ?? []), l.to]);
  // Interludes read every stitch of their lines knot themselves.
  const lines = new Set(Object.values(minigames).map((m) => m.lines as string));
  const seen = new Set(
    outline.flows.filter((f) => lines.has(f.path.split('.')[0] ?? '')).map((f) => f.path),
  );
  const queue = ['', ...seen];
  for (let at = queue.pop(); at !== undefined; at = queue.pop()) {
    const next = [...(out.get(at) ?? [])];
    // A knot runs on into its first stitch when nothing diverts away before it.
    const first = outline.flows.find((f) => f.kind === 'stitch' && f.path.startsWith(`${at}.`));
    if (first && at !== '' && !at.includes('.')) next.push(first.path);
    for (const to of next)
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
  }
  return seen;
}
