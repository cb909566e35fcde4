import { RUN } from './config';
import { obstacleX, type Obstacle } from './course';
import { stumble, type Runner } from './runner';

/** What happened between him and one obstacle this frame. */
export interface Contact {
  kind: 'bump' | 'dodged';
  obstacle: Obstacle;
}

/** How far ahead a dodge looks to decide between a jump and a sidestep. */
const LOOK_AHEAD = 4;

/** True if the obstacle is there at section time `t` (spilled oranges appear mid-run). */
function present(o: Obstacle, t: number): boolean {
  return t >= o.from;
}

/**
 * Settles each obstacle he meets, once: dodged if he was mid-jump or mid-sidestep, bumped
 * (a stumble) if not. Each can only be met once, so nothing can hold him up for ever.
 */
export function collide(r: Runner, obstacles: Obstacle[], t: number): Contact[] {
  const contacts: Contact[] = [];
  for (const o of obstacles) {
    if (o.fate !== 'ahead' || !present(o, t)) continue;
    const x = obstacleX(o, t);
    const reach = o.width / 2 + RUN.halfWidth;
    if (x + reach < r.s) {
      o.fate = 'passed'; // slipped by without touching (it walked past him, say)
    } else if (Math.abs(x - r.s) < reach) {
      o.fate = r.dodge > 0 ? 'dodged' : 'bumped';
      if (o.fate === 'bumped') stumble(r);
      contacts.push({ kind: o.fate === 'bumped' ? 'bump' : 'dodged', obstacle: o });
    }
  }
  return contacts;
}

/** The next obstacle still to meet within `range` metres ahead of him, and how far it is. */
export function nextObstacle(
  r: Runner,
  obstacles: Obstacle[],
  t: number,
  range = LOOK_AHEAD,
): { obstacle: Obstacle; gap: number } | null {
  let next: { obstacle: Obstacle; gap: number } | null = null;
  for (const o of obstacles) {
    if (o.fate !== 'ahead' || !present(o, t)) continue;
    const gap = obstacleX(o, t) - r.s;
    if (gap > -0.5 && gap < (next?.gap ?? range)) next = { obstacle: o, gap };
  }
  return next;
}

/** A dodge jumps low things and steps around people: whichever is next ahead decides. */
export function dodgeKindFor(r: Runner, obstacles: Obstacle[], t: number): 'hop' | 'swerve' {
  const next = nextObstacle(r, obstacles, t);
  return next && !next.obstacle.low ? 'swerve' : 'hop';
}
