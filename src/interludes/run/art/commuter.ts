import { bodyOf, limb, reach, type Joint, type Limb } from './pose';
import { rgba } from '../../../scenes/painters/paint-kit';

/** Darkens a `#rrggbb` colour by `k` (0–1), for the far arm and leg. */
function shade(hex: string, k: number): string {
  const n = parseInt(hex.slice(1), 16);
  const c = (v: number) =>
    Math.round(v * (1 - k))
      .toString(16)
      .padStart(2, '0');
  return `#${c((n >> 16) & 255)}${c((n >> 8) & 255)}${c(n & 255)}`;
}

/**
 * One of the city's people, side-on and facing right, mid-stride (`stride` from -1 to 1),
 * in one colour like every crowd in the game. `onCall`: a hand at the ear and the small
 * light of a device there, because half this city is talking to someone who isn't here.
 */
export function paintCommuter(
  ctx: CanvasRenderingContext2D,
  footX: number,
  footY: number,
  height: number,
  color: string,
  stride: number,
  onCall: boolean,
): Joint {
  const b = bodyOf(height);
  const leg = (s: number): Limb => ({ upper: 0.38 * s, bend: 0.12 + 0.5 * Math.max(0, -s) });
  const legs = [leg(stride), leg(-stride)] as const;
  const hip: Joint = {
    x: footX,
    y: footY - (b.thigh + b.shin) * Math.cos(0.38 * Math.abs(stride)) * 0.985,
  };
  const neck = reach(hip, Math.PI - 0.05, b.torso);
  const shoulder = reach(neck, 0.05, b.head * 0.6);
  const far = shade(color, 0.22);
  const lengths: [number, number] = [b.thigh, b.shin];
  const arms: [number, number] = [b.upperArm, b.forearm];

  ctx.save();
  limb(ctx, shoulder, { upper: -0.45 * stride, bend: 0.25 }, arms, b.limb * 0.9, far);
  limb(ctx, hip, legs[1], lengths, b.limb * 1.1, far, true);
  limb(ctx, hip, legs[0], lengths, b.limb * 1.15, color, true);
  // A coat to mid-thigh, the city's uniform, narrowing a little at the hem.
  ctx.fillStyle = color;
  const half = b.width * 0.55;
  ctx.beginPath();
  ctx.moveTo(neck.x - half, neck.y + half * 0.4);
  ctx.quadraticCurveTo(neck.x, neck.y - half * 0.5, neck.x + half, neck.y + half * 0.4);
  ctx.lineTo(hip.x + half * 0.95, hip.y + b.thigh * 0.45);
  ctx.lineTo(hip.x - half * 1.05, hip.y + b.thigh * 0.45);
  ctx.closePath();
  ctx.fill();
  const headAt = reach(neck, Math.PI - 0.08, b.head * 1.3);
  ctx.beginPath();
  ctx.arc(headAt.x, headAt.y, b.head, 0, Math.PI * 2);
  ctx.fill();
  // The near arm: swinging, or raised with a hand cupped at the ear.
  const near: Limb = onCall ? { upper: 1.9, bend: 2.36 } : { upper: 0.45 * stride, bend: 0.25 };
  const hand = limb(ctx, shoulder, near, arms, b.limb, color);
  if (onCall) {
    ctx.fillStyle = rgba('#fff3df', 0.9);
    ctx.beginPath();
    ctx.arc(hand.x - b.head * 0.15, hand.y + b.head * 0.35, b.head * 0.24, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.restore();
  return hand;
}
