/** The rules while the player walks: the child's moves, and what moves the plot on. */
import { ASTRONAUT_R, knockDown, stepAstronaut } from './astronaut';
import { FUNGI, PLACES, chamberIndexAt, type Choke } from './cave-places';
import { pushApart, setMode, type ChildMode } from './child';
import { stepChild } from './child-moves';
import { every, once } from './asides';
import type { Point } from './collide';
import type { CaveWorld, PlayInput } from './cave-world';
import { findPath } from './paths';
import { IDLE_SECONDS, isFree } from './plot';
import { goTo } from './staging';

/** Modes in which the child stands his ground: the astronaut cannot walk through him. */
const SOLID: ReadonlySet<ChildMode> = new Set([
  'pester',
  'block',
  'face',
  'gloat',
  'shout',
  'sulk',
]);

/** Knocked flat this many times while roaming, Theodore has had enough: the decisive moment. */
export const TACKLES_ENOUGH = 4;

const near = (p: Point, q: Point, d: number) => Math.hypot(p.x - q.x, p.y - q.y) < d;

/** One frame of walking, the child, and the plot's free-phase rules (see cave-world). */
export function freeRules(w: CaveWorld, input: PlayInput, dt: number): void {
  const { plot, astronaut: a, child: c } = w;
  const free = isFree(plot);
  let action = free && input.action;
  const moving = input.move.x !== 0 || input.move.y !== 0;
  if (free) {
    plot.idleFor = moving || input.action || input.tap ? 0 : plot.idleFor + dt;
    const tap = input.tap;
    if (tap && (near(tap, { x: c.x, y: c.y - c.z }, 80) || near(tap, a, 60))) action = true;
    else if (tap) a.path = findPath(w.map, w.flags, 'astronaut', ASTRONAUT_R, a, tap);
  }
  stepAstronaut(a, input.move, dt, w.map, w.flags, free, w.step);
  if (w.step.footstep) w.events.push('footstep');
  if (w.step.bumped && moving) w.events.push('bump');
  holdChoke(w);
  stepChild(c, a, dt, w.map, w.flags, w.childStep);
  if (SOLID.has(c.mode)) pushApart(c, a, w.map, w.flags);
  if (w.childStep.landed) {
    w.events.push('land');
    goTo(w, 'meet');
  }
  if (w.childStep.tackled) tackled(w, 'say:heckle');
  const chamber = chamberIndexAt(a.x);
  if (chamber !== w.chamber) {
    w.chamber = chamber;
    w.events.push('chamber');
  }
  touchFungus(w, free);
  if (free) phaseRules(w, action);
}

/** Near a tunnel he guards, the child stops darting about and holds its mouth. */
function holdChoke(w: CaveWorld): void {
  const { plot, astronaut: a, child: c } = w;
  const choke: Choke | null =
    plot.phase === 'pester' || plot.phase === 'pester2'
      ? PLACES.firstChoke
      : plot.phase === 'roam'
        ? PLACES.lastChoke
        : null;
  if (!choke || (c.mode !== 'pester' && c.mode !== 'block')) return;
  c.choke = choke;
  setMode(c, a.x > choke.x - 260 ? 'block' : 'pester');
  if (!w.childStep.blocked || a.pose === 'down') return;
  if (plot.phase === 'roam') goTo(w, 'crybaby');
  else if (c.cooldown <= 0) {
    // Walking into him in the tunnel mouth: he throws himself at the astronaut's knees.
    knockDown(a, -a.facing * 380, 0);
    c.cooldown = 1.8;
    setMode(c, 'gloat');
    tackled(w, 'say:choke');
  }
}

function tackled(w: CaveWorld, line: 'say:heckle' | 'say:choke'): void {
  w.events.push('tackle', line);
  w.plot.tackles += 1;
  w.plot.sinceTackle = 0;
}

/** Brushing a clump of fungus lights it up (the first time, Samantha notices). */
function touchFungus(w: CaveWorld, free: boolean): void {
  const a = w.astronaut;
  for (let i = 0; i < FUNGI.length; i++) {
    const f = FUNGI[i];
    if (!f || !near(a, f, 44 + 26 * f.size)) continue;
    if ((w.fungusGlow[i] ?? 0) < 0.5) w.events.push('fungus');
    w.fungusGlow[i] = 1;
    if (free) once(w, 'fungus');
  }
}

/** What moves the plot on while the player walks. */
function phaseRules(w: CaveWorld, action: boolean): void {
  const { plot, astronaut: a, child: c } = w;
  const talking = action && near(a, c, 170);
  switch (plot.phase) {
    case 'explore':
      if (plot.t > 0.5) once(w, 'intro');
      if (w.chamber === 0) every(w, 'nudge', 24, 24, 3);
      if (w.chamber === 1) once(w, 'drips');
      if (action) w.events.push('ping');
      if (a.x > PLACES.ambushX) goTo(w, 'ambush');
      return;
    case 'pester':
    case 'pester2': {
      if (talking) w.events.push('say:heckle'); // talk to him and he only heckles harder
      const first = plot.phase === 'pester';
      // After a tackle has had its moment (or soon anyway): the toaster, then the email.
      const tackled = plot.tackles > 0 && plot.sinceTackle > (first ? 2.2 : 1.2);
      if (tackled || plot.t > (first ? 10 : 7)) goTo(w, first ? 'toaster' : 'cutoff');
      return;
    }
    case 'sulking':
      if (a.x > PLACES.sulkRock.x + 40 || talking) goTo(w, 'round2');
      else if (action || plot.idleFor > IDLE_SECONDS) goTo(w, 'idle');
      return;
    case 'roam':
      if (near(a, PLACES.doris, 220)) once(w, 'doris');
      if (talking || (plot.tackles >= TACKLES_ENOUGH && plot.sinceTackle > 1.2)) goTo(w, 'crybaby');
      else if (action || plot.idleFor > IDLE_SECONDS) goTo(w, 'idle');
      return;
    case 'lead':
    case 'run': {
      if (plot.phase === 'lead') every(w, 'lead', 2.5, 6, 4);
      else every(w, 'chase', 1.5, 3.5, 3);
      if (action) w.events.push('ping');
      // Befriended, they arrive together: he waits at the ramp for the child to catch up.
      const together = plot.phase === 'run' || near(c, PLACES.ramp, 260);
      if (near(a, PLACES.ramp, 70) && together) goTo(w, 'board');
      return;
    }
    default:
      return;
  }
}
