import { CART, LENGTH, type RunningSection } from './config';

/** What stands (or walks, or rolls) in his way. */
export type ObstacleKind = 'person' | 'chair' | 'box' | 'orange';

/** How an obstacle ended up: still ahead, bumped into, dodged, or simply behind him now. */
export type ObstacleFate = 'ahead' | 'bumped' | 'dodged' | 'passed';

/** One thing in his lane, moving at its own pace along the way. */
export interface Obstacle {
  id: number;
  kind: ObstacleKind;
  /** Where it is when the section starts (x0) and how it moves (vx: negative comes toward him). */
  x0: number;
  vx: number;
  /** The time (section clock) it appears; before that it is not there. */
  from: number;
  width: number;
  /** Jumped over (low) rather than stepped around (people). */
  low: boolean;
  /** Which look the view gives it (a colour, a prop). */
  look: number;
  fate: ObstacleFate;
}

/** Someone in the back lane, living their life: never in his way, only part of the city. */
export interface Walker {
  x0: number;
  vx: number;
  look: number;
  onCall: boolean;
}

let serial = 0;

function thing(kind: ObstacleKind, x0: number, vx = 0, look = 0, from = 0): Obstacle {
  const low = kind !== 'person';
  const width = kind === 'person' ? 0.6 : kind === 'orange' ? 0.25 : 0.7;
  return { id: ++serial, kind, x0, vx, from, width, low, look, fate: 'ahead' };
}

/** Where an obstacle is at section time `t`. */
export function obstacleX(o: Obstacle, t: number): number {
  return o.x0 + o.vx * Math.max(0, t - o.from);
}

/**
 * The obstacles of a section, fresh each time. The office has writers pacing as they dictate
 * and chairs left out; the plaza, people on their phones; the steps, a crowd pouring up out
 * of the ground toward him. None of it is hard; all of it is slow.
 */
export function obstaclesFor(section: RunningSection): Obstacle[] {
  if (section === 'office')
    return [
      thing('person', 11, -0.5, 0),
      thing('chair', 19),
      thing('person', 27, 0.6, 1),
      thing('box', 35),
      thing('person', 40, -0.4, 2),
    ];
  if (section === 'plaza')
    return [
      thing('person', 14, -1, 0),
      thing('person', 24, 0.8, 1),
      thing('person', 36, -1.2, 2),
      thing('person', 46, -0.6, 3),
      thing('person', 56, 0.9, 4),
      thing('person', 90, -1, 5),
      thing('person', 101, -0.8, 0),
      thing('person', 112, 0.6, 1),
    ];
  // The crowd on the steps: commuters rising out of the station one after another, toward him.
  return Array.from({ length: 8 }, (_, i) =>
    thing('person', LENGTH.steps + 0.5, -1.2, i % 6, i * 1.25),
  );
}

/** The oranges rolling across his way when he runs on past the cart (he jumps them). */
export function spilledOranges(t: number): Obstacle[] {
  return [1, 4.5, 8].map((dx, i) => thing('orange', CART.cartAt + dx, -0.5, i, t));
}

/** The city behind him in each section: people walking their own ways, many on a call. */
export function walkersFor(section: RunningSection): Walker[] {
  const length = LENGTH[section];
  const out: Walker[] = [];
  // A fixed pattern, so every run shows the same city (and screenshots can be compared).
  for (let i = 0, x = 4; x < length + 10; i++, x += 5.5 + ((i * 7) % 5)) {
    out.push({
      x0: x,
      vx: i % 3 === 0 ? -0.9 : 0.7 + (i % 4) * 0.1,
      look: i % 6,
      onCall: i % 3 !== 2,
    });
  }
  return out;
}

/** Where a back-lane walker is at section time `t`. */
export function walkerX(w: Walker, t: number): number {
  return w.x0 + w.vx * t;
}
