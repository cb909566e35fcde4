/** The double date's picnic: a checked blanket laid on the slope and the food for four on it. */
import { linear, rgba, roundRect } from '../paint-kit';

type Pt = readonly [number, number];

/** Bilinear point inside a quad (near-left, near-right, far-right, far-left) at u across, v deep. */
function at(q: readonly [Pt, Pt, Pt, Pt], u: number, v: number): [number, number] {
  const [a, b, c, d] = q;
  const nx = a[0] + (b[0] - a[0]) * u;
  const ny = a[1] + (b[1] - a[1]) * u;
  const fx = d[0] + (c[0] - d[0]) * u;
  const fy = d[1] + (c[1] - d[1]) * u;
  return [nx + (fx - nx) * v, ny + (fy - ny) * v];
}

/** The blanket: cream with coral checks, foreshortened onto the grass, one corner turned up. */
export function blanket(ctx: CanvasRenderingContext2D, q: readonly [Pt, Pt, Pt, Pt]): void {
  const cell = (u0: number, v0: number, u1: number, v1: number) => {
    ctx.beginPath();
    ctx.moveTo(...at(q, u0, v0));
    ctx.lineTo(...at(q, u1, v0));
    ctx.lineTo(...at(q, u1, v1));
    ctx.lineTo(...at(q, u0, v1));
    ctx.closePath();
  };
  ctx.fillStyle = rgba('#3f5a34', 0.3); // its edge lifting off the grass
  cell(-0.01, -0.05, 1.01, 0.98);
  ctx.fill();
  ctx.fillStyle = '#fbeee0';
  cell(0, 0, 1, 1);
  ctx.fill();
  // Gingham: coral bands both ways, deeper where they cross.
  const n = 8;
  ctx.fillStyle = rgba('#e2644e', 0.5);
  for (let i = 0; i < n; i += 2) {
    cell(i / n, 0, (i + 1) / n, 1);
    ctx.fill();
    cell(0, i / n, 1, (i + 1) / n);
    ctx.fill();
  }
  ctx.fillStyle = rgba('#fff6ea', 0.25);
  cell(0, 0.6, 1, 1); // the far half catches more sky
  ctx.fill();
}

/** Lunch for four: basket, bread, a bottle, glasses, a bowl of fruit and plates, on the blanket. */
export function food(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  // Wicker basket with its lid propped and handle arched.
  ctx.fillStyle = linear(ctx, 0, y - 70, 0, y, [
    [0, '#d9a65e'],
    [1, '#a8733c'],
  ]);
  roundRect(ctx, x - 190, y - 70, 150, 74, 12);
  ctx.fill();
  ctx.strokeStyle = rgba('#8a5a2e', 0.5);
  ctx.lineWidth = 2;
  for (let i = 1; i < 5; i++) {
    ctx.beginPath();
    ctx.moveTo(x - 190, y - 70 + i * 15);
    ctx.lineTo(x - 40, y - 70 + i * 15);
    ctx.stroke();
  }
  ctx.strokeStyle = '#a8733c';
  ctx.lineWidth = 7;
  ctx.beginPath();
  ctx.arc(x - 115, y - 70, 52, Math.PI, 0);
  ctx.stroke();
  // A baguette leaning out of it.
  ctx.fillStyle = '#e0a25a';
  ctx.save();
  ctx.translate(x - 70, y - 90);
  ctx.rotate(-0.6);
  roundRect(ctx, -14, -70, 28, 120, 14);
  ctx.fill();
  ctx.restore();
  // The bottle and four glasses of rosé.
  ctx.fillStyle = '#4f7a5a';
  roundRect(ctx, x + 10, y - 110, 34, 100, 8);
  ctx.fill();
  ctx.fillRect(x + 20, y - 150, 14, 44);
  ctx.fillStyle = rgba('#ffffff', 0.4);
  ctx.fillRect(x + 16, y - 100, 5, 80);
  for (const [gx, gy] of [
    [x + 80, y - 14],
    [x + 124, y - 2],
    [x - 10, y + 24],
    [x + 190, y + 20],
  ] as const) {
    ctx.fillStyle = rgba('#ffffff', 0.55); // a tumbler: pale glass, rosé in the bottom half
    roundRect(ctx, gx - 12, gy - 46, 24, 46, 4);
    ctx.fill();
    ctx.fillStyle = '#ee8f84';
    roundRect(ctx, gx - 10, gy - 24, 20, 21, 3);
    ctx.fill();
    ctx.fillStyle = rgba('#ffffff', 0.9);
    ctx.fillRect(gx - 8, gy - 42, 3, 30);
  }
  // Plates, and a bowl heaped with oranges and grapes.
  ctx.fillStyle = '#ffffff';
  for (const [px, py] of [
    [x + 290, y - 30],
    [x - 250, y + 30],
  ] as const) {
    ctx.beginPath();
    ctx.ellipse(px, py, 56, 16, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.fillStyle = '#f3a13f';
  for (const [ox, oy] of [
    [x + 250, y - 48],
    [x + 280, y - 56],
    [x + 306, y - 46],
  ] as const) {
    ctx.beginPath();
    ctx.arc(ox, oy, 17, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.fillStyle = '#8e4a6a';
  for (let i = 0; i < 9; i++) {
    ctx.beginPath();
    ctx.arc(x - 270 + (i % 3) * 13 + (i > 5 ? 6 : 0), y + 18 - Math.floor(i / 3) * 9, 8, 0, 7);
    ctx.fill();
  }
}
