/**
 * Gentle collisions: when his shoulders meet someone, he is eased back out of them with a
 * small nudge (never stopped dead, never knocked down), and a bump is reported so the scene
 * can play a soft thud and a muttered sorry. Brushing the same coat twice is one bump.
 */
import type { Person } from './walk-crowd';
import type { Walker } from './walk-move';
import { PAVEMENT } from './walk-map';

/** One bump: who, from which side (-1 left … 1 right, as he hears it), and how hard (0–1). */
export interface Bump {
  person: Person;
  side: number;
  strength: number;
}

/** When each person was last bumped, so a long brush is one bump and not thirty. */
export interface BumpMemory {
  byPerson: Map<number, number>;
  last: number;
}

/** Extra room the nudge leaves between them (metres), and the little push-back it gives him. */
export const NUDGE = 0.08;
const BOUNCE = 0.55;
/** Seconds before the same person, or anyone at all, counts as a new bump. */
const SAME_PERSON = 1.6;
const ANYONE = 0.7;

/** A memory with no bumps in it yet. */
export function createBumpMemory(): BumpMemory {
  return { byPerson: new Map(), last: -Infinity };
}

/**
 * Eases Theodore out of anyone he overlaps and returns the bump to report, if this contact is
 * a new one (`now` in seconds of play).
 */
export function resolveBumps(
  theo: Walker,
  people: readonly Person[],
  memory: BumpMemory,
  now: number,
): Bump | null {
  let reported: Bump | null = null;
  for (const p of people) {
    if (!p.active || !p.solid) continue;
    let dx = theo.x - p.x;
    let dz = theo.z - p.z;
    let d = Math.hypot(dx, dz);
    const overlap = theo.radius + p.radius - d;
    if (overlap <= 0) continue;
    if (d < 1e-6) [dx, dz, d] = [0, -1, 1]; // dead centre: step him back, toward where he came from
    const nx = dx / d;
    const nz = dz / d;
    const closing = -((theo.vx - p.vx) * nx + (theo.vz - p.vz) * nz);
    theo.x += nx * (overlap + NUDGE);
    theo.z += nz * (overlap + NUDGE);
    theo.x = Math.max(PAVEMENT.minX + theo.radius, Math.min(PAVEMENT.maxX - theo.radius, theo.x));
    // Take away what carried him into them, and give back a little: a nudge, not a wall.
    const into = theo.vx * -nx + theo.vz * -nz;
    if (into > 0) {
      theo.vx += nx * into;
      theo.vz += nz * into;
    }
    theo.vx += nx * BOUNCE;
    theo.vz += nz * BOUNCE;
    const fresh =
      now - (memory.byPerson.get(p.id) ?? -Infinity) > SAME_PERSON && now - memory.last > ANYONE;
    memory.byPerson.set(p.id, now);
    if (!fresh || reported) continue;
    memory.last = now;
    reported = {
      person: p,
      side: Math.max(-1, Math.min(1, -nx)),
      strength: Math.min(1, Math.max(0.25, closing / 1.5)),
    };
  }
  return reported;
}
