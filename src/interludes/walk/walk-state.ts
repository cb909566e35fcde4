/**
 * Everything the eyes-closed walk knows while it runs, and the questions the scene and the
 * tests ask of it: which direction is in force, where her voice leads, what walk_trust is.
 */
import { createBumpMemory, type Bump, type BumpMemory } from './walk-bump';
import { createEyes, createHeart, type Eyes, type Heart } from './walk-body';
import { createCrowd, seededRand, type Person, type Rand } from './walk-crowd';
import type { CrowdSound } from './walk-crowd-move';
import type { Spot } from './walk-map';
import { createWalker, type Steer, type Walker } from './walk-move';
import { guide, ROUTE, type Direction } from './walk-route';
import {
  createLedger,
  createVigil,
  trustScore,
  type StretchRecord,
  type Vigil,
} from './walk-trust';
import type { Warnings } from './walk-warnings';

/** How the slice reaches him: on his open palm, after a look, or against his chest. */
export type Ending = 'palm' | 'looked' | 'chest';

/** Something the scene should show or play. `say` names a stitch of the walk_lines knot. */
export type WalkEvent =
  | { type: 'say'; stitch: string; direction: boolean }
  | { type: 'step' }
  | { type: 'crowd'; sound: CrowdSound }
  | { type: 'bump'; bump: Bump }
  | { type: 'counter' }
  | { type: 'eyes'; open: boolean }
  | { type: 'beat' }
  | { type: 'end'; ending: Ending };

/** What the player does this frame: steer, hold the peek control, press to act (the hand). */
export interface WalkInput {
  move: Steer;
  peek: boolean;
  action: boolean;
}

/** The walk in progress. */
export interface WalkState {
  phase: 'intro' | 'walking' | 'ending';
  /** Seconds of play. */
  time: number;
  theo: Walker;
  people: Person[];
  rand: Rand;
  bumps: BumpMemory;
  bumpCount: number;
  ledger: StretchRecord[];
  /** Index of her direction in force, in ROUTE (-1 before the first). */
  at: number;
  vigil: Vigil;
  eyes: Eyes;
  heart: Heart;
  warnings: Warnings;
  ending: Ending | null;
  /** This frame's events (reused from frame to frame). */
  events: WalkEvent[];
  sounds: CrowdSound[];
}

/** A walk about to begin; `seed` fixes the crowd (tests); any number will do in play. */
export function createWalk(seed = 5): WalkState {
  const rand = seededRand(seed);
  return {
    ...{ phase: 'intro', time: 0, theo: createWalker(), people: createCrowd(rand), rand },
    ...{ bumps: createBumpMemory(), bumpCount: 0, ledger: createLedger(), at: -1 },
    ...{ vigil: createVigil(), eyes: createEyes(), heart: createHeart(), ending: null },
    warnings: { cello: false, wrongFor: 0, wrongAt: -Infinity, counterAt: -Infinity },
    ...{ events: [], sounds: [] },
  };
}

/** The direction in force, or null before the first and after the hand. */
export function currentDirection(s: WalkState): Direction | null {
  return s.phase === 'walking' ? (ROUTE[s.at] ?? null) : null;
}

/** walk_trust as it stands: the stretches he has trusted her through (0–3). */
export function walkTrust(s: WalkState): number {
  return trustScore(s.ledger);
}

/** Which way her voice leads him now (unit x/z, or zero for "stay"). */
export function herLead(s: WalkState): Spot {
  return guide(currentDirection(s), s.theo);
}

/** The walk as browser tests read it (`__her.state().interlude.probe`): plain, rounded values. */
export function walkProbe(s: WalkState): Record<string, unknown> {
  const direction = currentDirection(s);
  const lead = herLead(s);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    ...{ phase: s.phase, direction: direction?.id ?? null, stretch: direction?.stretch ?? null },
    ...{ x: round(s.theo.x), z: round(s.theo.z), eyesOpen: s.eyes.open, peeks: s.eyes.count },
    ...{ bumps: s.bumpCount, ledger: s.ledger.map((r) => ({ ...r })), trust: walkTrust(s) },
    ...{
      ending: s.ending,
      heart: Math.round(s.heart.bpm),
      lead: { x: round(lead.x), z: round(lead.z) },
    },
  };
}
