/** Tables at night: a walnut table for two, its candles, small plates, two glasses and chairs. */
import { glow, linear, rgba, roundRect } from '../paint-kit';

/** A candle in a short glass: wax, a flame, and the warm light it throws on the table. */
export function candle(ctx: CanvasRenderingContext2D, x: number, y: number, h: number): void {
  const w = h * 0.55;
  glow(ctx, x, y - h, h * 4, '#ffb060', 0.16, true);
  ctx.fillStyle = rgba('#ffe6c0', 0.35);
  roundRect(ctx, x - w * 0.7, y - h * 0.55, w * 1.4, h * 0.55, w * 0.2);
  ctx.fill();
  ctx.fillStyle = '#fff0dc';
  ctx.fillRect(x - w / 2, y - h, w, h);
  ctx.fillStyle = '#ffd27a'; // the flame, a teardrop leaning a little in a draught
  ctx.beginPath();
  ctx.moveTo(x + h * 0.03, y - h - h * 0.7);
  ctx.quadraticCurveTo(x + w * 0.45, y - h - h * 0.15, x, y - h - h * 0.04);
  ctx.quadraticCurveTo(x - w * 0.4, y - h - h * 0.2, x + h * 0.03, y - h - h * 0.7);
  ctx.fill();
  glow(ctx, x, y - h - h * 0.25, h * 0.8, '#fff4d0', 0.6, true);
}

