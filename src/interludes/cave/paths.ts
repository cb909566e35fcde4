/** Finding a way through the cave: for tap-to-move, and for the child leading the way. */
import { cellCentre, colOf, rowOf, type CaveFlags, type CaveMap, type Mover } from './cave-map';
import { overlaps, type Point } from './collide';

/** True if a walker of radius r fits standing in the middle of this cell. */
function fits(map: CaveMap, flags: CaveFlags, who: Mover, r: number, col: number, row: number) {
  if (col < 0 || row < 0 || col >= map.cols || row >= map.rows) return false;
  const c = cellCentre(col, row);
  return !overlaps(map, flags, who, c.x, c.y, r);
}

/** True if a walker could go straight from a to b (checked every few units along the way). */
export function clearLine(
  map: CaveMap,
  flags: CaveFlags,
  who: Mover,
  r: number,
  a: Point,
  b: Point,
): boolean {
  const n = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 8);
  for (let i = 1; i <= n; i++) {
    const t = i / n;
    if (overlaps(map, flags, who, a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, r)) return false;
  }
  return true;
}

const NEIGHBOURS: readonly (readonly [number, number])[] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, 1],
  [1, -1],
  [-1, 1],
  [-1, -1],
];

/**
 * The way from `from` to the free cell nearest `to`, as a short list of points to walk to
 * in turn (straight stretches merged), or null if there is no way at all.
 */
export function findPath(
  map: CaveMap,
  flags: CaveFlags,
  who: Mover,
  r: number,
  from: Point,
  to: Point,
): Point[] | null {
  const key = (col: number, row: number) => row * map.cols + col;
  const start = [colOf(from.x), rowOf(from.y)] as const;
  const goal = nearestFree(map, flags, who, r, colOf(to.x), rowOf(to.y));
  if (!goal) return null;
  const cameFrom = new Map<number, number>([[key(start[0], start[1]), -1]]);
  const queue: number[] = [key(start[0], start[1])];
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head] ?? 0;
    const col = at % map.cols;
    const row = Math.floor(at / map.cols);
    if (col === goal[0] && row === goal[1]) break;
    for (const [dc, dr] of NEIGHBOURS) {
      const nc = col + dc;
      const nr = row + dr;
      if (cameFrom.has(key(nc, nr)) || !fits(map, flags, who, r, nc, nr)) continue;
      // No cutting corners: a diagonal needs both of its sides free.
      if (
        dc &&
        dr &&
        (!fits(map, flags, who, r, col + dc, row) || !fits(map, flags, who, r, col, row + dr))
      )
        continue;
      cameFrom.set(key(nc, nr), at);
      queue.push(key(nc, nr));
    }
  }
  const end = key(goal[0], goal[1]);
  if (!cameFrom.has(end)) return null;
  const cells: Point[] = [];
  for (let at = end; at !== -1; at = cameFrom.get(at) ?? -1) {
    cells.unshift(cellCentre(at % map.cols, Math.floor(at / map.cols)));
  }
  cells.push(fitsAt(map, flags, who, r, to) ? to : (cells.at(-1) ?? to));
  return straighten(map, flags, who, r, from, cells);
}

function fitsAt(map: CaveMap, flags: CaveFlags, who: Mover, r: number, p: Point): boolean {
  return !overlaps(map, flags, who, p.x, p.y, r);
}

/** The free cell nearest (col, row), searching outward ring by ring. */
function nearestFree(
  map: CaveMap,
  flags: CaveFlags,
  who: Mover,
  r: number,
  col: number,
  row: number,
) {
  for (let ring = 0; ring < map.cols; ring++) {
    for (let dr = -ring; dr <= ring; dr++) {
      for (let dc = -ring; dc <= ring; dc++) {
        if (Math.max(Math.abs(dc), Math.abs(dr)) !== ring) continue;
        if (fits(map, flags, who, r, col + dc, row + dr)) return [col + dc, row + dr] as const;
      }
    }
  }
  return null;
}

/** Drops every point the walker can skip by going straight to the one after it. */
function straighten(
  map: CaveMap,
  flags: CaveFlags,
  who: Mover,
  r: number,
  from: Point,
  cells: Point[],
) {
  const out: Point[] = [];
  let at = from;
  let i = 0;
  while (i < cells.length) {
    let far = i;
    // Looking a dozen cells ahead is plenty in this cave, and keeps a tap cheap.
    for (let j = Math.min(cells.length - 1, i + 12); j > i; j--) {
      if (clearLine(map, flags, who, r, at, cells[j] ?? at)) {
        far = j;
        break;
      }
    }
    const next = cells[far] ?? at;
    out.push(next);
    at = next;
    i = far + 1;
  }
  return out;
}
