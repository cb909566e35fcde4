import { progressStore, readProgress, type Progress } from './progress';

const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...a, ...b])];
const letterKey = (l: Progress['letters'][number]) => JSON.stringify([l.kind, l.ending, l.lines]);
const later = (a: string | undefined, b: string | undefined) => (b ?? '') > (a ?? '');

/**
 * Combines two records of progress (this tab's and another's, or stored and in memory) so
 * nothing either reached is lost: unions of chapters, choices and seen lines; each ending
 * with its earliest first date, the higher count and the newer image; each letter once; each
 * chapter start from whichever playthrough reached it last.
 */
export function mergeProgress(ours: Progress, theirs: Progress): Progress {
  const endings = { ...ours.endings };
  for (const [id, other] of Object.entries(theirs.endings)) {
    const mine = endings[id];
    if (!mine) {
      endings[id] = other;
      continue;
    }
    const newer = later(mine.last, other.last) ? other : mine;
    endings[id] = {
      first: other.first < mine.first ? other.first : mine.first,
      count: Math.max(mine.count, other.count),
      last: newer.last,
      picture: newer.picture ?? mine.picture ?? other.picture ?? null,
    };
  }
  const letters = new Map(ours.letters.map((l) => [letterKey(l), l]));
  for (const letter of theirs.letters) {
    const known = letters.get(letterKey(letter));
    if (!known || letter.date < known.date) letters.set(letterKey(letter), letter);
  }
  const starts = { ...ours.starts };
  for (const [id, start] of Object.entries(theirs.starts))
    if (!starts[id] || later(starts[id].date, start.date)) starts[id] = start;
  return {
    endings,
    chapters: union(ours.chapters, theirs.chapters),
    letters: [...letters.values()].sort((a, b) => a.date.localeCompare(b.date)),
    seen: union(ours.seen, theirs.seen),
    choices: union(ours.choices, theirs.choices),
    starts,
  };
}

/**
 * Keeps progress whole when the game is open in two tabs: when the other tab writes
 * `her.progress`, its record is merged into this one (and this one's write then holds both).
 */
export function watchProgressInOtherTabs(): void {
  addEventListener('storage', (event) => {
    if (event.key !== 'her.progress' || !event.newValue) return;
    try {
      const theirs = readProgress((JSON.parse(event.newValue) as { state?: unknown }).state);
      const ours = progressStore.getState();
      const merged = theirs ? mergeProgress(ours, theirs) : ours;
      // Only a real change is written back: two tabs must not echo each other forever.
      if (JSON.stringify(merged) !== JSON.stringify(ours)) progressStore.setState(merged);
    } catch {
      // Not readable: the other tab's own storage check will have reported it.
    }
  });
}
