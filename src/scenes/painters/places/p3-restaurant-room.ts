/**
 * The fusion restaurant's room: a deep red wall, one big window onto the city, a long coral
 * banquette beneath it, and brass pendant lamps hung low over the tables.
 */
import { glow, linear, rgba, roundRect } from '../paint-kit';
import { bokeh } from '../lens';
import { towerRow } from './skyline';
import { softBox } from './p3-lens';

const WINDOW = { x: 560, y: 120, w: 800, h: 400 } as const;
/** Where the banquette's seat is, so diners can sit on it. */
export const SEAT_Y = 640;
const BACK_TOP = 520;

/** The city through the window: out of focus, violet, full of warm lights, behind brass frames. */
export function cityWindow(ctx: CanvasRenderingContext2D, rand: () => number): void {
  const { x, y, w, h } = WINDOW;
  const glass = new Path2D();
  glass.roundRect(x, y, w, h, 18);
  ctx.save();
  ctx.clip(glass);
  // Focus is on the table, so the city is painted small and enlarged: only its lights survive.
  softBox(ctx, 3, WINDOW, (c) => {
    c.fillStyle = linear(c, 0, y, 0, y + h, [
      [0, '#1a1230'],
      [0.6, '#43284a'],
      [1, '#9a4a5a'],
    ]);
    c.fillRect(x, y, w, h);
    glow(c, x + w * 0.55, y + h, w * 0.5, '#ff9a70', 0.4);
    const row = { seed: rand, baseY: y + h, span: [x - 40, x + w + 40] as const, gap: 14 };
    towerRow(c, {
      ...row,
      widths: [50, 110],
      heights: [150, 320],
      colors: ['#c898a8', '#9a6a86', '#7a5274'], // pale towers, blushing in the city's uplight
      windows: { color: '#ffcf8a', chance: 0.25, cell: 9 },
    });
    towerRow(c, {
      ...row,
      widths: [90, 170],
      heights: [80, 220],
      gap: 80,
      colors: ['#4a2e4e', '#5a3450', '#36223e'],
      windows: { color: '#ffb070', chance: 0.3, cell: 13 },
    });
  });
  bokeh(
    ctx,
    rand,
    22,
    { x, y: y + h * 0.3, w, h: h * 0.7 },
    ['#ffc98a', '#ff8a6b', '#ffe0b0'],
    8,
    30,
  );
  // The room reflected in the glass: a faint sheen, and the nearest lamps floating over the city.
  ctx.fillStyle = linear(ctx, x, y, x + w, y + h, [
    [0, rgba('#ffd8c0', 0.1)],
    [0.5, rgba('#ffd8c0', 0)],
    [1, rgba('#ffd8c0', 0.08)],
  ]);
  ctx.fillRect(x, y, w, h);
  ctx.restore();
  ctx.strokeStyle = '#b8864e';
  ctx.lineWidth = 10;
  ctx.stroke(glass);
  ctx.fillStyle = '#b8864e';
  for (const f of [1 / 3, 2 / 3]) ctx.fillRect(x + w * f - 4, y, 8, h);
}

/** The long coral banquette along the back wall, its channel tufting catching the lamp light. */
export function banquette(ctx: CanvasRenderingContext2D): void {
  ctx.fillStyle = linear(ctx, 0, BACK_TOP, 0, SEAT_Y, [
    [0, '#e2725b'],
    [1, '#a63f36'],
  ]);
  roundRect(ctx, -20, BACK_TOP, 1960, SEAT_Y - BACK_TOP + 20, 26);
  ctx.fill();
  ctx.fillStyle = rgba('#5a1a1e', 0.35);
  for (let x = 40; x < 1920; x += 80) ctx.fillRect(x - 2, BACK_TOP + 16, 4, SEAT_Y - BACK_TOP - 20);
  ctx.fillStyle = rgba('#ffd2b8', 0.5);
  ctx.fillRect(0, BACK_TOP + 6, 1920, 4);
  ctx.fillStyle = linear(ctx, 0, SEAT_Y, 0, SEAT_Y + 46, [
    [0, '#f08a6c'],
    [1, '#8e3430'],
  ]);
  roundRect(ctx, -20, SEAT_Y - 6, 1960, 52, 16);
  ctx.fill();
}

/** A brass pendant lamp on a long cord: dome shade, a glowing underside and its halo. */
export function pendant(ctx: CanvasRenderingContext2D, x: number, y: number, r: number): void {
  ctx.fillStyle = '#1a0c0e';
  ctx.fillRect(x - 1.5, 0, 3, y - r * 0.6);
  glow(ctx, x, y + r * 0.3, r * 6, '#ffb870', 0.28, true);
  ctx.fillStyle = linear(ctx, x - r, 0, x + r, 0, [
    [0, '#6a4020'],
    [0.35, '#e8b470'],
    [1, '#5a3418'],
  ]);
  ctx.beginPath();
  ctx.ellipse(x, y, r, r * 0.75, 0, Math.PI, 0);
  ctx.fill();
  ctx.fillStyle = '#fff1d6';
  ctx.beginPath();
  ctx.ellipse(x, y, r * 0.96, r * 0.2, 0, 0, Math.PI * 2);
  ctx.fill();
  glow(ctx, x, y + r * 0.1, r * 1.6, '#fff0d0', 0.7, true);
}
