/**
 * The street of the eyes-closed walk, in metres: x to the right of the pavement's centre line,
 * z ahead of where Theodore shuts his eyes. Everything the rules place or test against lives
 * here, so the route, the crowd and the drawing agree on where the stroller stands.
 */

/** A point on the pavement (metres). */
export interface Spot {
  x: number;
  z: number;
}

/** The walkable pavement: shopfronts on both sides, the corner where the stand is. */
export const PAVEMENT = { minX: -4.6, maxX: 4.6, minZ: -3, maxZ: 17 } as const;

/** Where he shuts his eyes: a little right of centre, with the crowd coming both ways. */
export const START: Spot = { x: 1.2, z: 0 };

/** Theodore's shoulders, as a circle (metres). */
export const THEO_RADIUS = 0.3;

/** "Eight steps": how far the first stretch goes before she says stop. */
export const EIGHT_STEPS_Z = 6.4;

/** The cello man walks down the pavement on Theodore's right, close enough to matter. */
export const CELLO = { x: 2.35, ahead: 10.5, speed: 1.05, radius: 0.45 } as const;

/** The family crossing in front of him while he stands still (smallest last). */
export const FAMILY = { ahead: 2.2, startBehind: 3.4, speed: 1.5, spacing: 1.1 } as const;

/** The gap she sends him through: a stroller on its left, a woman on the phone on its right. */
export const GAP = { x: -2.6, z: 10.2 } as const;
export const STROLLER: Spot & { radius: number } = { x: -4.05, z: GAP.z, radius: 0.5 };
export const PHONE_WOMAN: Spot & { radius: number } = { x: -1.15, z: GAP.z, radius: 0.36 };

/** The pizza stand on the corner: its counter's front edge and its width (metres). */
export const STAND = { x: 1.8, counterZ: 14.8, halfWidth: 1.8, depth: 1.6 } as const;

/** Close enough to the counter to be handed a slice. */
export const AT_COUNTER_Z = STAND.counterZ - 1.05;

/** A bicycle on the road beside the pavement: heard, never bumped into. */
export const ROAD_X = 5.6;

/**
 * Lanes the ambient crowd walks in, and which way (+1 away from him, -1 toward him). Lanes
 * under the stand end at the corner: those walkers turn it and are gone.
 */
export const LANES: readonly { x: number; dir: 1 | -1 }[] = [
  { x: -4.2, dir: -1 },
  { x: -3.2, dir: 1 },
  { x: -1.9, dir: -1 },
  { x: -0.5, dir: 1 },
  { x: 0.3, dir: -1 },
  { x: 1.9, dir: 1 },
  { x: 3.2, dir: -1 },
  { x: 4.2, dir: 1 },
];

/** How far past the corner a lane under the stand may run before its walkers turn off. */
export function laneEnd(x: number): number {
  return Math.abs(x - STAND.x) < STAND.halfWidth + 0.5 ? STAND.counterZ - 0.8 : Infinity;
}

/** True when a point is inside the stand's counter (solid: he stops against it). */
export function insideStand(x: number, z: number, radius: number): boolean {
  return (
    Math.abs(x - STAND.x) < STAND.halfWidth + radius &&
    z > STAND.counterZ - radius &&
    z < STAND.counterZ + STAND.depth
  );
}
