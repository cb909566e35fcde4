import { blend, type Pose } from './pose';

/** One of eight frames of his run: legs and arms swinging opposite, knees tucking forward. */
export function runPose(frame: number, frames = 8): Pose {
  const phi = (frame / frames) * Math.PI * 2;
  const leg = (p: number) => ({
    upper: 0.62 * Math.sin(p),
    bend: 0.3 + 1.05 * Math.max(0, Math.cos(p)),
  });
  return {
    lean: 0.2,
    drop: 0,
    nod: 0.05,
    legs: [leg(phi), leg(phi + Math.PI)],
    // The far arm swings against the near leg; the near hand keeps the phone up in front.
    arms: [
      { upper: 0.35 + 0.22 * Math.sin(phi + Math.PI), bend: 1.55 },
      { upper: 0.8 * Math.sin(phi + Math.PI), bend: 1.3 },
    ],
  };
}

const STAND: Pose = {
  lean: 0.02,
  drop: 0,
  nod: 0.25,
  legs: [
    { upper: 0.06, bend: 0.05 },
    { upper: -0.06, bend: 0.05 },
  ],
  arms: [
    { upper: 0.25, bend: 1.75 },
    { upper: -0.05, bend: 0.15 },
  ],
};

/** The still poses: waiting, bumped, jumping, jabbing a button, out of breath, kneeling. */
export const POSES = {
  /** Standing, looking down at the phone. */
  stand: STAND,
  /** Bumped: rocked back, arms out for balance. */
  stumble: {
    lean: -0.22,
    drop: 0,
    nod: -0.2,
    legs: [
      { upper: 0.45, bend: 0.15 },
      { upper: -0.2, bend: 0.4 },
    ],
    arms: [
      { upper: 2.3, bend: 0.4 },
      { upper: 1.9, bend: 0.5 },
    ],
  },
  /** Mid-jump: knees up, arms forward. */
  hop: {
    lean: 0.25,
    drop: 0,
    nod: 0,
    legs: [
      { upper: 1.1, bend: 1.5 },
      { upper: 0.1, bend: 1.4 },
    ],
    arms: [
      { upper: 0.9, bend: 1.2 },
      { upper: -0.6, bend: 0.8 },
    ],
  },
  /** Jabbing the elevator button, arm out straight. */
  jab: {
    ...STAND,
    lean: 0.12,
    nod: 0,
    arms: [
      { upper: 1.45, bend: 0.15 },
      { upper: -0.1, bend: 0.2 },
    ],
  },
  /** At the top of the steps: bent double, hands on his knees, the phone still in one. */
  bent: {
    lean: 1.0,
    drop: 0,
    nod: -0.5,
    legs: [
      { upper: 0.35, bend: 0.45 },
      { upper: -0.1, bend: 0.3 },
    ],
    arms: [
      { upper: -0.35, bend: 0.2 },
      { upper: -0.2, bend: 0.15 },
    ],
  },
  /** Down on one knee among the oranges, reaching. */
  kneel: {
    lean: 0.45,
    drop: 0,
    nod: 0.3,
    legs: [
      { upper: 1.35, bend: 1.45 },
      { upper: 0.2, bend: 1.75 },
    ],
    arms: [
      { upper: 0.75, bend: 0.35 },
      { upper: 0.4, bend: 0.4 },
    ],
  },
} satisfies Record<string, Pose>;

/** A still pose by name. */
export type StillPose = keyof typeof POSES;

/** A step of the walk (slower, shorter than the run), for the elevator and the gathering. */
export function walkPose(frame: number, frames = 8): Pose {
  return blend(STAND, runPose(frame, frames), 0.45);
}
