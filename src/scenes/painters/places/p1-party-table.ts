/** Jocelyn's party table: a cloth with bunting, the cake with four candles, cups and presents. */
import { glow, linear, rgba, roundRect } from '../paint-kit';

/** The table from x to x + w with its top at `y`: cloth, bunting, cake, lemonade and cups. */
export function cakeTable(ctx: CanvasRenderingContext2D, x: number, y: number, w: number): void {
  const cloth = 96;
  ctx.fillStyle = rgba('#5a4a30', 0.25); // shadow thrown back toward us by the low sun
  ctx.beginPath();
  ctx.ellipse(x + w * 0.4, y + cloth + 8, w * 0.6, 16, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = linear(ctx, x, 0, x + w, 0, [
    [0, '#efd9c8'],
    [1, '#fbeee2'],
  ]);
  ctx.fillRect(x, y, w, cloth);
  ctx.fillStyle = '#fff6ec';
  ctx.fillRect(x - 6, y - 6, w + 12, 12);
  const flags = ['#e8604c', '#f3a1a8', '#f0c060', '#8fc2b8'];
  for (let i = 0; i * 44 < w - 20; i++) {
    // Little triangles of bunting along the cloth's edge, a four-year-old's colours.
    ctx.fillStyle = flags[i % flags.length] ?? '#e8604c';
    ctx.beginPath();
    ctx.moveTo(x + 10 + i * 44, y + 8);
    ctx.lineTo(x + 46 + i * 44, y + 8);
    ctx.lineTo(x + 28 + i * 44, y + 40);
    ctx.fill();
  }
  ctx.save();
  ctx.translate(x + w * 0.42, y - 6);
  ctx.scale(0.6, 0.6); // drawn big for its details, set down at the size a cake is next to people
  cake(ctx, 0, 0);
  ctx.restore();
  // A pitcher of pink lemonade and a stack of paper cups.
  ctx.fillStyle = rgba('#fff6ec', 0.7);
  roundRect(ctx, x + w * 0.75, y - 58, 38, 52, 8);
  ctx.fill();
  ctx.fillStyle = rgba('#f07a7a', 0.75);
  roundRect(ctx, x + w * 0.75 + 3, y - 40, 32, 32, 6);
  ctx.fill();
  for (let i = 0; i < 3; i++) {
    ctx.fillStyle = i % 2 ? '#f3a1a8' : '#8fc2b8';
    ctx.beginPath();
    ctx.moveTo(x + w * 0.1 + i * 30, y - 6);
    ctx.lineTo(x + w * 0.1 + i * 30 + 20, y - 6);
    ctx.lineTo(x + w * 0.1 + i * 30 + 23, y - 34);
    ctx.lineTo(x + w * 0.1 + i * 30 - 3, y - 34);
    ctx.fill();
  }
}

/** Two tiers, pink on cream, four candles lit: the brightest small thing in the garden. */
function cake(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  ctx.fillStyle = '#fff6ec';
  ctx.beginPath();
  ctx.ellipse(x, y, 110, 12, 0, 0, Math.PI * 2); // the plate
  ctx.fill();
  ctx.fillStyle = '#f3a1a8';
  roundRect(ctx, x - 90, y - 70, 180, 66, 12);
  ctx.fill();
  ctx.fillStyle = '#fbe6cf';
  roundRect(ctx, x - 58, y - 118, 116, 52, 10);
  ctx.fill();
  ctx.fillStyle = '#fff6ec'; // frosting drips along each tier
  for (const [ty, hw] of [
    [y - 70, 90],
    [y - 118, 58],
  ] as const) {
    ctx.beginPath();
    ctx.moveTo(x - hw, ty + 6);
    for (let dx = -hw; dx <= hw; dx += 20) ctx.arc(x + dx + 10, ty + 8, 10, Math.PI, 0, true);
    ctx.lineTo(x + hw, ty);
    ctx.lineTo(x - hw, ty);
    ctx.fill();
  }
  for (let i = 0; i < 4; i++) {
    const cx = x - 36 + i * 24;
    ctx.fillStyle = i % 2 ? '#8fc2b8' : '#e8604c';
    ctx.fillRect(cx - 4, y - 150, 8, 34);
    glow(ctx, cx, y - 160, 26, '#ffc870', 0.8, true);
    ctx.fillStyle = '#fff1c8';
    ctx.beginPath();
    ctx.ellipse(cx, y - 160, 4.5, 8, 0, 0, Math.PI * 2);
    ctx.fill();
  }
}

/** A small heap of presents in the grass at (x, footY), ribbons crossed over each box. */
export function presents(ctx: CanvasRenderingContext2D, x: number, footY: number): void {
  for (const [dx, w, h, box, ribbon] of [
    [0, 90, 70, '#8fc2b8', '#fff6ec'],
    [80, 70, 92, '#e8604c', '#f0c060'],
    [30, 60, 50, '#f0c060', '#e8604c'],
  ] as const) {
    const by = footY - h - (dx === 30 ? 70 : 0);
    ctx.fillStyle = box;
    ctx.fillRect(x + dx, by, w, h);
    ctx.fillStyle = ribbon;
    ctx.fillRect(x + dx + w / 2 - 5, by, 10, h);
    ctx.fillRect(x + dx, by + h / 2 - 5, w, 10);
  }
}
