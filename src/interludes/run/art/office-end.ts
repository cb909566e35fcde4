import { glow, linear, rgba, roundRect } from '../../../scenes/painters/paint-kit';

/**
 * The end of the office floor: the elevator (a frame with the lit car inside, and two
 * brushed doors that slide apart over it) and Paul's front desk. Each paints at (0,0)
 * into its own canvas, `m` pixels a metre.
 */

/** Size of the elevator's frame canvas, and where the doorway sits in it. */
export const LIFT_FRAME = { w: 2.4, h: 3.1, door: { x: 0.5, y: 0.8, w: 1.4, h: 2.3 } } as const;

/** The elevator's wall and frame, and the warm lit car you see when the doors part. */
export function paintLiftFrame(ctx: CanvasRenderingContext2D, m: number): void {
  const { w, h, door } = LIFT_FRAME;
  ctx.fillStyle = linear(ctx, 0, 0, 0, h * m, [
    [0, '#c89a80'],
    [1, '#a97a62'],
  ]);
  ctx.fillRect(0, 0, w * m, h * m);
  ctx.fillStyle = linear(ctx, 0, door.y * m, 0, (door.y + door.h) * m, [
    [0, '#ffe6cf'],
    [0.6, '#f2b98f'],
    [1, '#b9775a'],
  ]);
  ctx.fillRect(door.x * m, door.y * m, door.w * m, door.h * m);
  glow(ctx, (door.x + door.w / 2) * m, (door.y + 0.3) * m, 1.2 * m, '#fff4e4', 0.6);
  ctx.strokeStyle = '#8c5e4a';
  ctx.lineWidth = 0.08 * m;
  ctx.strokeRect(door.x * m, door.y * m, door.w * m, door.h * m);
  // The floor indicator: a dark pill and a small down arrow, lit coral.
  ctx.fillStyle = '#3b2621';
  roundRect(ctx, (w / 2 - 0.35) * m, 0.3 * m, 0.7 * m, 0.26 * m, 0.13 * m);
  ctx.fill();
  ctx.fillStyle = '#ff9a76';
  ctx.beginPath();
  ctx.moveTo((w / 2 - 0.08) * m, 0.38 * m);
  ctx.lineTo((w / 2 + 0.08) * m, 0.38 * m);
  ctx.lineTo((w / 2) * m, 0.5 * m);
  ctx.fill();
  ctx.fillStyle = '#e8ccb6'; // the call button, which he will wear out
  ctx.beginPath();
  ctx.arc((w - 0.22) * m, 1.9 * m, 0.07 * m, 0, Math.PI * 2);
  ctx.fill();
}

/** One brushed door leaf (they slide apart over the frame's doorway). */
export function paintLiftLeaf(ctx: CanvasRenderingContext2D, m: number): void {
  const { door } = LIFT_FRAME;
  const w = (door.w / 2) * m;
  const h = door.h * m;
  ctx.fillStyle = linear(ctx, 0, 0, w, 0, [
    [0, '#c9a18a'],
    [0.6, '#e8c8ae'],
    [1, '#d2ac93'],
  ]);
  ctx.fillRect(0, 0, w, h);
  for (let i = 0; i < 40; i++) {
    // Fine vertical scratches, as on the elevator painting's doors.
    ctx.fillStyle = rgba(i % 2 ? '#ffffff' : '#6e4536', 0.06 + ((i * 37) % 10) / 120);
    ctx.fillRect((((i * 53) % 97) / 97) * w, 0, 1 + (i % 3), h);
  }
  ctx.fillStyle = rgba('#5a382c', 0.5);
  ctx.fillRect(w - 2, 0, 2, h);
}

/** Paul's front desk: a white counter with a coral stripe, and his sandwich on a plate. */
export function paintReception(ctx: CanvasRenderingContext2D, m: number): void {
  const top = 0.25 * m;
  ctx.fillStyle = '#f7ede4';
  roundRect(ctx, 0, top, 2.4 * m, 1.1 * m, 0.06 * m);
  ctx.fill();
  ctx.fillStyle = '#e2725b';
  ctx.fillRect(0, top + 0.42 * m, 2.4 * m, 0.1 * m);
  ctx.fillStyle = rgba('#b98f7e', 0.4);
  ctx.fillRect(0, top + 1.0 * m, 2.4 * m, 0.1 * m);
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.ellipse(1.75 * m, top, 0.26 * m, 0.05 * m, 0, 0, Math.PI * 2);
  ctx.fill();
  // The sandwich: bread, a ruffle of lettuce, bread.
  ctx.fillStyle = '#e9c48f';
  roundRect(ctx, 1.55 * m, top - 0.16 * m, 0.4 * m, 0.07 * m, 0.03 * m);
  ctx.fill();
  ctx.fillStyle = '#9cb46a';
  ctx.fillRect(1.53 * m, top - 0.1 * m, 0.44 * m, 0.035 * m);
  ctx.fillStyle = '#e9c48f';
  roundRect(ctx, 1.55 * m, top - 0.075 * m, 0.4 * m, 0.06 * m, 0.03 * m);
  ctx.fill();
}
