/** The whole cave in one state: map, astronaut, child and plot, stepped frame by frame. */
import { makeAstronaut, type Astronaut, type AstronautStep } from './astronaut';
import { CAVE, type CaveFlags, type CaveMap } from './cave-map';
import { FUNGI, PLACES, chamberIndexAt } from './cave-places';
import { makeChild, setMode, type Child, type ChildStep } from './child';
import type { Point } from './collide';
import { freeRules } from './free-rules';
import {
  answer as record,
  afterScript,
  startPlot,
  PHASE_SCRIPT,
  type Part,
  type Phase,
  type Plot,
  type Said,
} from './plot';
import { goTo } from './staging';

export { goTo };

/** Something the scene should show or play this frame (a sound, a line, a script, the end). */
export type WorldEvent =
  | 'footstep'
  | 'bump'
  | 'tackle'
  | 'land'
  | 'fungus'
  | 'chamber'
  | 'tunnel'
  | 'ping'
  | 'unfreeze'
  | 'board'
  | 'done'
  | `say:${string}`
  | `script:${string}`;

/** What the player is doing this frame. */
export interface PlayInput {
  move: Point;
  /** Space, Enter, gamepad A, or a tap on a character. */
  action: boolean;
  /** A tap on the floor, in world units (tap-to-move). */
  tap: Point | null;
}

/** Everything the cave is right now. */
export interface CaveWorld {
  map: CaveMap;
  flags: CaveFlags;
  plot: Plot;
  astronaut: Astronaut;
  child: Child;
  chamber: number;
  time: number;
  /** How brightly each fungus clump glows from being brushed, 0–1. */
  fungusGlow: number[];
  /** Lines said once only (the first fungus, Doris, the drip hall). */
  once: Set<string>;
  /** How many of a repeating line (nudges, the child's chatter on the way) have been said. */
  repeats: Record<string, number>;
  /** The current locked phase's lines have all been shown. */
  scriptDone: boolean;
  events: WorldEvent[];
  step: AstronautStep;
  childStep: ChildStep;
}

/** The cave at the start of a part: at the landing, or where the email paused it. */
export function makeWorld(part: Part): CaveWorld {
  const main = part === 'main';
  const astronaut = makeAstronaut(main ? PLACES.spawn : PLACES.resumeAt);
  const child = main
    ? makeChild(PLACES.ledge, 'hidden')
    : makeChild({ x: PLACES.resumeAt.x + 64, y: PLACES.resumeAt.y + 2 }, 'frozen');
  if (main) child.z = 250;
  else child.facing = -1;
  return {
    map: CAVE,
    flags: { tunnelOpen: false },
    plot: startPlot(part),
    astronaut,
    child,
    chamber: chamberIndexAt(astronaut.x),
    time: 0,
    fungusGlow: FUNGI.map(() => 0),
    once: new Set(),
    repeats: {},
    scriptDone: false,
    events: [],
    step: { footstep: false, bumped: false },
    childStep: { tackled: false, blocked: false, landed: false },
  };
}

/** The player took an option of the choice on screen (`cave_said` after it). */
export function answered(w: CaveWorld, said: Said): void {
  record(w.plot, said);
}

/** The scene has shown every line of the locked phase's script. */
export function scriptFinished(w: CaveWorld): void {
  w.scriptDone = true;
}

/** Shortest time a locked phase lasts, so its staging can be seen even if lines are skipped. */
const MIN_SECONDS: Partial<Record<Phase, number>> = { scuffle: 2.4, sit: 2, board: 2.2 };

/** One frame: input, movement, the child, and the plot's rules; fills `w.events`. */
export function stepWorld(w: CaveWorld, input: PlayInput, dt: number): void {
  w.events.length = 0;
  w.time += dt;
  const plot = w.plot;
  plot.t += dt;
  plot.sinceTackle += dt;
  for (let i = 0; i < w.fungusGlow.length; i++) {
    w.fungusGlow[i] = Math.max(0, (w.fungusGlow[i] ?? 0) - dt * 0.35);
  }
  freeRules(w, input, dt);
  // Locked phases move on once their lines are done (and their staging has been seen).
  const phase = plot.phase;
  const waitsForLines = PHASE_SCRIPT[phase] !== undefined;
  const minimum = MIN_SECONDS[phase] ?? 0;
  if (waitsForLines && w.scriptDone && plot.t >= minimum) goTo(w, afterScript(plot));
  else if (phase === 'board' && plot.t >= minimum) goTo(w, 'done');
  else if (phase === 'thaw' && w.child.mode === 'frozen' && plot.t > 1.4) {
    // Frozen mid-word for a moment, then he thaws, hops to his rock and the lines begin.
    w.child.route = [PLACES.sulkRock];
    setMode(w.child, 'sulk');
    w.events.push('unfreeze', 'script:thaw');
  }
}
