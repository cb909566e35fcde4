/**
 * The eyes-closed walk as rules, with no drawing in it: one `stepWalk` per frame takes the
 * player's steering, peek and hand, moves him and the crowd, lets Samantha keep the route and
 * the trust ledger (walk-judge.ts), and returns what happened: lines to read from ink, sounds,
 * the ending. The scene draws and plays those; tests drive them directly.
 */
import { resolveBumps } from './walk-bump';
import { beat, startle } from './walk-body';
import { moveCrowd } from './walk-crowd-move';
import { advance, follow, lookOrNot, say } from './walk-judge';
import { stepWalker, type Steer } from './walk-move';
import type { WalkEvent, WalkInput, WalkState } from './walk-state';

export { createWalk, currentDirection, herLead, walkProbe, walkTrust } from './walk-state';
export type { Ending, WalkEvent, WalkInput, WalkState } from './walk-state';
export { WALK_STITCHES } from './walk-judge';

/** Seconds of the street alone before her first direction: time to hear where he is. */
export const INTRO_SECONDS = 5.5;
/** Seconds between two "that's the counter" thuds, however he leans on it. */
const COUNTER_AGAIN = 2.5;
const STILL: Steer = { x: 0, y: 0 };

/** One frame of `dt` seconds; returns this frame's events (the array is reused next frame). */
export function stepWalk(s: WalkState, input: WalkInput, dt: number): WalkEvent[] {
  const out = s.events;
  out.length = 0;
  if (s.time === 0) say(s, 'eyes_shut', true);
  s.time += dt;
  if (s.phase !== 'ending') lookOrNot(s, input.peek, dt);
  const fromX = s.theo.x;
  const fromZ = s.theo.z;
  const feet = stepWalker(s.theo, s.phase === 'ending' ? STILL : input.move, dt);
  if (feet.step) out.push({ type: 'step' });
  if (feet.counter && s.time - s.warnings.counterAt > COUNTER_AGAIN) {
    s.warnings.counterAt = s.time;
    out.push({ type: 'counter' });
    say(s, 'bump_counter');
  }
  s.sounds.length = 0;
  moveCrowd(s.people, s.theo, dt, s.rand, s.sounds);
  for (const sound of s.sounds) out.push({ type: 'crowd', sound });
  const bump = resolveBumps(s.theo, s.people, s.bumps, s.time);
  if (bump) {
    s.bumpCount++;
    startle(s.heart, 12);
    out.push({ type: 'bump', bump });
    say(s, bump.person.kind === 'walker' ? 'bump' : `bump_${bump.person.kind}`);
  }
  const moved = Math.hypot(s.theo.x - fromX, s.theo.z - fromZ);
  if (s.phase === 'intro' && s.time >= INTRO_SECONDS) advance(s);
  else if (s.phase === 'walking') follow(s, input, moved, dt);
  if (beat(s.heart, dt)) out.push({ type: 'beat' });
  return out;
}
