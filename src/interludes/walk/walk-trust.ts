/**
 * How well he trusted her, counted the way the text version counts it: each stretch of the
 * walk earns a point if he followed her through it without peeking and without refusing
 * (standing his ground when she said go, walking on when she said stop, hands in pockets).
 * Also the watch kept on each direction: when she nudges, when waiting becomes balking.
 */
import type { DirectionKind } from './walk-route';

/** What happened in one stretch. */
export interface StretchRecord {
  peeked: boolean;
  balked: boolean;
  rushed: boolean;
}

/** Seconds and metres behind the judgements below (tuned by playing, kind on purpose). */
export const PATIENCE = {
  /** Standing still this long after "go", she checks on him (no cost). */
  nudge: 4.5,
  /** Standing still this long after "go" is planting his feet: the stretch's point is gone. */
  balk: 9,
  /** The hand: a reminder after this long, and the slice arrives against his chest after this. */
  handNudge: 4.5,
  handBalk: 10,
  /** After "stop", a moment to react before walking on counts, and how far walking on counts. */
  stopGrace: 1.2,
  rush: 1.2,
  /** Input below this is standing still. */
  still: 0.12,
} as const;

/** A fresh record for the three stretches. */
export function createLedger(): StretchRecord[] {
  return [0, 1, 2].map(() => ({ peeked: false, balked: false, rushed: false }));
}

/** True if he walked this stretch on her word alone. */
export function trustedThrough(record: StretchRecord): boolean {
  return !record.peeked && !record.balked && !record.rushed;
}

/** walk_trust: the stretches he trusted her through, 0–3. */
export function trustScore(ledger: readonly StretchRecord[]): number {
  return ledger.filter(trustedThrough).length;
}

/** The watch on the direction in force: how long he has stood still, how far he has walked. */
export interface Vigil {
  idle: number;
  moved: number;
  held: number;
  nudged: boolean;
  balked: boolean;
  rushed: boolean;
}

/** A fresh watch, as a new direction is given. */
export function createVigil(): Vigil {
  return { idle: 0, moved: 0, held: 0, nudged: false, balked: false, rushed: false };
}

/** What the watch concluded this frame: nothing, a gentle nudge, a balk, or a rushed stop. */
export type Verdict = 'nudge' | 'balk' | 'rush' | null;

/**
 * Keeps watch for `dt` seconds on a direction of `kind`, given how hard he pushes the stick
 * (`effort`) and how far he actually moved (`metres`). Each verdict comes once per direction.
 */
export function keepWatch(
  vigil: Vigil,
  kind: DirectionKind,
  effort: number,
  metres: number,
  dt: number,
): Verdict {
  vigil.held += dt;
  if (kind === 'hand') {
    if (vigil.held >= PATIENCE.handBalk && !vigil.balked) return ((vigil.balked = true), 'balk');
    if (vigil.held >= PATIENCE.handNudge && !vigil.nudged) return ((vigil.nudged = true), 'nudge');
    return null;
  }
  if (kind === 'stop') {
    if (vigil.held > PATIENCE.stopGrace) vigil.moved += metres;
    if (vigil.moved > PATIENCE.rush && !vigil.rushed) return ((vigil.rushed = true), 'rush');
    return null;
  }
  vigil.idle = effort < PATIENCE.still ? vigil.idle + dt : 0;
  if (vigil.idle >= PATIENCE.balk && !vigil.balked) return ((vigil.balked = true), 'balk');
  if (vigil.idle >= PATIENCE.nudge && !vigil.nudged) return ((vigil.nudged = true), 'nudge');
  return null;
}
