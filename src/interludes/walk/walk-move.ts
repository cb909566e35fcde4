/**
 * Theodore's feet: a blind man's walk. The stick or keys say where he wants to go; he gets
 * there a little slowly (eyes shut, nobody strides), stays on the pavement, and stops against
 * the pizza counter rather than climbing over it.
 */
import { insideStand, PAVEMENT, STAND, START, THEO_RADIUS } from './walk-map';

/** Where he is and how he moves (metres, metres per second). */
export interface Walker {
  x: number;
  z: number;
  vx: number;
  vz: number;
  radius: number;
  /** Metres walked, for the rhythm of his footsteps. */
  stride: number;
}

/** A steering input, each axis -1…1, y down as on screen (so up is forward). */
export interface Steer {
  x: number;
  y: number;
}

/** What his feet did this frame. */
export interface StepResult {
  /** A foot came down (play a step). */
  step: boolean;
  /** He walked into the counter (a soft, floury thud). */
  counter: boolean;
}

/** Top speeds, eyes shut: forward is careful, sideways more so, backwards barely. */
export const SPEED = { forward: 1.3, side: 1.0, back: 0.55 } as const;
/** How quickly he answers the stick (per second): heavy enough to feel like a body. */
const RESPONSE = 6;
/** Metres between his footfalls. */
export const STEP_LENGTH = 0.7;

/** Theodore where he shuts his eyes, standing still. */
export function createWalker(): Walker {
  return { x: START.x, z: START.z, vx: 0, vz: 0, radius: THEO_RADIUS, stride: 0 };
}

/** The velocity the input asks for, before his body catches up with it. */
export function wantedVelocity(move: Steer): { vx: number; vz: number } {
  const forward = -move.y;
  return {
    vx: move.x * SPEED.side,
    vz: forward * (forward >= 0 ? SPEED.forward : SPEED.back),
  };
}

/** Moves him by `dt` seconds toward what `move` asks, kept on the pavement and off the stand. */
export function stepWalker(theo: Walker, move: Steer, dt: number): StepResult {
  const want = wantedVelocity(move);
  const ease = Math.min(1, dt * RESPONSE);
  theo.vx += (want.vx - theo.vx) * ease;
  theo.vz += (want.vz - theo.vz) * ease;
  const before = Math.floor(theo.stride / STEP_LENGTH);
  const oldX = theo.x;
  const oldZ = theo.z;
  theo.x = Math.max(
    PAVEMENT.minX + theo.radius,
    Math.min(PAVEMENT.maxX - theo.radius, theo.x + theo.vx * dt),
  );
  theo.z = Math.max(PAVEMENT.minZ, Math.min(PAVEMENT.maxZ, theo.z + theo.vz * dt));
  let counter = false;
  if (insideStand(theo.x, theo.z, theo.radius)) {
    counter = true;
    // Back out the way he came: from the front he stops at the counter, from a side at its end.
    if (!insideStand(theo.x, oldZ, theo.radius)) {
      theo.z = oldZ;
      theo.vz = 0;
    } else {
      theo.x = oldX;
      theo.vx = 0;
      if (insideStand(theo.x, theo.z, theo.radius))
        theo.z = Math.min(theo.z, STAND.counterZ - theo.radius);
    }
  }
  theo.stride += Math.hypot(theo.x - oldX, theo.z - oldZ);
  return { step: Math.floor(theo.stride / STEP_LENGTH) !== before, counter };
}

/** How hard he is trying to move (0–1): standing still, for the rules, is below a tenth. */
export function effort(move: Steer): number {
  return Math.min(1, Math.hypot(move.x, move.y));
}
