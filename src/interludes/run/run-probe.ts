import { nextObstacle } from './collide';
import { RUN } from './config';
import type { RunState } from './run-state';

const round = (x: number, places = 2) => Math.round(x * 10 ** places) / 10 ** places;

/**
 * What the run reports of itself for browser tests (window.__her.state().interlude.probe):
 * where it is, what it has been through, and how far the next thing in his way is, so a
 * test playing with real keys can jump in time.
 */
export function probeOf(s: RunState): Record<string, unknown> {
  return {
    phase: s.phase,
    section: s.section,
    visited: [...s.visited],
    s: round(s.runner.s),
    v: round(s.runner.v),
    dodging: s.runner.dodge > 0,
    bumps: s.bumps,
    dodges: s.dodges,
    time: round(s.time, 1),
    floor: s.lift ? Math.ceil(s.lift.floor) : null,
    lift: s.lift?.stage ?? null,
    cart: s.cart ? { stage: s.cart.stage, choice: s.cart.choice } : null,
    answered: s.answered,
    idle: s.runner.idle > RUN.promptAfter,
    ahead: round(nextObstacle(s.runner, s.obstacles, s.sectionTime, 30)?.gap ?? -1),
  };
}
