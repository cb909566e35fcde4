/** Theodore's little astronaut: walking, bumping, being knocked flat, sitting down. */
import type { CaveFlags, CaveMap } from './cave-map';
import { moveCircle, type Point } from './collide';

/** Walking speed along the cave, units per second (a puffy suit is not fast). */
export const WALK_SPEED = 240;
/** Moving in depth (up and down the screen) is slower: the floor is seen at a low angle. */
const DEPTH_SPEED = 0.72;
/** The round foot-print the astronaut collides with. */
export const ASTRONAUT_R = 18;
/** Distance between footsteps (one step sound each). */
const STRIDE = 58;
/** How long a tackle keeps him on his back, seconds. */
export const DOWN_SECONDS = 0.95;

/** What the astronaut is doing, for drawing. */
export type AstronautPose = 'stand' | 'walk' | 'down' | 'sit';

/** The astronaut's state (plain data: the scene draws it, the tests read it). */
export interface Astronaut extends Point {
  vx: number;
  vy: number;
  facing: 1 | -1;
  pose: AstronautPose;
  /** Seconds left lying down after a tackle. */
  downFor: number;
  /** Distance walked since the last footstep. */
  stride: number;
  /** Points still to walk to (tap-to-move), or null. */
  path: Point[] | null;
}

/** A new astronaut standing at `at`. */
export function makeAstronaut(at: Point): Astronaut {
  return {
    x: at.x,
    y: at.y,
    vx: 0,
    vy: 0,
    facing: 1,
    pose: 'stand',
    downFor: 0,
    stride: 0,
    path: null,
  };
}

/** What one step of the astronaut did: took a footstep, or walked into rock. */
export interface AstronautStep {
  footstep: boolean;
  bumped: boolean;
}

/**
 * Moves the astronaut one frame: toward the held direction (or along his tap path), with a
 * little inertia so the suit feels padded, stopped and slid by rock. A knocked-down or
 * seated astronaut only slides to rest. `free` false holds him still (a line or choice).
 */
export function stepAstronaut(
  a: Astronaut,
  input: Point,
  dt: number,
  map: CaveMap,
  flags: CaveFlags,
  free: boolean,
  out: AstronautStep,
): void {
  out.footstep = false;
  out.bumped = false;
  let ix = 0;
  let iy = 0;
  if (a.pose === 'down') {
    a.downFor -= dt;
    if (a.downFor <= 0) a.pose = 'stand';
  } else if (a.pose !== 'sit' && free) {
    if (input.x !== 0 || input.y !== 0) {
      a.path = null; // a held direction always wins over an old tap
      ix = input.x;
      iy = input.y;
    } else if (a.path) {
      const next = a.path[0];
      if (!next) a.path = null;
      else {
        const dx = next.x - a.x;
        const dy = next.y - a.y;
        const d = Math.hypot(dx, dy);
        if (d < 10) a.path.shift();
        else [ix, iy] = [dx / d, dy / d];
      }
    }
  }
  // Knocked down, he skids; walking, he eases toward the speed he wants.
  const grip = a.pose === 'down' ? 3 : 12;
  const k = Math.min(1, dt * grip);
  a.vx += (ix * WALK_SPEED - a.vx) * k;
  a.vy += (iy * WALK_SPEED * DEPTH_SPEED - a.vy) * k;
  // Easing never quite reaches zero; a crawl this slow is standing still.
  if (Math.abs(a.vx) < 2) a.vx = 0;
  if (Math.abs(a.vy) < 2) a.vy = 0;
  const x0 = a.x;
  const y0 = a.y;
  out.bumped = moveCircle(map, flags, 'astronaut', a, ASTRONAUT_R, a.vx * dt, a.vy * dt);
  const moved = Math.hypot(a.x - x0, a.y - y0);
  if (Math.abs(a.vx) > 20 && a.pose !== 'down') a.facing = a.vx > 0 ? 1 : -1;
  if (a.pose === 'stand' || a.pose === 'walk') {
    a.pose = moved > 40 * dt ? 'walk' : 'stand';
    a.stride += moved;
    if (a.stride >= STRIDE) {
      a.stride -= STRIDE;
      out.footstep = true;
    }
  }
}

/** Knocks him flat, sliding `push` units per second away from the hit. */
export function knockDown(a: Astronaut, pushX: number, pushY: number): void {
  a.pose = 'down';
  a.downFor = DOWN_SECONDS;
  a.vx = pushX;
  a.vy = pushY;
  a.path = null;
}

/** He sits down for good (he quit). */
export function sitDown(a: Astronaut): void {
  a.pose = 'sit';
  a.path = null;
  a.vx = 0;
  a.vy = 0;
}
