/** The cabin's cloth: wool plaid, the curtains made of it, and blankets folded on a bench. */
import { linear, rgba, roundRect } from '../paint-kit';

/** Fills the path `trace` draws with a wool plaid: broad bands both ways, thin lines between. */
export function plaid(
  ctx: CanvasRenderingContext2D,
  trace: () => void,
  box: readonly [number, number, number, number],
  colors: readonly [string, string, string],
  cell: number,
): void {
  const [bx, by, bw, bh] = box; // stripes only within the shape's bounds: clipped fills still cost
  ctx.save();
  trace();
  ctx.fillStyle = colors[0];
  ctx.fill();
  ctx.clip();
  for (const [hex, a, off, t] of [
    [colors[1], 0.55, 0, cell * 0.42],
    [colors[2], 0.7, cell * 0.7, 3],
  ] as const) {
    ctx.fillStyle = rgba(hex, a);
    for (let g = off; g < bw; g += cell) ctx.fillRect(bx + g, by, t, bh);
    for (let g = off; g < bh; g += cell) ctx.fillRect(bx, by + g, bw, t);
  }
  ctx.restore();
}

/** Curtains of red plaid tied back either side of a window from `x0` to `x1`, rod at `top`. */
export function curtains(
  ctx: CanvasRenderingContext2D,
  x0: number,
  x1: number,
  top: number,
  sill: number,
): void {
  ctx.fillStyle = '#2a140c';
  ctx.fillRect(x0 - 90, top - 8, x1 - x0 + 180, 10);
  for (const [edge, dir] of [
    [x0, -1],
    [x1, 1],
  ] as const) {
    const tie = top + (sill - top) * 0.62;
    plaid(
      ctx,
      () => {
        ctx.beginPath();
        ctx.moveTo(edge - dir * 50, top);
        ctx.quadraticCurveTo(edge - dir * 30, tie - 60, edge + dir * 20, tie);
        ctx.quadraticCurveTo(edge + dir * 10, sill - 20, edge + dir * 90, sill + 30);
        ctx.lineTo(edge + dir * 96, top);
        ctx.closePath();
      },
      [Math.min(edge - dir * 50, edge + dir * 96), top, 150, sill + 40 - top],
      ['#8e2a1e', '#4a120c', '#d9a060'],
      34,
    );
    ctx.fillStyle = '#d9a060'; // the tie-back cord
    ctx.fillRect(edge + dir * 20 - 18, tie - 4, 36, 8);
  }
}

/** Blankets folded and stacked on a low bench: cream knit, red plaid, mustard wool. */
export function blanketBench(ctx: CanvasRenderingContext2D, x: number, floorY: number): void {
  ctx.fillStyle = '#3a1e12';
  for (const lx of [x - 200, x + 180]) ctx.fillRect(lx, floorY - 90, 20, 94);
  ctx.fillStyle = linear(ctx, 0, floorY - 110, 0, floorY - 80, [
    [0, '#9a5a34'],
    [1, '#5a301e'],
  ]);
  ctx.fillRect(x - 220, floorY - 110, 440, 30);
  for (const [dy, w, h, hex] of [
    [0, 240, 38, '#d9c4a0'],
    [-38, 226, 34, '#a8342a'],
    [-72, 214, 32, '#c0822a'],
  ] as const) {
    const by = floorY - 110 + dy - h;
    ctx.fillStyle = hex;
    roundRect(ctx, x - 40 - w / 2, by, w, h, 12);
    ctx.fill();
    ctx.fillStyle = rgba('#2a120a', 0.25); // the fold along the bottom of each
    ctx.fillRect(x - 40 - w / 2 + 8, by + h - 10, w - 16, 6);
    ctx.fillStyle = rgba('#ffcf9a', 0.3); // and firelight on its left end
    ctx.fillRect(x - 40 - w / 2, by + 6, 10, h - 12);
  }
}
