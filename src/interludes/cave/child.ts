/** The alien child: small, fast, always in the way. Its moves; the plot says which one. */
import { ASTRONAUT_R, type Astronaut } from './astronaut';
import type { CaveFlags, CaveMap } from './cave-map';
import type { Choke } from './cave-places';
import { moveCircle, type Point } from './collide';

/** The child's round foot-print. */
export const CHILD_R = 12;
/** Running speed: twice the astronaut's, so he is always there first. */
export const CHILD_SPEED = 520;
/** His dash into a tackle. */
export const DASH_SPEED = 780;
/** His trot when leading the way (a little faster than a walking astronaut). */
export const TROT_SPEED = 250;
/** How close counts as bumping into him. */
export const CONTACT = ASTRONAUT_R + CHILD_R + 8;

/** What the child is doing. */
export type ChildMode =
  | 'hidden'
  | 'drop'
  | 'ride'
  | 'pester'
  | 'block'
  | 'tackle'
  | 'gloat'
  | 'sulk'
  | 'frozen'
  | 'face'
  | 'lead'
  | 'brawl'
  | 'sprawl'
  | 'shout'
  | 'wave';

/** How the last answer left him: it changes how rough he plays. */
export type ChildMood = 'rough' | 'soft';

/** The child's state. `z` is his height above the floor (hops, the ledge, the rock). */
export interface Child extends Point {
  z: number;
  mode: ChildMode;
  mood: ChildMood;
  facing: 1 | -1;
  /** Seconds in the current mode. */
  t: number;
  /** Seconds before he may tackle again. */
  cooldown: number;
  /** The tunnel he holds in `block` mode, and the way he leads in `lead` mode. */
  choke: Choke | null;
  route: Point[];
  /** Where he was when a drop or a climb began. */
  from: Point;
}

/** A child waiting on the ledge. */
export function makeChild(at: Point, mode: ChildMode = 'hidden'): Child {
  const start = { x: at.x, y: at.y };
  return {
    ...start,
    z: 0,
    mode,
    mood: 'rough',
    facing: -1,
    t: 0,
    cooldown: 0,
    choke: null,
    route: [],
    from: start,
  };
}

/** Switches what he is doing (the plot calls this). */
export function setMode(c: Child, mode: ChildMode): void {
  if (c.mode === mode) return;
  c.mode = mode;
  c.t = 0;
  c.from = { x: c.x, y: c.y };
}

/** What the child did to the astronaut this frame. */
export interface ChildStep {
  /** He tackled the astronaut flat. */
  tackled: boolean;
  /** The astronaut walked into him where he holds a tunnel. */
  blocked: boolean;
  /** The drop from the ledge landed. */
  landed: boolean;
}

/** Keeps `c` out of the astronaut's way while standing (he is small, but he is solid). */
export function pushApart(c: Child, a: Astronaut, map: CaveMap, flags: CaveFlags): void {
  const dx = a.x - c.x;
  const dy = a.y - c.y;
  const d = Math.hypot(dx, dy);
  const min = ASTRONAUT_R + CHILD_R;
  if (d >= min || d === 0) return;
  const push = min - d;
  moveCircle(map, flags, 'astronaut', a, ASTRONAUT_R, (dx / d) * push, (dy / d) * push);
}
