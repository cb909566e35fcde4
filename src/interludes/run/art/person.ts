import { bodyOf, limb, reach, type Joint, type Pose } from './pose';
import { THEODORE, type Palette } from './palettes';

/**
 * Paints a person side-on (Theodore unless told otherwise), facing right, feet on `footY`,
 * `height` tall, in `pose`. The lower foot always touches the ground. Returns where the
 * near hand is (his holds the phone).
 */
export function paintPerson(
  ctx: CanvasRenderingContext2D,
  pose: Pose,
  footX: number,
  footY: number,
  height: number,
  p: Palette = THEODORE,
): Joint {
  const b = bodyOf(height);
  const legs: [number, number] = [b.thigh, b.shin];
  const arms: [number, number] = [b.upperArm, b.forearm];
  // Find where the feet fall from a hip at the origin, then stand the lowest on the ground.
  const feet = pose.legs.map((l) =>
    reach(reach({ x: 0, y: 0 }, l.upper, b.thigh), l.upper - l.bend, b.shin),
  );
  const low = Math.max(...feet.map((f) => f.y));
  const hip: Joint = { x: footX, y: footY - low - b.limb * 0.4 };
  const neck = reach(hip, Math.PI - pose.lean, b.torso);
  const shoulder = reach(neck, pose.lean, b.head * 0.6);

  ctx.save();
  // Far side first, a shade darker: the arm and leg behind his body.
  limb(ctx, shoulder, pose.arms[1], arms, b.limb * 0.9, p.shirtFar);
  const farFoot = limb(ctx, hip, pose.legs[1], legs, b.limb * 1.15, p.trousersFar, true);
  shoe(ctx, farFoot, pose.legs[1].upper - pose.legs[1].bend, b.limb, p.shoe);

  // The body: a soft capsule of shirt, tucked into high-waisted trousers.
  ctx.lineCap = 'round';
  ctx.strokeStyle = p.shirt;
  ctx.lineWidth = b.width;
  ctx.beginPath();
  ctx.moveTo(neck.x, neck.y + b.width * 0.3);
  ctx.lineTo(hip.x, hip.y - b.width * 0.2);
  ctx.stroke();
  ctx.strokeStyle = p.trousers;
  ctx.lineWidth = b.width * 0.8;
  const belt = reach(hip, Math.PI - pose.lean, b.torso * 0.18);
  ctx.beginPath();
  ctx.moveTo(belt.x, belt.y);
  ctx.lineTo(hip.x, hip.y);
  ctx.stroke();

  const nearFoot = limb(ctx, hip, pose.legs[0], legs, b.limb * 1.2, p.trousers, true);
  shoe(ctx, nearFoot, pose.legs[0].upper - pose.legs[0].bend, b.limb, p.shoe);
  const tilt = pose.lean + pose.nod;
  head(ctx, reach(neck, Math.PI - tilt * 0.7, b.head * 1.25), b.head, tilt, p);
  const hand = limb(ctx, shoulder, pose.arms[0], arms, b.limb, p.shirt);
  ctx.fillStyle = p.skin;
  ctx.beginPath();
  ctx.arc(hand.x, hand.y, b.limb * 0.55, 0, Math.PI * 2);
  ctx.fill();
  if (p.phone) {
    // The phone's back faces us; its light is drawn over it by the scene, so it can change.
    ctx.fillStyle = '#2b2226';
    ctx.beginPath();
    ctx.roundRect(
      hand.x - b.limb * 0.35,
      hand.y - b.limb * 1.3,
      b.limb * 0.75,
      b.limb * 1.45,
      b.limb * 0.15,
    );
    ctx.fill();
  }
  ctx.restore();
  return hand;
}

/** A shoe: a short rounded wedge along the sole, pointing the way the shin allows. */
function shoe(
  ctx: CanvasRenderingContext2D,
  at: Joint,
  shin: number,
  size: number,
  color: string,
): void {
  ctx.save();
  ctx.translate(at.x, at.y);
  ctx.rotate(-shin * 0.6);
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.ellipse(size * 0.55, size * 0.15, size * 1.05, size * 0.5, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
}

/** His head in profile: hair swept back, round glasses, the moustache. */
function head(ctx: CanvasRenderingContext2D, c: Joint, r: number, tilt: number, p: Palette): void {
  ctx.save();
  ctx.translate(c.x, c.y);
  ctx.rotate(tilt * 0.6);
  ctx.fillStyle = p.skin;
  ctx.beginPath();
  ctx.arc(0, 0, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.beginPath(); // the nose, a small bump forward
  ctx.ellipse(r * 0.95, r * 0.1, r * 0.22, r * 0.18, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = p.hair;
  ctx.beginPath();
  ctx.arc(-r * 0.08, -r * 0.12, r * 1.02, Math.PI * 0.78, Math.PI * 1.92);
  ctx.quadraticCurveTo(r * 0.2, -r * 0.55, -r * 0.35, -r * 0.2);
  ctx.lineTo(-r * 0.55, r * 0.55);
  ctx.closePath();
  ctx.fill();
  if (!p.glasses) return void ctx.restore();
  ctx.fillRect(r * 0.35, r * 0.42, r * 0.55, r * 0.16); // the moustache
  ctx.strokeStyle = p.hair;
  ctx.lineWidth = Math.max(1, r * 0.1);
  ctx.beginPath();
  ctx.arc(r * 0.55, -r * 0.12, r * 0.26, 0, Math.PI * 2); // round glasses
  ctx.moveTo(r * 0.29, -r * 0.14);
  ctx.lineTo(-r * 0.2, -r * 0.22);
  ctx.stroke();
  ctx.restore();
}
