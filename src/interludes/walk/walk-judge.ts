/**
 * Samantha's side of the walk: she gives each direction, watches him follow it, and says so
 * when he peeks, plants his feet, walks through a stop or sets off the wrong way. Every line
 * she (or the street) says is a stitch of the walk_lines knot, named here.
 */
import { startle, watchEyes } from './walk-body';
import { startCello, startFamily } from './walk-crowd';
import { effort } from './walk-move';
import { followed, ROUTE, STRETCHES } from './walk-route';
import {
  currentDirection,
  herLead,
  type Ending,
  type WalkInput,
  type WalkState,
} from './walk-state';
import { createVigil, keepWatch, trustedThrough, type Verdict } from './walk-trust';
import { watchCello, watchWrongWay } from './walk-warnings';

const BUMPED = ['cello', 'family', 'stroller', 'phone'] as const;
/** Every stitch of walk_lines the walk may read (the ink must have each; tests check). */
export const WALK_STITCHES: readonly string[] = [
  'eyes_shut',
  ...ROUTE.map((d) => d.id),
  ...['cello', 'nudge', 'hand_nudge', 'rush', 'wrong_way', 'peek_again', 'bump', 'bump_counter'],
  ...STRETCHES.flatMap((s) => [`peek_${s}`, `balk_${s}`]),
  ...BUMPED.map((kind) => `bump_${kind}`),
  ...(['palm', 'looked', 'chest'] as const).map((e) => `slice_${e}`),
];

/** Queues the stitch `walk_lines.<stitch>` to be read (a direction stays up; asides pass). */
export function say(s: WalkState, stitch: string, direction = false): void {
  s.events.push({ type: 'say', stitch, direction });
}

/** The peek: his eyes open for a moment, and the stretch he is in loses its point. */
export function lookOrNot(s: WalkState, held: boolean, dt: number): void {
  const change = watchEyes(s.eyes, held, dt);
  if (!change) return;
  s.events.push({ type: 'eyes', open: change === 'open' });
  if (change === 'shut') return;
  startle(s.heart, 6);
  const stretch = ROUTE[Math.max(0, s.at)]?.stretch ?? 0;
  const record = s.ledger[stretch];
  const first = record ? !record.peeked : false;
  if (record) record.peeked = true;
  if (currentDirection(s)?.kind === 'hand') return end(s, 'looked');
  say(s, first ? `peek_${STRETCHES[stretch]}` : 'peek_again');
}

/** Watches him follow the direction in force, and gives the next one once he has. */
export function follow(s: WalkState, input: WalkInput, metres: number, dt: number): void {
  const direction = currentDirection(s);
  if (!direction) return;
  const record = s.ledger[direction.stretch];
  if (direction.kind === 'hand' && input.action) return end(s, 'palm');
  const verdict = keepWatch(s.vigil, direction.kind, effort(input.move), metres, dt);
  if (record && verdict === 'balk') record.balked = true;
  if (record && verdict === 'rush') record.rushed = true;
  if (verdict === 'balk' && direction.kind === 'hand') return end(s, 'chest');
  if (verdict) {
    startle(s.heart, verdict === 'nudge' ? 0 : 5);
    say(s, verdictStitch(verdict, direction.kind === 'hand', STRETCHES[direction.stretch]));
  }
  if (watchCello(s.warnings, s.people, s.theo)) say(s, 'cello');
  if (watchWrongWay(s.warnings, direction, s.theo, herLead(s), s.time, dt)) say(s, 'wrong_way');
  if (!followed(direction, s.theo, s.people, s.vigil.held)) return;
  // A stretch walked on her word alone: his heart believes it before he does.
  const lastOfStretch = ROUTE[s.at + 1]?.stretch !== direction.stretch;
  if (record && lastOfStretch && trustedThrough(record)) startle(s.heart, -10);
  advance(s);
}

function verdictStitch(verdict: NonNullable<Verdict>, hand: boolean, stretch?: string): string {
  if (verdict === 'nudge') return hand ? 'hand_nudge' : 'nudge';
  return verdict === 'rush' ? 'rush' : `balk_${stretch ?? 'cello'}`;
}

/** Gives her next direction, calling in the people it involves. */
export function advance(s: WalkState): void {
  s.phase = 'walking';
  s.at++;
  s.vigil = createVigil();
  const next = ROUTE[s.at];
  if (!next) return;
  if (next.id === 'straight') startCello(s.people, s.theo.z);
  if (next.id === 'stop') startFamily(s.people, s.theo);
  say(s, next.id, true);
}

/** The slice arrives and his eyes open; the scene reads the last line and finishes. */
export function end(s: WalkState, ending: Ending): void {
  s.phase = 'ending';
  s.ending = ending;
  s.events.push({ type: 'end', ending });
  say(s, `slice_${ending}`, true);
}
