import { LENGTH, LIFT } from '../config';
import { FINISH_AT } from '../run-state';

/** The depth a prop stands at: the far row (moving slower), against the wall, or in his lane. */
export type Depth = 'mid' | 'wall' | 'lane';

/** One prop of the scenery: which painting, where along the way, at what depth. */
export interface Dressing {
  art: string;
  x: number;
  depth: Depth;
}

/** How each depth moves and sits: parallax factor, scale, and height above his lane in metres. */
export const DEPTHS: Record<Depth, { f: number; scale: number; lift: number }> = {
  mid: { f: 0.72, scale: 0.86, lift: 1.0 },
  wall: { f: 1, scale: 0.95, lift: 0.62 },
  lane: { f: 1, scale: 1, lift: 0 },
};

function every(
  art: string | ((i: number) => string),
  from: number,
  to: number,
  step: number,
  depth: Depth,
): Dressing[] {
  const out: Dressing[] = [];
  for (let x = from, i = 0; x < to; x += step, i++)
    out.push({ art: typeof art === 'string' ? art : art(i), x, depth });
  return out;
}

/**
 * The office: his own desk where he left it, a row of writers' cubicles, Paul's front desk
 * near the end (the elevator itself is drawn by the doors view, as it moves).
 */
export function officeDressing(): Dressing[] {
  return [
    { art: 'desk', x: -3.4, depth: 'mid' },
    ...every((i) => `cubicle${i % 4}`, -0.1, LIFT.doorAt + 14, 3.2, 'mid'),
    { art: 'paul', x: 31.9, depth: 'wall' },
    { art: 'reception', x: 31.5, depth: 'wall' },
  ];
}

/** The plaza and the steps after it: lamps, trees, benches, the ad pillars, then the station. */
export function plazaDressing(): Dressing[] {
  const end = LENGTH.plaza + LENGTH.steps + 20;
  return [
    ...every('lamp', 3, end, 9, 'mid'),
    ...every('planter', 7.5, end, 13, 'mid'),
    ...[19, 51, 96, 128].map((x) => ({ art: 'bench', x, depth: 'mid' as const })),
    ...[30, 84, 140].map((x) => ({ art: 'pillar', x, depth: 'mid' as const })),
    // The station's mouth: its edge (a metre into the painting) just past where the run ends.
    { art: 'station', x: FINISH_AT - 0.4, depth: 'lane' },
  ];
}
