import { LIFT } from './config';

/**
 * Where the elevator is in its slow business: called and coming, doors opening for him,
 * him stepping in, doors closing, going down, stopping (doors open, someone gets on, doors
 * close), and at last the lobby, whose doors open at the speed of a yawn.
 */
export type LiftStage =
  'called' | 'open-in' | 'board' | 'closing' | 'moving' | 'opening' | 'dwell' | 'lobby' | 'out';

/** The elevator's state. `doors` is 0 shut to 1 open. */
export interface Lift {
  stage: LiftStage;
  timer: number;
  floor: number;
  doors: number;
  /** How many stops are behind him. */
  stopsDone: number;
  /** People in the car with him (it is full, and fuller). */
  riders: number;
}

/** Something the view or the sound should know about. */
export type LiftEvent =
  | { kind: 'ding' }
  | { kind: 'doors'; opening: boolean }
  | { kind: 'stop'; floor: number }
  | { kind: 'rider'; change: 1 | -1 }
  | { kind: 'inside' }
  | { kind: 'out' };

/** The elevator, just called from his floor. */
export function newLift(): Lift {
  return {
    stage: 'called',
    timer: LIFT.callWait,
    floor: LIFT.topFloor,
    doors: 0,
    stopsDone: 0,
    riders: 6,
  };
}

function doorsToward(l: Lift, open: boolean, dt: number, time: number = LIFT.doorTime): boolean {
  l.doors = Math.min(1, Math.max(0, l.doors + ((open ? 1 : -1) * dt) / time));
  return open ? l.doors >= 1 : l.doors <= 0;
}

/**
 * One frame of the elevator. `urge` (0–1, any direction held) makes stops end sooner and
 * lets him squeeze out of the lobby doors early; `jab` (a press) shaves off a moment more.
 */
export function stepLift(l: Lift, urge: number, jab: boolean, dt: number): LiftEvent[] {
  const events: LiftEvent[] = [];
  const go = (stage: LiftStage, timer = 0) => Object.assign(l, { stage, timer });
  switch (l.stage) {
    case 'called':
      l.timer -= dt * (1 + urge) + (jab ? LIFT.jabSaves : 0);
      if (l.timer <= 0) {
        events.push({ kind: 'ding' }, { kind: 'doors', opening: true });
        go('open-in');
      }
      break;
    case 'open-in':
      if (doorsToward(l, true, dt)) go('board', LIFT.boardTime);
      break;
    case 'board':
      l.timer -= dt;
      if (l.timer <= 0) {
        events.push({ kind: 'inside' }, { kind: 'doors', opening: false });
        go('closing');
      }
      break;
    case 'closing':
      if (doorsToward(l, false, dt)) go('moving');
      break;
    case 'moving': {
      const next = LIFT.stops[l.stopsDone] ?? 1;
      l.floor = Math.max(next, l.floor - LIFT.floorsPerSecond * dt);
      if (l.floor > next) break;
      events.push({ kind: 'ding' }, { kind: 'doors', opening: true });
      if (next === 1) go('lobby');
      else {
        events.push({ kind: 'stop', floor: next });
        go('opening');
      }
      break;
    }
    case 'opening':
      if (doorsToward(l, true, dt)) {
        // Someone always gets on; every other stop somebody also gets off. It stays full.
        const change = l.stopsDone % 2 === 0 ? 1 : -1;
        l.riders += change;
        events.push({ kind: 'rider', change });
        go('dwell', LIFT.dwell);
      }
      break;
    case 'dwell':
      l.timer -= dt * (1 + urge * 1.5) + (jab ? LIFT.jabSaves : 0);
      if (l.timer <= 0) {
        l.stopsDone += 1;
        events.push({ kind: 'doors', opening: false });
        go('closing');
      }
      break;
    case 'lobby':
      doorsToward(l, true, dt, LIFT.lobbyDoorTime);
      // The doors are slow: a player pushing squeezes through the gap sooner.
      if (l.doors >= (urge > 0.2 || jab ? 0.45 : 0.75)) {
        events.push({ kind: 'out' });
        go('out');
      }
      break;
    case 'out':
      break;
  }
  return events;
}
