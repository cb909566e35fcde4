import { RUN } from './config';

/** How he moves this frame: `run` carries him on, `free` lets him walk either way, `hold` stands. */
export type Stride = 'run' | 'free' | 'hold';

/** What the player asks of him this frame, already read from keys, stick or finger. */
export interface RunInput {
  /** Along the way: 1 full ahead, -1 back (left), 0 nothing. */
  drive: number;
  /** In the elevator: how hard he leans on the door button (any direction held, 0–1). */
  urge: number;
  /** Jump, sidestep, or jab the button: once per press. */
  jump: boolean;
}

/** The runner: where he is, how fast, his step, and what is happening to him. */
export interface Runner {
  s: number;
  v: number;
  /** 0–1 through a stride cycle (two footfalls). */
  gait: number;
  /** Seconds left of a jump or sidestep, and which one it is. */
  dodge: number;
  dodgeKind: 'hop' | 'swerve';
  cooldown: number;
  /** Seconds left of a stumble after a bump. */
  stumble: number;
  /** Seconds since the player last asked for anything. */
  idle: number;
}

/** A runner standing at `s`. */
export function newRunner(s = 0): Runner {
  return { s, v: 0, gait: 0, dodge: 0, dodgeKind: 'hop', cooldown: 0, stumble: 0, idle: 0 };
}

/** Input that counts as the player doing something (for the idle carry and the prompt). */
export function isActive(input: RunInput): boolean {
  return Math.abs(input.drive) > 0.2 || input.urge > 0.2 || input.jump;
}

/** The speed he heads for: running when asked, carried on slowly when not, capped by a stumble. */
export function targetSpeed(r: Runner, input: RunInput, stride: Stride): number {
  if (stride === 'hold') return 0;
  if (stride === 'free') return Math.abs(input.drive) > 0.2 ? input.drive * RUN.gatherSpeed : 0;
  let target: number;
  if (input.drive > 0.2) target = RUN.runSpeed * Math.min(1, input.drive / 0.7);
  else if (input.drive < -0.2) target = RUN.brakeSpeed;
  else {
    const ramp = Math.min(1, Math.max(0, r.idle - RUN.carryRampAfter) / RUN.carryRampTime);
    target = RUN.carrySpeed + (RUN.carryMax - RUN.carrySpeed) * ramp;
  }
  return r.stumble > 0 ? Math.min(target, RUN.stumbleCap) : target;
}

/**
 * Moves him one frame and returns how many footfalls he made (for the sound of his steps).
 * `limit` is a point he cannot pass yet (closed doors, the cart across his way).
 */
export function moveRunner(
  r: Runner,
  input: RunInput,
  dt: number,
  stride: Stride,
  limit = Infinity,
): number {
  r.idle = isActive(input) ? 0 : r.idle + dt;
  r.dodge = Math.max(0, r.dodge - dt);
  r.cooldown = Math.max(0, r.cooldown - dt);
  r.stumble = Math.max(0, r.stumble - dt);
  const target = targetSpeed(r, input, stride);
  const rate = Math.abs(target) > Math.abs(r.v) ? RUN.accel : RUN.decel;
  r.v += Math.sign(target - r.v) * Math.min(Math.abs(target - r.v), rate * dt);
  r.s += r.v * dt;
  if (r.s > limit) {
    r.s = limit;
    r.v = Math.min(r.v, 0);
  }
  // A stride lengthens with speed: short steps walking, long ones running flat out.
  const strideLength = 0.7 + 0.23 * Math.abs(r.v);
  const travelled = r.gait + (Math.abs(r.v) * dt) / (2 * strideLength);
  const footfalls = Math.floor(travelled * 2) - Math.floor(r.gait * 2);
  r.gait = travelled % 1;
  return footfalls;
}

/** Starts a jump (over low things) or a sidestep (around people), if he is ready to. */
export function startDodge(r: Runner, kind: 'hop' | 'swerve'): boolean {
  if (r.dodge > 0 || r.cooldown > 0) return false;
  r.dodge = RUN.dodgeTime;
  r.dodgeKind = kind;
  r.cooldown = RUN.dodgeTime + RUN.dodgeCooldown;
  return true;
}

/** A bump: he staggers, slows right down, and picks up again (he never stops for good). */
export function stumble(r: Runner): void {
  r.stumble = RUN.stumbleTime;
  r.v = Math.min(r.v, RUN.stumbleSpeed);
}
