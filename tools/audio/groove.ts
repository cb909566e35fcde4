/**
 * A soft groove for the brighter pieces: felt kick on one and three, finger snaps on two and
 * four, and a shaker in eighths. The caller decides, beat by beat, how much of it plays, so
 * a section can drop to shaker only or bring the kit in gradually.
 */
import { shaker, snap, softKick } from './instruments.ts';
import type { Mix } from './mix.ts';
import type { Rng } from './rng.ts';
import { drift, humanVel } from './score.ts';

/** How much of the kit plays at a beat: each level in [0, 1], 0 leaves the voice out. */
export interface GrooveLevels {
  kick: number;
  snap: number;
  shaker: number;
}

/** Place the groove on eighth notes from `from` to `to` beats (4/4), shaped by `levels`. */
export function addGroove(
  mix: Mix,
  spb: number,
  from: number,
  to: number,
  levels: (beat: number) => GrooveLevels,
  rng: Rng,
): void {
  for (let beat = from; beat < to; beat += 0.5) {
    const on = beat % 1 === 0;
    const inBar = beat % 4;
    const lv = levels(beat);
    if (on && lv.kick > 0 && (inBar === 0 || inBar === 2)) {
      const v = humanVel(rng, (inBar === 0 ? 0.75 : 0.6) * lv.kick, 0.05);
      mix.add(softKick(v), beat * spb, 0.45, 0);
    }
    if (on && lv.snap > 0 && (inBar === 1 || inBar === 3)) {
      // Snaps sit a hair late: laid back, not mechanical.
      const at = beat * spb + 0.008 + drift(rng, 0.004);
      mix.add(snap(humanVel(rng, 0.45 * lv.snap), rng), at, 0.55, -0.12, { verb: 0.45 });
    }
    if (lv.shaker > 0) {
      const v = humanVel(rng, (on ? 0.22 : 0.34) * lv.shaker, 0.15);
      mix.add(shaker(v, rng), beat * spb + drift(rng, 0.004), 0.8, 0.3, { verb: 0.15 });
    }
  }
}
