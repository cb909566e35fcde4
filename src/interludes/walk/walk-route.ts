/**
 * Samantha's route, one direction at a time, in three stretches that match the text version
 * (the_date.text_walk): past the cello and stop for the family; left, then through the gap;
 * up to the counter, then hold out your hand. Each direction knows when it has been followed
 * and which way her voice leads him meanwhile.
 */
import { familyAcross, type Person } from './walk-crowd';
import { AT_COUNTER_Z, EIGHT_STEPS_Z, GAP, STAND, type Spot } from './walk-map';

/** The stretches of the walk: each is one chance to trust her (one point of walk_trust). */
export const STRETCHES = ['cello', 'gap', 'stand'] as const;

/** A stretch's name, used in the ink stitch names (peek_cello, balk_gap …). */
export type Stretch = (typeof STRETCHES)[number];

/** What a direction asks: walk somewhere, stand still, or hold out a hand. */
export type DirectionKind = 'go' | 'stop' | 'hand';

/** One of her directions: its ink stitch (walk_lines.<id>), what it asks, and its stretch. */
export interface Direction {
  id: 'straight' | 'stop' | 'left' | 'turn' | 'oregano' | 'hand';
  kind: DirectionKind;
  stretch: 0 | 1 | 2;
}

/** Her directions in the order she gives them. */
export const ROUTE: readonly Direction[] = [
  { id: 'straight', kind: 'go', stretch: 0 },
  { id: 'stop', kind: 'stop', stretch: 0 },
  { id: 'left', kind: 'go', stretch: 1 },
  { id: 'turn', kind: 'go', stretch: 1 },
  { id: 'oregano', kind: 'go', stretch: 2 },
  { id: 'hand', kind: 'hand', stretch: 2 },
];

/** The shortest she makes him stand still, even if the family is quick. */
export const STOP_AT_LEAST = 2.5;
/** How near the gap's line counts as lined up with it (metres). */
const LINED_UP = 0.55;

/**
 * Whether he has done what `direction` asked, `held` seconds after she asked it. The hand is
 * never done here: holding it out is an act, and the rules take it from the input.
 */
export function followed(
  direction: Direction,
  theo: Spot,
  people: readonly Person[],
  held: number,
): boolean {
  switch (direction.id) {
    case 'straight':
      return theo.z >= EIGHT_STEPS_Z;
    case 'stop':
      return held >= STOP_AT_LEAST && familyAcross(people, theo.x);
    case 'left':
      return theo.x <= GAP.x + LINED_UP;
    case 'turn':
      return theo.z >= GAP.z + 1;
    case 'oregano':
      return theo.z >= AT_COUNTER_Z && Math.abs(theo.x - STAND.x) < STAND.halfWidth;
    case 'hand':
      return false;
  }
}

/**
 * Which way her voice leads (a unit vector in x/z, or zero for "stay"): straight on, left, or
 * toward the gap and the counter wherever he has wandered.
 */
export function guide(direction: Direction | null, theo: Spot): Spot {
  switch (direction?.id) {
    case 'straight':
      return { x: 0, z: 1 };
    case 'left':
      return { x: -1, z: 0 };
    case 'turn':
      return toward(theo, { x: GAP.x, z: Math.max(theo.z + 2, GAP.z + 1.5) });
    case 'oregano':
      return toward(theo, { x: STAND.x, z: STAND.counterZ });
    default:
      return { x: 0, z: 0 };
  }
}

function toward(from: Spot, to: Spot): Spot {
  const dx = to.x - from.x;
  const dz = to.z - from.z;
  const d = Math.hypot(dx, dz) || 1;
  return { x: dx / d, z: dz / d };
}