/** The table for two seen across the room: its top, two chairs, plates, glasses and candles. */
export function tableForTwo(ctx: CanvasRenderingContext2D, cx: number, top: number, s: number) {
  const half = 210 * s;
  for (const side of [-1, 1]) chair(ctx, cx + side * (half + 24 * s), top, s, side);
  ctx.fillStyle = '#2a1412';
  ctx.fillRect(cx - 14 * s, top + 20 * s, 28 * s, 190 * s); // a single pedestal
  ctx.beginPath();
  ctx.ellipse(cx, top + 212 * s, 90 * s, 12 * s, 0, 0, Math.PI * 2);
  ctx.fill();
  // The top: dark walnut, its front edge and the candle light pooled across it.
  ctx.fillStyle = linear(ctx, 0, top - 30 * s, 0, top + 24 * s, [
    [0, '#7a3a2a'],
    [1, '#4a2018'],
  ]);
  ctx.beginPath();
  ctx.ellipse(cx, top, half, 30 * s, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#2e1410';
  ctx.fillRect(cx - half, top, half * 2, 14 * s);
  ctx.beginPath();
  ctx.ellipse(cx, top + 14 * s, half, 30 * s, 0, 0, Math.PI);
  ctx.fill();
  ctx.strokeStyle = rgba('#ffb486', 0.55); // candle light catching the near rim
  ctx.lineWidth = 2 * s;
  ctx.beginPath();
  ctx.ellipse(cx, top, half, 30 * s, 0, Math.PI * 0.15, Math.PI * 0.85);
  ctx.stroke();
  glow(ctx, cx, top, half * 0.8, '#ffb060', 0.16, true);
  ctx.strokeStyle = '#d9a86a'; // chopsticks laid across a rest: the fusion half of the menu
  ctx.lineWidth = 2.5 * s;
  ctx.beginPath();
  for (const dy of [16, 21]) {
    ctx.moveTo(cx - 100 * s, top + dy * s);
    ctx.lineTo(cx - 10 * s, top + (dy + 4) * s);
  }
  ctx.stroke();

  // Small plates in confident piles, then two glasses, then the candles between them.
  const plates: [number, number, string][] = [
    [-120, 6, '#e8a04a'],
    [-40, 14, '#c4503d'],
    [60, 4, '#8fb86a'],
    [140, 12, '#f2c46a'],
  ];
  for (const [dx, dy, food] of plates) plate(ctx, cx + dx * s, top + dy * s, s, food);
  glass(ctx, cx - 175 * s, top + 6 * s, s, '#9a1f2a');
  glass(ctx, cx + 178 * s, top + 8 * s, s, '#f0c870');
  for (const [dx, h] of [
    [-12, 34],
    [14, 24],
    [32, 42],
  ] as const) {
    candle(ctx, cx + dx * s, top + 2 * s, h * s);
  }
}

/** A small white plate seen low from the side, heaped with something colourful. */
function plate(ctx: CanvasRenderingContext2D, x: number, y: number, s: number, food: string) {
  ctx.fillStyle = '#f4e6d8';
  ctx.beginPath();
  ctx.ellipse(x, y, 34 * s, 8 * s, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = food;
  ctx.beginPath();
  ctx.ellipse(x, y - 4 * s, 20 * s, 10 * s, 0, Math.PI, 0);
  ctx.fill();
  ctx.fillStyle = rgba('#fff6e0', 0.5);
  ctx.fillRect(x - 8 * s, y - 11 * s, 8 * s, 2.5 * s);
}

/** A stemmed glass with a drink in it, rimmed by candle light. */
function glass(ctx: CanvasRenderingContext2D, x: number, y: number, s: number, drink: string) {
  const w = 15 * s;
  const bowl = y - 44 * s;
  ctx.fillStyle = rgba('#ffe8d0', 0.22);
  ctx.beginPath();
  ctx.moveTo(x - w, bowl - 30 * s);
  ctx.quadraticCurveTo(x - w, bowl + 4 * s, x, bowl + 6 * s);
  ctx.quadraticCurveTo(x + w, bowl + 4 * s, x + w, bowl - 30 * s);
  ctx.fill();
  ctx.fillStyle = drink; // half gone already: she is ahead of him
  ctx.beginPath();
  ctx.moveTo(x - w * 0.9, bowl - 12 * s);
  ctx.quadraticCurveTo(x - w * 0.9, bowl + 4 * s, x, bowl + 5 * s);
  ctx.quadraticCurveTo(x + w * 0.9, bowl + 4 * s, x + w * 0.9, bowl - 12 * s);
  ctx.fill();
  ctx.fillStyle = rgba('#ffe8d0', 0.6);
  ctx.fillRect(x - 1.2 * s, bowl + 5 * s, 2.4 * s, y - bowl - 6 * s);
  ctx.fillRect(x - 9 * s, y - 2 * s, 18 * s, 2.5 * s);
  ctx.fillStyle = rgba('#fff4e0', 0.8);
  ctx.fillRect(x + w * 0.45, bowl - 26 * s, 2 * s, 18 * s);
}

/** A chair at the table's end, side-on, a deeper red than the banquette so it stands apart. */
function chair(ctx: CanvasRenderingContext2D, x: number, top: number, s: number, side: number) {
  ctx.fillStyle = '#2a1210';
  for (const dx of [-26, 26]) ctx.fillRect(x + dx * s - 3 * s, top + 60 * s, 6 * s, 150 * s);
  ctx.fillStyle = linear(ctx, 0, top - 130 * s, 0, top + 70 * s, [
    [0, '#c8483e'],
    [1, '#8a2a2c'],
  ]);
  roundRect(ctx, x - 40 * s, top + 40 * s, 80 * s, 24 * s, 10 * s);
  ctx.fill();
  // The back rises from the seat's outer edge, raked back a little, upholstered and rounded.
  ctx.save();
  ctx.translate(x + side * 34 * s, top + 56 * s);
  ctx.rotate(side * 0.1);
  ctx.fillStyle = linear(ctx, 0, -160 * s, 0, 6 * s, [
    [0, '#c8483e'],
    [1, '#8a2a2c'],
  ]);
  roundRect(ctx, -16 * s, -160 * s, 32 * s, 166 * s, 16 * s);
  ctx.fill();
  ctx.fillStyle = rgba('#ffc2a4', 0.35); // candle light along the edge nearest the table
  ctx.fillRect(-side * 12 * s - 1.5 * s, -150 * s, 3 * s, 140 * s);
  ctx.restore();
}
