/**
 * Body shapes for the second cast, proportioned like Paul's and Catherine's: the torso from
 * shoulders to the waist at the frame's bottom, the neck, sleeved arms and a pointing hand.
 */
import { linear, rgba } from '../paint-kit';
import { shaded, type Pt } from './figure-kit';
import { hand, limb } from './limbs';

/** A cloth's two colours: lit and shaded. */
export interface Cloth {
  base: string;
  shadow: string;
}

/**
 * The torso: a neck opening `neckW` wide at shoulder line `sY`, shoulders `sw` either side of
 * the centre line, easing to `ww` at the waist. `cx` moves it sideways for leaning poses.
 */
export function torso(sY: number, sw: number, ww: number, neckW = 58, cx = 320): Path2D {
  const t = new Path2D();
  t.moveTo(cx - neckW, sY - 36);
  t.bezierCurveTo(cx - sw * 0.66, sY - 30, cx - sw, sY - 8, cx - sw, sY + 72);
  t.bezierCurveTo(cx - sw - 6, sY + 250, cx - ww - 4, 900, cx - ww, 1080);
  t.lineTo(cx - ww, 1140); // past the frame, so a leaning pose never lifts off the bottom
  t.lineTo(cx + ww, 1140);
  t.lineTo(cx + ww, 1080);
  t.bezierCurveTo(cx + ww + 4, 900, cx + sw + 6, sY + 250, cx + sw, sY + 72);
  t.bezierCurveTo(cx + sw, sY - 8, cx + sw * 0.66, sY - 30, cx + neckW, sY - 36);
  t.closePath();
  return t;
}

/** The neck, with the shadow under the jaw that seats the head on it. */
export function neck(
  ctx: CanvasRenderingContext2D,
  sY: number,
  half: number,
  skin: string,
  shadow: string,
  cx = 320,
): void {
  const n = new Path2D();
  n.rect(cx - half, sY - 130, half * 2, 150);
  shaded(ctx, n, skin, shadow, cx - half, cx + half, 0.5);
  ctx.fillStyle = rgba(shadow, 0.45);
  ctx.fillRect(cx - half, sY - 130, half * 2, 36);
}

/** A sleeved arm: a darker rim under the cloth keeps an arm crossing the body off the body. */
export function sleeve(
  ctx: CanvasRenderingContext2D,
  pts: readonly Pt[],
  width: number,
  cloth: Cloth,
  rim = true,
): void {
  // Arms that cross the body get a strong rim; hanging ones only a seam against the torso.
  limb(ctx, pts, width + (rim ? 12 : 6), rgba(cloth.shadow, rim ? 0.5 : 0.3));
  limb(ctx, pts, width, cloth.base);
}

/** An arm that crosses in front of the body needs a rim to stay separate from it. */
export function crossesBody(arm: readonly Pt[]): boolean {
  return arm.some(([x, y]) => x > 240 && x < 400 && y > 600);
}

/** A hand with the index finger raised: making a point. Drawn upright, turned by `angle`. */
export function pointHand(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  angle: number,
  skin: string,
  crease: string,
): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.rotate(angle);
  ctx.fillStyle = skin;
  ctx.beginPath();
  ctx.ellipse(0, 4, 30, 34, 0, 0, Math.PI * 2); // the curled fist
  ctx.fill();
  ctx.beginPath();
  ctx.ellipse(-12, -50, 10, 36, -0.05, 0, Math.PI * 2); // the raised finger, long and plain
  ctx.fill();
  ctx.strokeStyle = crease;
  ctx.lineWidth = 3;
  ctx.lineCap = 'round';
  for (const fy of [-10, 6, 22]) {
    ctx.beginPath(); // the curled fingers' knuckles
    ctx.moveTo(12, fy);
    ctx.quadraticCurveTo(24, fy - 2, 28, fy + 4);
    ctx.stroke();
  }
  ctx.beginPath(); // the thumb folded across them
  ctx.moveTo(-22, 18);
  ctx.quadraticCurveTo(0, 6, 16, 14);
  ctx.stroke();
  ctx.restore();
}

/** A hand pointing left across the body with its thumb on top: `hand` mirrored top to bottom. */
export function leftHand(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  angle: number,
  skin: string,
  crease: string,
): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(1, -1);
  hand(ctx, 0, 0, -angle, skin, crease);
  ctx.restore();
}

/**
 * A rim of light just inside a shape's edge, strongest at `x0` and gone by `x1`: keeps a dark
 * figure separate from a dark room (the Date's red dress in a low-lit restaurant).
 */
export function rimLight(
  ctx: CanvasRenderingContext2D,
  path: Path2D,
  hex: string,
  x0: number,
  x1: number,
): void {
  ctx.save();
  ctx.clip(path);
  ctx.strokeStyle = linear(ctx, x0, 0, x1, 0, [
    [0, rgba(hex, 0.55)],
    [1, rgba(hex, 0)],
  ]);
  ctx.lineWidth = 16;
  ctx.stroke(path);
  ctx.restore();
}
