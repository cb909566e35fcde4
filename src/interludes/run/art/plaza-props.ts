import { glow, linear, rgba, roundRect } from '../../../scenes/painters/paint-kit';

/**
 * The plaza at noon, side-on: pale lamp posts, planted trees, benches, an OS1 pillar still
 * glowing its advertisement, the vendor's cart, and his oranges. Each paints at (0,0) into
 * its own canvas, `m` pixels a metre, standing on the canvas's bottom edge.
 */

/** A slim pale lamp post with a warm head (4.2 m). */
export function paintLampPost(ctx: CanvasRenderingContext2D, m: number): void {
  const h = 4.2 * m;
  ctx.fillStyle = linear(ctx, 0, 0, 0.3 * m, 0, [
    [0, '#f3e9e1'],
    [1, '#cdb6aa'],
  ]);
  ctx.fillRect(0.12 * m, 0.3 * m, 0.07 * m, h - 0.3 * m);
  ctx.fillRect(0.06 * m, h - 0.12 * m, 0.2 * m, 0.12 * m);
  roundRect(ctx, 0.02 * m, 0.12 * m, 0.55 * m, 0.12 * m, 0.06 * m);
  ctx.fill();
  glow(ctx, 0.42 * m, 0.3 * m, 0.3 * m, '#fff2dc', 0.5);
}

/** A tree in a stone planter, its canopy a soft sage cloud against the warm stone (3.6 m). */
export function paintPlanter(ctx: CanvasRenderingContext2D, m: number): void {
  const h = 3.6 * m;
  ctx.fillStyle = '#8a6a58';
  ctx.fillRect(0.72 * m, 1.3 * m, 0.1 * m, h - 1.8 * m);
  const blobs: [number, number, number, string][] = [
    [0.5, 1.0, 0.55, '#a3ad86'],
    [1.05, 0.95, 0.5, '#b3b893'],
    [0.8, 0.6, 0.55, '#bfc39f'],
    [0.75, 1.2, 0.5, '#98a27c'],
  ];
  for (const [x, y, r, c] of blobs) {
    ctx.fillStyle = c;
    ctx.beginPath();
    ctx.arc(x * m, y * m, r * m, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.fillStyle = linear(ctx, 0, h - 0.55 * m, 0, h, [
    [0, '#ecd9cb'],
    [1, '#c9a797'],
  ]);
  ctx.fillRect(0.1 * m, h - 0.55 * m, 1.35 * m, 0.55 * m);
  ctx.fillStyle = '#f6e9de';
  ctx.fillRect(0.05 * m, h - 0.6 * m, 1.45 * m, 0.07 * m);
}

/** A slatted bench (1.8 m long). */
export function paintBench(ctx: CanvasRenderingContext2D, m: number): void {
  const floor = 1.0 * m;
  ctx.fillStyle = '#b5774f';
  for (const y of [0.5, 0.58]) ctx.fillRect(0, floor - y * m, 1.8 * m, 0.06 * m);
  for (const y of [0.2, 0.3]) ctx.fillRect(0, floor - (0.62 + y) * m, 1.8 * m, 0.06 * m);
  ctx.fillStyle = '#6b4a44';
  for (const x of [0.15, 1.6]) ctx.fillRect(x * m, floor - 0.95 * m, 0.06 * m, 0.95 * m);
}

/** A pillar with the OS1 advertisement glowing on it, white and calm, as if nothing happened. */
export function paintAdPillar(ctx: CanvasRenderingContext2D, m: number): void {
  const h = 3 * m;
  ctx.fillStyle = '#e9d6c8';
  roundRect(ctx, 0, 0, 1.1 * m, h, 0.1 * m);
  ctx.fill();
  ctx.fillStyle = '#fffaf4';
  roundRect(ctx, 0.12 * m, 0.25 * m, 0.86 * m, 1.5 * m, 0.06 * m);
  ctx.fill();
  glow(ctx, 0.55 * m, 1.0 * m, 0.9 * m, '#ffffff', 0.55);
  // The ad's one mark: a small soft wave, the same shape her voice makes on screen.
  ctx.strokeStyle = rgba('#e2725b', 0.75);
  ctx.lineWidth = 0.04 * m;
  ctx.beginPath();
  for (let i = 0; i <= 20; i++) {
    const x = (0.25 + (i / 20) * 0.6) * m;
    const y = 1.0 * m + Math.sin(i * 0.9) * Math.sin((i / 20) * Math.PI) * 0.12 * m;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.stroke();
}

/** The vendor's cart (2 m): a wooden barrow on two wheels, a striped awning, a crate of oranges. */
export function paintCart(ctx: CanvasRenderingContext2D, m: number): void {
  const floor = 2.6 * m;
  ctx.fillStyle = '#7a5246';
  ctx.fillRect(0.25 * m, 0.35 * m, 0.05 * m, 1.6 * m);
  ctx.fillRect(1.75 * m, 0.35 * m, 0.05 * m, 1.6 * m);
  for (let i = 0; i < 6; i++) {
    ctx.fillStyle = i % 2 ? '#fbf0e4' : '#e2725b';
    ctx.fillRect((0.1 + i * 0.3) * m, 0.2 * m, 0.3 * m, 0.3 * m);
  }
  for (let i = 0; i < 9; i++)
    paintOrangeAt(
      ctx,
      (0.45 + (i % 5) * 0.25 + (i > 4 ? 0.12 : 0)) * m,
      (i > 4 ? 1.58 : 1.72) * m,
      0.13 * m,
    );
  ctx.fillStyle = linear(ctx, 0, 1.8 * m, 0, 2.3 * m, [
    [0, '#c98a5e'],
    [1, '#9a6444'],
  ]);
  ctx.fillRect(0.1 * m, 1.8 * m, 1.85 * m, 0.5 * m);
  ctx.fillStyle = '#6b4a44';
  ctx.fillRect(1.95 * m, 1.9 * m, 0.45 * m, 0.05 * m); // the handle
  ctx.beginPath();
  ctx.arc(0.7 * m, floor - 0.3 * m, 0.3 * m, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#d8b49a';
  ctx.beginPath();
  ctx.arc(0.7 * m, floor - 0.3 * m, 0.1 * m, 0, Math.PI * 2);
  ctx.fill();
}

/** One orange, centred on (x, y): round, bright, a highlight and a small leaf. */
export function paintOrangeAt(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
): void {
  ctx.fillStyle = '#f08a24';
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = rgba('#ffd9a0', 0.8);
  ctx.beginPath();
  ctx.arc(x - r * 0.35, y - r * 0.35, r * 0.3, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#7d9a4e';
  ctx.beginPath();
  ctx.ellipse(x + r * 0.35, y - r * 0.95, r * 0.35, r * 0.16, -0.5, 0, Math.PI * 2);
  ctx.fill();
}
