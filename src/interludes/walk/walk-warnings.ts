/**
 * The things Samantha says without being asked: a warning when the cello man is about to
 * pass, and a correction when he sets off confidently the wrong way. Neither costs trust;
 * being clumsy is not the same as not believing her.
 */
import type { Person } from './walk-crowd';
import type { Spot } from './walk-map';
import type { Walker } from './walk-move';
import type { Direction } from './walk-route';

/** What she has already said, so she says each thing once (or not too often). */
export interface Warnings {
  cello: boolean;
  /** Seconds he has been heading the wrong way, and when she last told him. */
  wrongFor: number;
  wrongAt: number;
  counterAt: number;
}

/** She warns him when the cello man is this far ahead (metres). */
const CELLO_WARNING = 5.5;
/** Walking against her lead this long (at least this fast) earns an "other left". */
const WRONG_SECONDS = 1.1;
const WRONG_SPEED = 0.45;
/** And she does not say it again for this long. */
const WRONG_AGAIN = 6;

/** True once, when the cello man is close enough to be worth a word. */
export function watchCello(w: Warnings, people: readonly Person[], theo: Spot): boolean {
  if (w.cello) return false;
  const cello = people.find((p) => p.kind === 'cello' && p.active);
  if (!cello || cello.z - theo.z > CELLO_WARNING) return false;
  w.cello = true;
  return true;
}

/** True when he has kept going against her lead long enough for her to say so. */
export function watchWrongWay(
  w: Warnings,
  direction: Direction,
  theo: Walker,
  lead: Spot,
  now: number,
  dt: number,
): boolean {
  const speed = Math.hypot(theo.vx, theo.vz);
  const against =
    direction.kind === 'go' &&
    speed > WRONG_SPEED &&
    (theo.vx * lead.x + theo.vz * lead.z) / speed < -0.5;
  w.wrongFor = against ? w.wrongFor + dt : 0;
  if (w.wrongFor < WRONG_SECONDS || now - w.wrongAt < WRONG_AGAIN) return false;
  w.wrongFor = 0;
  w.wrongAt = now;
  return true;
}
