/**
 * A side-on person as joints and angles, so one painter draws every frame of a run, a
 * stumble, a jump or a kneel. Angles are radians from straight down; positive swings
 * forward (to the right, the way he runs). Lengths are in pixels at the painter's scale.
 */

/** Where each limb points: thigh and shin per leg, upper arm and forearm per arm. */
export interface Pose {
  /** Torso lean forward from upright. */
  lean: number;
  /** How far the hips drop from standing height (a crouch, a kneel, a bob). */
  drop: number;
  legs: [Limb, Limb];
  arms: [Limb, Limb];
  /** Head bowed forward (looking at the phone, out of breath). */
  nod: number;
}

/** A limb's two segments: the upper angle, and how much the joint bends from it. */
export interface Limb {
  upper: number;
  bend: number;
}

/** A point in the frame. */
export interface Joint {
  x: number;
  y: number;
}

/** Proportions shared with the city's silhouettes (passersby.ts): a small head, long legs. */
export function bodyOf(height: number) {
  return {
    head: height * 0.075,
    thigh: height * 0.255,
    shin: height * 0.255,
    torso: height * 0.31,
    upperArm: height * 0.18,
    forearm: height * 0.17,
    width: height * 0.15,
    limb: height * 0.062,
  };
}

/** The end of a segment of `length` from `from`, at `angle` from straight down. */
export function reach(from: Joint, angle: number, length: number): Joint {
  return { x: from.x + Math.sin(angle) * length, y: from.y + Math.cos(angle) * length };
}

/** Strokes one limb (two segments) with round joints: the soft capsule look of the cast. */
export function limb(
  ctx: CanvasRenderingContext2D,
  from: Joint,
  l: Limb,
  lengths: [number, number],
  width: number,
  color: string,
  backward = false,
): Joint {
  // Knees bend back, elbows forward: the same bend, mirrored.
  const mid = reach(from, l.upper, lengths[0]);
  const end = reach(mid, l.upper + (backward ? -l.bend : l.bend), lengths[1]);
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  ctx.moveTo(from.x, from.y);
  ctx.lineTo(mid.x, mid.y);
  ctx.lineTo(end.x, end.y);
  ctx.stroke();
  return end;
}

/** Mixes two poses (t from 0 to 1), for in-between frames. */
export function blend(a: Pose, b: Pose, t: number): Pose {
  const m = (x: number, y: number) => x + (y - x) * t;
  const ml = (x: Limb, y: Limb): Limb => ({ upper: m(x.upper, y.upper), bend: m(x.bend, y.bend) });
  return {
    lean: m(a.lean, b.lean),
    drop: m(a.drop, b.drop),
    nod: m(a.nod, b.nod),
    legs: [ml(a.legs[0], b.legs[0]), ml(a.legs[1], b.legs[1])],
    arms: [ml(a.arms[0], b.arms[0]), ml(a.arms[1], b.arms[1])],
  };
}
