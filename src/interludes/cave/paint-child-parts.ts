/** The alien child's parts: body and face, arms with three fingers, stubby legs. */
import { linear } from '../../scenes/painters/paint-kit';

/** A palette for the child. */
export interface Look {
  skin: string;
  shade: string;
  iris: string;
}

/** His everyday lime green. */
export const LIME: Look = { skin: '#a6ec7e', shade: '#5fae4f', iris: '#5a2d82' };
/** Frozen by the pause: drained to hologram blue, as if the colour went out of him. */
export const ICE: Look = { skin: '#b9c8e6', shade: '#7d8db8', iris: '#4b5a82' };

/** A thin arm ending in three spread fingers. */
export function arm(
  ctx: CanvasRenderingContext2D,
  look: Look,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): void {
  ctx.strokeStyle = look.shade;
  ctx.lineCap = 'round';
  ctx.lineWidth = 4;
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
  const a = Math.atan2(y1 - y0, x1 - x0);
  ctx.lineWidth = 2.2;
  for (const spread of [-0.7, 0, 0.7]) {
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x1 + Math.cos(a + spread) * 6, y1 + Math.sin(a + spread) * 6);
    ctx.stroke();
  }
}

/** The body and face around (0, -26): a pear of green with the eye taking up most of it. */
export function body(
  ctx: CanvasRenderingContext2D,
  look: Look,
  mouth: 'smirk' | 'open' | 'sulk',
  lid: number,
): void {
  ctx.fillStyle = linear(ctx, -16, -40, 16, -8, [
    [0, look.skin],
    [1, look.shade],
  ]);
  ctx.beginPath(); // a bean: narrower at the top, a round little belly
  ctx.moveTo(0, -44);
  ctx.bezierCurveTo(14, -44, 19, -22, 16, -14);
  ctx.bezierCurveTo(12, -6, -12, -6, -16, -14);
  ctx.bezierCurveTo(-19, -24, -12, -44, 0, -44);
  ctx.fill();
  // One bendy antenna with a glowing bead, and a few darker freckles: not from round here.
  ctx.strokeStyle = look.shade;
  ctx.lineWidth = 2.2;
  ctx.beginPath();
  ctx.moveTo(-4, -42);
  ctx.quadraticCurveTo(-10, -54, -2, -58);
  ctx.stroke();
  ctx.fillStyle = look === ICE ? '#dfe8ff' : '#fff3a8';
  ctx.beginPath();
  ctx.arc(-2, -58, 3, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = look.shade;
  for (const [x, y] of [
    [-11, -24],
    [-8, -19],
    [-12, -18],
  ] as const) {
    ctx.beginPath();
    ctx.arc(x, y, 1.3, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.fillStyle = '#fbfbf4';
  ctx.beginPath();
  ctx.ellipse(3, -31, 12, 11.5, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = look.iris;
  ctx.beginPath();
  ctx.arc(6, -30, 6.4, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#0d0612';
  ctx.beginPath();
  ctx.arc(7, -30, 3, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(8, -34, 2.5, 2.5);
  if (lid > 0) {
    // A heavy lid for the sulk: the eye half shut, unimpressed by everything.
    ctx.fillStyle = look.skin;
    ctx.beginPath();
    ctx.ellipse(3, -31, 13, 12.5, 0, Math.PI, Math.PI * 2);
    ctx.rect(-10, -31, 26, 12 * lid - 12);
    ctx.fill();
  }
  ctx.strokeStyle = '#2a1430';
  ctx.lineWidth = 1.8;
  ctx.beginPath();
  if (mouth === 'open') {
    ctx.fillStyle = '#3a1030';
    ctx.ellipse(6, -15, 5, 4, 0, 0, Math.PI * 2);
    ctx.fill();
  } else if (mouth === 'sulk') {
    ctx.arc(5, -11, 5, -2.4, -0.7);
    ctx.stroke();
  } else {
    ctx.moveTo(0, -16);
    ctx.quadraticCurveTo(6, -13, 11, -17);
    ctx.stroke();
    ctx.fillStyle = '#fbfbf4'; // the one snaggle tooth
    ctx.fillRect(7, -15.5, 2.4, 3);
  }
}

/** Two stubby legs, feet `a` and `b` units forward of the hips. */
export function legs(ctx: CanvasRenderingContext2D, look: Look, a: number, b: number): void {
  ctx.strokeStyle = look.shade;
  ctx.lineCap = 'round';
  ctx.lineWidth = 5;
  ctx.beginPath();
  ctx.moveTo(-6, -12);
  ctx.lineTo(-6 + a, -1);
  ctx.moveTo(6, -12);
  ctx.lineTo(6 + b, -1);
  ctx.stroke();
}
