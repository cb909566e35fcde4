import { collide, dodgeKindFor, type Contact } from './collide';
import type { Obstacle } from './course';
import { moveRunner, startDodge, type RunInput, type Runner, type Stride } from './runner';

/** What one frame on foot did: a jump started, footfalls, and obstacles met. */
export interface FootFrame {
  jumped: 'hop' | 'swerve' | null;
  footfalls: number;
  contacts: Contact[];
}

/**
 * One frame of him on foot among the obstacles: a press jumps low things or steps around
 * people (whichever is next), then he moves, then whatever he reached is settled. While
 * he walks freely (gathering oranges) nothing is in his way.
 */
export function onFoot(
  r: Runner,
  obstacles: Obstacle[],
  t: number,
  input: RunInput,
  dt: number,
  stride: Stride,
  limit?: number,
): FootFrame {
  let jumped: FootFrame['jumped'] = null;
  if (input.jump && stride === 'run') {
    const how = dodgeKindFor(r, obstacles, t);
    if (startDodge(r, how)) jumped = how;
  }
  const footfalls = moveRunner(r, input, dt, stride, limit);
  const contacts = stride === 'free' ? [] : collide(r, obstacles, t);
  return { jumped, footfalls, contacts };
}
