/** FNV-1a: a tiny, stable 32-bit hash, so a seen line costs a few bytes to remember. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * A line's identity across playthroughs and story edits: its knot and stitch (never the
 * position inside them, which shifts with every edit) and a hash of its words. Skip uses it
 * to know which lines the player has read before.
 */
export function lineKey(beat: { path: string | null; text: string }): string {
  const place = (beat.path ?? '')
    .split('.')
    .filter((part) => part !== '' && !/^\d+$/.test(part) && !/^[cgs]-\d+$/.test(part))
    .slice(0, 2)
    .join('.');
  return `${place}|${fnv1a(beat.text).toString(36)}`;
}
