/** The studio's screens: Amy's game "Houseplant", its fern drawn wilting, and its floor plan. */
import { glow, linear, rgba, roundRect } from '../paint-kit';
import { bezel } from './p1-edit-suite';
import { fern } from './p1-fern';

/** Amy's monitor: the game itself, a fern in a flat while two people argue across the room. */
export function houseplantScreen(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  bezel(ctx, x, y, w, h, '#fff0d0');
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.fillStyle = linear(ctx, 0, y, 0, y + h, [
    [0, '#86c2b8'],
    [1, '#5f9f98'],
  ]);
  ctx.fillRect(x, y, w, h);
  ctx.fillStyle = '#f3d9a0'; // the game's window, a square of cartoon afternoon
  ctx.fillRect(x + w * 0.38, y + h * 0.14, w * 0.22, h * 0.34);
  ctx.fillStyle = '#fff4d6';
  ctx.fillRect(x + w * 0.485, y + h * 0.14, w * 0.01, h * 0.34);
  ctx.fillStyle = '#e7a866';
  ctx.fillRect(x, y + h * 0.74, w, h * 0.26); // floor
  fern(ctx, rand, {
    x: x + w * 0.2,
    floorY: y + h * 0.82,
    size: h * 0.34,
    fronds: 9,
    green: '#5aa04a',
    pot: '#e2725b',
  });
  // The couple, mid-fight: two simple figures leaning in, scribbles flying between them.
  for (const [fx, hex, lean] of [
    [0.7, '#e2725b', 0.12],
    [0.86, '#4f6fb0', -0.12],
  ] as const) {
    ctx.save();
    ctx.translate(x + w * fx, y + h * 0.78);
    ctx.rotate(lean);
    ctx.fillStyle = hex;
    roundRect(ctx, -w * 0.035, -h * 0.3, w * 0.07, h * 0.3, w * 0.03);
    ctx.fill();
    ctx.fillStyle = '#f1c6a8';
    ctx.beginPath();
    ctx.arc(0, -h * 0.36, h * 0.055, 0, Math.PI * 2);
    ctx.fill();
    ctx.restore();
  }
  // The argument: a speech bubble over each, nothing in them but red scribble.
  for (const [bx, dir] of [
    [0.66, 1],
    [0.9, -1],
  ] as const) {
    const cx = x + w * bx;
    const cy = y + h * 0.2;
    ctx.fillStyle = '#fbf5e8';
    ctx.beginPath();
    ctx.ellipse(cx, cy, w * 0.075, h * 0.08, 0, 0, Math.PI * 2);
    ctx.moveTo(cx + dir * w * 0.01, cy + h * 0.06);
    ctx.lineTo(cx + dir * w * 0.03, cy + h * 0.14);
    ctx.lineTo(cx + dir * w * 0.04, cy + h * 0.05);
    ctx.fill();
    ctx.strokeStyle = '#d9453a';
    ctx.lineWidth = 2.5;
    ctx.lineJoin = 'round';
    ctx.beginPath();
    for (let i = 0; i <= 6; i++)
      ctx.lineTo(
        cx - w * 0.045 + i * w * 0.015,
        cy + (i % 2 ? -1 : 1) * h * 0.025 + (rand() - 0.5) * 3,
      );
    ctx.stroke();
  }
  // The water meter, nearly empty: nobody waters you.
  ctx.fillStyle = rgba('#1c2a30', 0.5);
  roundRect(ctx, x + w * 0.04, y + h * 0.06, w * 0.26, h * 0.07, 6);
  ctx.fill();
  ctx.fillStyle = '#8fd3ff';
  roundRect(ctx, x + w * 0.05, y + h * 0.075, w * 0.05, h * 0.04, 4);
  ctx.fill();
  ctx.restore();
  glow(ctx, x + w * 0.3, y + h * 0.3, w * 0.4, '#ffffff', 0.07, true);
}

/** A sheet of concept sketches: the same fern lush, then drooping, then brown. */
export function wiltScreen(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  bezel(ctx, x, y, w, h, '#fff0d0');
  ctx.fillStyle = '#f6eedd';
  ctx.fillRect(x, y, w, h);
  const greens = ['#5aa04a', '#8f9a48', '#b0824a'];
  greens.forEach((green, i) => {
    const cx = x + w * (0.18 + i * 0.32);
    ctx.fillStyle = rgba('#c9b48a', 0.35);
    ctx.beginPath();
    ctx.ellipse(cx, y + h * 0.86, w * 0.11, h * 0.04, 0, 0, Math.PI * 2);
    ctx.fill();
    fern(ctx, rand, {
      x: cx,
      floorY: y + h * 0.86,
      size: h * (0.42 - i * 0.07),
      fronds: 8 - i,
      green,
      pot: '#e2725b',
    });
  });
}

/** The level: a flat's floor plan in flat pastel rooms, the fern's spot marked in green. */
export function planScreen(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  bezel(ctx, x, y, w, h, '#fff0d0');
  ctx.fillStyle = '#2c2a38';
  ctx.fillRect(x, y, w, h);
  const rooms: readonly (readonly [number, number, number, number, string])[] = [
    [0.06, 0.1, 0.4, 0.46, '#f2b8a2'],
    [0.48, 0.1, 0.46, 0.3, '#f3dc94'],
    [0.48, 0.42, 0.2, 0.48, '#bcd3d6'],
    [0.7, 0.42, 0.24, 0.48, '#c6b2dc'],
    [0.06, 0.58, 0.4, 0.32, '#a9d1a0'],
  ];
  for (const [rx, ry, rw, rh, c] of rooms) {
    ctx.fillStyle = c;
    ctx.fillRect(x + w * rx, y + h * ry, w * rw, h * rh);
  }
  glow(ctx, x + w * 0.2, y + h * 0.3, h * 0.12, '#3f9a3a', 1); // the fern, where it stands
  ctx.fillStyle = '#3f9a3a';
  ctx.beginPath();
  ctx.arc(x + w * 0.2, y + h * 0.3, h * 0.045, 0, Math.PI * 2);
  ctx.fill();
}
