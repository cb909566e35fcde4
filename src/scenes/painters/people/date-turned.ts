/**
 * The Date turned away (her "hurt" pose): in profile, face lowered, the moment the evening
 * goes wrong. Kept apart from date.ts because it shares no geometry with her front poses.
 */
import { rgba } from '../paint-kit';
import { pivot, shaded } from './figure-kit';
import { hand, limb } from './limbs';
import { rimLight } from './body-kit';
import { DATE, dateProfile } from './date-hair';

/** Turned away in profile, face lowered, a hand gone to her collarbone. */
export function dateTurnedAway(ctx: CanvasRenderingContext2D): void {
  const sY = 630;
  const n = new Path2D(); // the neck, leaning toward her lowered face
  n.moveTo(290, sY - 10);
  n.lineTo(276, sY - 130);
  n.lineTo(340, sY - 136);
  n.lineTo(370, sY - 20);
  n.closePath();
  shaded(ctx, n, DATE.face.skin, DATE.face.shadow, 270, 370, 0.5);
  // Seen from the side: bare shoulder, the dress's front curve, her back straight.
  const side = new Path2D();
  side.moveTo(282, sY - 30);
  side.bezierCurveTo(250, sY + 10, 216, sY + 80, 214, sY + 170);
  side.bezierCurveTo(212, sY + 260, 238, sY + 320, 236, sY + 420);
  side.lineTo(230, 1140);
  side.lineTo(424, 1140);
  side.bezierCurveTo(424, 900, 418, sY + 200, 412, sY + 90);
  side.bezierCurveTo(408, sY + 20, 390, sY - 30, 360, sY - 40);
  side.closePath();
  shaded(ctx, side, DATE.face.skin, DATE.face.shadow, 210, 430, 0.45);
  const d = new Path2D();
  d.moveTo(236, sY + 40);
  d.lineTo(336, sY - 20);
  d.lineTo(380, sY - 24);
  d.lineTo(384, sY + 60);
  d.lineTo(430, sY + 90);
  d.lineTo(430, 1140);
  d.lineTo(220, 1140);
  d.closePath();
  ctx.save();
  ctx.clip(side);
  shaded(ctx, d, DATE.dress.base, DATE.dress.shadow, 210, 430, 0.6);
  ctx.restore();
  rimLight(ctx, side, '#ff8f78', 200, 430);
  pivot(ctx, 310, sY - 80, -0.22, () => dateProfile(ctx, 310, sY - 214));
  // Her near arm, elbow down, the forearm folded up across her so the hand finds her collarbone.
  limb(
    ctx,
    [
      [360, sY + 70],
      [348, sY + 286],
    ],
    54,
    DATE.face.skin,
  );
  limb(
    ctx,
    [
      [348, sY + 286],
      [300, sY + 170],
      [264, sY + 64],
    ],
    60,
    rgba(DATE.face.shadow, 0.45),
  );
  limb(
    ctx,
    [
      [348, sY + 286],
      [300, sY + 170],
      [264, sY + 64],
    ],
    52,
    DATE.face.skin,
  );
  hand(ctx, 262, sY + 20, -1.9, DATE.face.skin, rgba(DATE.face.shadow, 0.6));
}
