/** The child's ways of getting in the way: darting about, holding a tunnel, leading on. */
import type { Astronaut } from './astronaut';
import { CELL, FLOOR_Y, type CaveFlags, type CaveMap } from './cave-map';
import { CHILD_SPEED, CONTACT, TROT_SPEED, setMode, type Child, type ChildStep } from './child';
import { steerTowards } from './collide';

/**
 * Darts to a spot just ahead of him and stands there, daring him to walk into it; then to a
 * spot on the other side. Weaving past is possible, but he is quick, and walking into him
 * (while he is rough) gets the astronaut tackled.
 */
export function pester(c: Child, a: Astronaut, dt: number, map: CaveMap, flags: CaveFlags): void {
  const heading = a.facing;
  const spot = c.route[0];
  if (!spot || c.t > 1.6 || (spot.x - a.x) * heading < -10) {
    const side = c.y > a.y ? -1 : 1;
    const ahead = c.cooldown > 0 ? 170 : 110;
    c.route = [{ x: a.x + heading * ahead, y: a.y + side * 28 }];
    c.t = 0;
  }
  steerTowards(c, c.route[0] ?? a, CHILD_SPEED, dt, map, flags);
  c.z = Math.abs(Math.sin(c.t * 9)) * 8;
  c.facing = a.x >= c.x ? 1 : -1;
  const near = Math.hypot(a.x - c.x, a.y - c.y) < CONTACT;
  if (near && c.cooldown <= 0 && a.pose !== 'down' && c.mood === 'rough') setMode(c, 'tackle');
}

/** Holds the mouth of his tunnel, matching the astronaut's depth; reports walking into him. */
export function block(
  c: Child,
  a: Astronaut,
  dt: number,
  map: CaveMap,
  flags: CaveFlags,
  out: ChildStep,
): void {
  const choke = c.choke;
  if (!choke) return;
  const top = FLOOR_Y + choke.top * CELL + CELL / 2;
  const bottom = FLOOR_Y + choke.bottom * CELL + CELL / 2;
  const y = Math.max(top, Math.min(bottom, a.y));
  // If the astronaut slipped into the tunnel anyway, he gets in front of him again.
  const x = a.x > choke.x ? a.x + 40 : choke.x - 26;
  steerTowards(c, { x, y }, CHILD_SPEED, dt, map, flags);
  const dx = a.x - c.x;
  const dy = a.y - c.y;
  c.facing = dx >= 0 ? 1 : -1;
  c.z = 0;
  const d = Math.max(1, Math.hypot(dx, dy));
  const walkingAt = (a.vx * dx + a.vy * dy) / d < -30;
  if (d < CONTACT && walkingAt && a.pose !== 'down') out.blocked = true;
}

/**
 * Trots along his route to the ship, waiting (turned round) while the astronaut lags far
 * behind, and hurrying if the astronaut has got ahead of him.
 */
export function lead(c: Child, a: Astronaut, dt: number, map: CaveMap, flags: CaveFlags): void {
  const next = c.route[0];
  c.z = Math.abs(Math.sin(c.t * 11)) * 6;
  if (!next) return;
  const lagging = c.x - a.x > 300 || Math.hypot(a.x - c.x, a.y - c.y) > 420;
  if (lagging && a.x < c.x) {
    c.facing = -1;
    return;
  }
  if (Math.hypot(next.x - c.x, next.y - c.y) < 12) {
    c.route.shift();
    return;
  }
  c.facing = next.x >= c.x ? 1 : -1;
  const [x0, y0] = [c.x, c.y];
  steerTowards(c, next, a.x > c.x + 80 ? CHILD_SPEED : TROT_SPEED, dt, map, flags);
  if (c.x === x0 && c.y === y0) c.route.shift(); // stuck on a corner: skip that point
}
