/** Moving a round foot-print through the cave grid: never into rock, sliding along it. */
import {
  CELL,
  FLOOR_Y,
  colOf,
  rowOf,
  solid,
  type CaveFlags,
  type CaveMap,
  type Mover,
} from './cave-map';

/** A position in world units. */
export interface Point {
  x: number;
  y: number;
}

/** True if a circle at (x, y) of radius r touches a cell `who` cannot stand in. */
export function overlaps(
  map: CaveMap,
  flags: CaveFlags,
  who: Mover,
  x: number,
  y: number,
  r: number,
): boolean {
  for (let row = rowOf(y - r); row <= rowOf(y + r); row++) {
    for (let col = colOf(x - r); col <= colOf(x + r); col++) {
      if (!solid(map, col, row, who, flags)) continue;
      // The nearest point of the cell's box to the circle's centre.
      const left = col * CELL;
      const top = FLOOR_Y + row * CELL;
      const nx = Math.max(left, Math.min(x, left + CELL));
      const ny = Math.max(top, Math.min(y, top + CELL));
      if ((x - nx) ** 2 + (y - ny) ** 2 < r * r) return true;
    }
  }
  return false;
}

/** Longest sub-step: small enough that nothing skips through a 40-unit cell. */
const SUBSTEP = 6;
/**
 * A sideways drift smaller than this (per sub-step) still counts as walking straight: eased
 * velocities never quite reach zero, and a walker must not stick on a corner because of it.
 */
const SLIGHT = 0.5;
/** How far a blocked move may be nudged sideways to round a corner (a tunnel mouth). */
const NUDGE = 8;

/**
 * Moves `pos` by (dx, dy), axis by axis in small steps, stopping at rock and sliding along it.
 * A move blocked on one axis with no movement on the other is nudged round the corner, so a
 * walker that meets a tunnel mouth a little off-centre slips in instead of sticking.
 * Returns true if anything stopped it.
 */
export function moveCircle(
  map: CaveMap,
  flags: CaveFlags,
  who: Mover,
  pos: Point,
  r: number,
  dx: number,
  dy: number,
): boolean {
  const steps = Math.max(1, Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)) / SUBSTEP));
  const sx = dx / steps;
  const sy = dy / steps;
  let hit = false;
  for (let i = 0; i < steps; i++) {
    if (sx !== 0) {
      if (!overlaps(map, flags, who, pos.x + sx, pos.y, r)) pos.x += sx;
      else {
        hit = true;
        if (Math.abs(sy) < SLIGHT) nudge(map, flags, who, pos, r, sx, 'x', Math.sign(sy));
      }
    }
    if (sy !== 0) {
      if (!overlaps(map, flags, who, pos.x, pos.y + sy, r)) pos.y += sy;
      else {
        hit = true;
        if (Math.abs(sx) < SLIGHT) nudge(map, flags, who, pos, r, sy, 'y', Math.sign(sx));
      }
    }
  }
  return hit;
}

/** Tries the blocked step again from a little to either side (the drift's first), taking the first that is free. */
function nudge(
  map: CaveMap,
  flags: CaveFlags,
  who: Mover,
  pos: Point,
  r: number,
  step: number,
  axis: 'x' | 'y',
  drift: number,
): void {
  // Round the corner the way the walker is already drifting, if any, so the two agree.
  const first = drift < 0 ? -1 : 1;
  for (let side = 1; side <= NUDGE; side++) {
    for (const sign of [first, -first]) {
      const off = side * sign;
      const x = axis === 'x' ? pos.x + step : pos.x + off;
      const y = axis === 'x' ? pos.y + off : pos.y + step;
      const sideX = axis === 'x' ? pos.x : x;
      const sideY = axis === 'x' ? y : pos.y;
      // Only slide sideways where the walker could stand, and only if the step then clears.
      if (!overlaps(map, flags, who, sideX, sideY, r) && !overlaps(map, flags, who, x, y, r)) {
        // Move a fraction of the way sideways: the walker eases round rather than jumping.
        if (axis === 'x') pos.y += Math.sign(off) * Math.min(1.5, Math.abs(off));
        else pos.x += Math.sign(off) * Math.min(1.5, Math.abs(off));
        return;
      }
    }
  }
}

/** The child's foot-print radius here too, so steering never needs the child module. */
const RADIUS: Record<Mover, number> = { astronaut: 18, child: 12 };

/**
 * Moves `who` at `pos` toward `target` by at most `speed × dt`, never overshooting.
 * Returns how far it still is.
 */
export function steerTowards(
  pos: Point,
  target: Point,
  speed: number,
  dt: number,
  map: CaveMap,
  flags: CaveFlags,
  who: Mover = 'child',
): number {
  const dx = target.x - pos.x;
  const dy = target.y - pos.y;
  const d = Math.hypot(dx, dy);
  if (d < 0.5) return d;
  const step = Math.min(d, speed * dt);
  if (overlaps(map, flags, who, pos.x, pos.y, RADIUS[who])) {
    // Starting inside rock (jumping down from his ledge): move freely until clear of it.
    pos.x += (dx / d) * step;
    pos.y += (dy / d) * step;
  } else moveCircle(map, flags, who, pos, RADIUS[who], (dx / d) * step, (dy / d) * step);
  return Math.hypot(target.x - pos.x, target.y - pos.y);
}
