import { LENGTH, type SectionKey } from './config';
import { chooseCart, type Cart, type CartChoice, type CartEvent } from './cart';
import { obstaclesFor, type Obstacle } from './course';
import type { Lift, LiftEvent } from './lift';
import { newRunner, type Runner } from './runner';
import { newVoice, type Voice } from './voice-cues';

/** Where the run is: each place on foot, the elevator, the cart, the end. */
export type Phase = 'office' | 'lift' | 'plaza' | 'cart' | 'gather' | 'steps' | 'arrived' | 'done';

/** The stitches of `run_lines` the run asks for, each at its moment. */
export type LineStitch =
  | 'office'
  | 'paul'
  | 'doors'
  | 'ride'
  | 'stop'
  | 'lobby'
  | 'plaza'
  | 'cart'
  | 'gathered'
  | 'steps'
  | 'calls'
  | 'searching';

/** Everything the scene needs to draw, sound and say what happened this frame. */
export type RunEvent =
  | { kind: 'line'; stitch: LineStitch }
  | { kind: 'step' }
  | { kind: 'jump'; how: 'hop' | 'swerve' }
  | { kind: 'bump' | 'dodged'; obstacle: Obstacle }
  | { kind: 'section'; section: SectionKey }
  | { kind: 'spill' }
  | { kind: 'answer' }
  | { kind: 'done' }
  | LiftEvent
  | CartEvent;

/** The whole run. The plaza and the steps share one stretch of pavement (s runs on). */
export interface RunState {
  phase: Phase;
  section: SectionKey;
  /** Sections in the order he reached them. */
  visited: SectionKey[];
  time: number;
  sectionTime: number;
  phaseTime: number;
  runner: Runner;
  obstacles: Obstacle[];
  lift: Lift | null;
  cart: Cart | null;
  voice: Voice;
  bumps: number;
  dodges: number;
  answered: boolean;
  cued: LineStitch[];
}

/** Where the run ends: the top of the subway steps, past the plaza. */
export const FINISH_AT = LENGTH.plaza + LENGTH.steps - 1;

/** A fresh run: he is at his desk, the screen saying it cannot find her. */
export function newRun(): RunState {
  return {
    phase: 'office',
    section: 'office',
    visited: ['office'],
    time: 0,
    sectionTime: 0,
    phaseTime: 0,
    runner: newRunner(0),
    obstacles: obstaclesFor('office'),
    lift: null,
    cart: null,
    voice: newVoice(),
    bumps: 0,
    dodges: 0,
    answered: false,
    cued: [],
  };
}

/** He chose at the cart (the scene's in-game choice); ignored once settled. */
export function chooseAtCart(state: RunState, choice: CartChoice): void {
  if (state.cart) chooseCart(state.cart, choice);
}
