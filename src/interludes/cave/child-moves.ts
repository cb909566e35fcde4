/** How the child moves in each mode, frame by frame, reacting to where the astronaut is. */
import { knockDown, type Astronaut } from './astronaut';
import type { CaveFlags, CaveMap } from './cave-map';
import { LEDGE_HEIGHT } from './cave-places';
import {
  CHILD_SPEED,
  CONTACT,
  DASH_SPEED,
  TROT_SPEED,
  setMode,
  type Child,
  type ChildMode,
  type ChildStep,
} from './child';
import { block, lead, pester } from './child-ways';
import { steerTowards } from './collide';

const DROP_SECONDS = 0.75;

/** One mode's move: may change the child, the astronaut, and what happened this frame. */
type Move = (
  c: Child,
  a: Astronaut,
  dt: number,
  map: CaveMap,
  flags: CaveFlags,
  out: ChildStep,
) => void;

const hop = (c: Child, speed: number, height: number) => Math.abs(Math.sin(c.t * speed)) * height;
const faceHim = (c: Child, a: Astronaut) => (c.facing = a.x >= c.x ? 1 : -1);

/** Goes to his spot (his rock, where the scuffle threw him, beside the ramp) and stays. */
const toSpot: Move = (c, _a, dt, map, flags) => {
  const spot = c.route[0];
  if (!spot) return;
  const there = steerTowards(c, spot, CHILD_SPEED, dt, map, flags) < 2;
  if (!there) c.facing = spot.x >= c.x ? 1 : -1;
  c.z = there ? (c.mode === 'sulk' ? 34 : 0) : hop(c, 9, 26);
};

const MOVES: Partial<Record<ChildMode, Move>> = {
  drop(c, a, _dt, _map, _flags, out) {
    // Off the ledge in an arc, landing on the helmet.
    const k = Math.min(1, c.t / DROP_SECONDS);
    c.x = c.from.x + (a.x - c.from.x) * k;
    c.y = c.from.y + (a.y - c.from.y) * k;
    c.z = (1 - k) * LEDGE_HEIGHT + k * 110 + Math.sin(k * Math.PI) * 90;
    if (k < 1) return;
    knockDown(a, 0, 0);
    a.downFor = 99; // pinned until the plot lets him up
    setMode(c, 'ride');
    out.landed = true;
  },
  ride(c, a) {
    [c.x, c.y, c.z] = [a.x + 6, a.y + 1, 34];
  },
  pester,
  block,
  tackle(c, a, dt, map, flags, out) {
    steerTowards(c, a, DASH_SPEED, dt, map, flags);
    if (Math.hypot(a.x - c.x, a.y - c.y) >= CONTACT - 4 && c.t <= 0.3) return;
    const dx = a.x - c.x;
    const dy = a.y - c.y;
    const d = Math.max(1, Math.hypot(dx, dy));
    knockDown(a, (dx / d) * 380, (dy / d) * 200);
    out.tackled = true;
    c.cooldown = 1.8;
    setMode(c, 'gloat');
  },
  gloat(c) {
    c.z = hop(c, 8, 22);
    if (c.t > 0.9) setMode(c, 'pester');
  },
  lead,
  shout(c, a, dt, map, flags) {
    // Hopping about in front of his boots, shouting up at the visor.
    c.z = hop(c, 10, 18);
    steerTowards(c, { x: a.x + a.facing * 92, y: a.y + 10 }, TROT_SPEED, dt, map, flags);
    faceHim(c, a);
  },
  face(c, a, dt, map, flags) {
    // Squares up in front of him to talk, looking up at the visor.
    steerTowards(c, { x: a.x + a.facing * 62, y: a.y + 2 }, CHILD_SPEED, dt, map, flags);
    faceHim(c, a);
    c.z = hop(c, 5, 5);
  },
  brawl(c, a) {
    // A ball of limbs and dust around the astronaut.
    [c.x, c.y] = [a.x + Math.sin(c.t * 19) * 26, a.y + Math.cos(c.t * 13) * 8];
    c.z = 30 + hop(c, 15, 40);
    c.facing = Math.sin(c.t * 7) > 0 ? 1 : -1;
  },
  sulk: toSpot,
  sprawl: toSpot,
  wave: toSpot,
  // hidden and frozen: he stays exactly where he is.
};

/** One frame of the child (see MOVES); fills `out` with what he did to the astronaut. */
export function stepChild(
  c: Child,
  a: Astronaut,
  dt: number,
  map: CaveMap,
  flags: CaveFlags,
  out: ChildStep,
): void {
  out.tackled = out.blocked = out.landed = false;
  c.t += dt;
  c.cooldown = Math.max(0, c.cooldown - dt);
  MOVES[c.mode]?.(c, a, dt, map, flags, out);
}
