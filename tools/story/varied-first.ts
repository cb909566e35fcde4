import type { PlaySnapshot } from '../../src/story/playthrough.ts';

/**
 * Orders starts so that each next one brings the most values the chapter reads that no earlier
 * one had (a rare route's empty list comes early), so a budget cut short still covers the most.
 */
export function variedFirst(
  starts: [string, PlaySnapshot][],
  features: (s: PlaySnapshot) => string[],
): PlaySnapshot[] {
  const left = starts.map(([, s]) => ({ s, f: features(s) }));
  const seen = new Set<string>();
  const out: PlaySnapshot[] = [];
  while (left.length > 0) {
    let best = 0;
    let bestNew = -1;
    left.forEach(({ f }, i) => {
      const fresh = f.filter((x) => !seen.has(x)).length;
      if (fresh > bestNew) [best, bestNew] = [i, fresh];
    });
    // Once no start brings anything new, the rest keep their (well-mixed) order.
    if (bestNew === 0) break;
    const [pick] = left.splice(best, 1);
    if (!pick) break;
    for (const x of pick.f) seen.add(x);
    out.push(pick.s);
  }
  return [...out, ...left.map(({ s }) => s)];
}
