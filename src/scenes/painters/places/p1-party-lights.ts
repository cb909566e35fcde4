/** Party dressing that catches the light: strings of bulbs between the trees, and balloons. */
import { glow, rgba } from '../paint-kit';

/** A string of bulbs from (x0, y0) to (x1, y1), sagging `sag` at the middle, `n` bulbs on it. */
export function stringLights(
  ctx: CanvasRenderingContext2D,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  sag: number,
  n: number,
): void {
  // A quadratic through a control point twice the sag below the middle hangs like a wire.
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2 + sag * 2;
  ctx.strokeStyle = rgba('#5a3a3a', 0.7);
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.quadraticCurveTo(cx, cy, x1, y1);
  ctx.stroke();
  for (let i = 0; i < n; i++) {
    const t = (i + 0.5) / n;
    const u = 1 - t;
    const bx = u * u * x0 + 2 * u * t * cx + t * t * x1;
    const by = u * u * y0 + 2 * u * t * cy + t * t * y1 + 9; // each bulb hangs below the wire
    glow(ctx, bx, by, 34, '#ffd79a', 0.55, true);
    ctx.fillStyle = '#fff6e0';
    ctx.beginPath();
    ctx.ellipse(bx, by, 5, 7, 0, 0, Math.PI * 2);
    ctx.fill();
  }
}

/** One balloon at (x, y), radius `r`, its string curling down to (ax, ay). */
export function balloon(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  hex: string,
  ax: number,
  ay: number,
): void {
  ctx.strokeStyle = rgba('#fff6ea', 0.7);
  ctx.lineWidth = 1.5;
  ctx.beginPath(); // a lazy S down to where it is tied
  ctx.moveTo(x, y + r);
  ctx.bezierCurveTo(x + 18, y + r + (ay - y) * 0.3, ax - 18, ay - (ay - y) * 0.3, ax, ay);
  ctx.stroke();
  ctx.fillStyle = hex;
  ctx.beginPath();
  ctx.ellipse(x, y, r * 0.86, r, 0, 0, Math.PI * 2);
  ctx.moveTo(x - r * 0.12, y + r * 1.08); // the knot
  ctx.lineTo(x + r * 0.12, y + r * 1.08);
  ctx.lineTo(x, y + r * 0.94);
  ctx.fill();
  ctx.fillStyle = rgba('#ffffff', 0.4); // a window of sky on its skin
  ctx.beginPath();
  ctx.ellipse(x - r * 0.34, y - r * 0.4, r * 0.16, r * 0.26, 0.5, 0, Math.PI * 2);
  ctx.fill();
}

/** A bunch of `count` balloons around (x, y), all tied at (ax, ay), back ones drawn first. */
export function balloonBunch(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  x: number,
  y: number,
  ax: number,
  ay: number,
  count: number,
  colors: readonly string[],
): void {
  const spots: [number, number, number][] = [];
  for (let i = 0; i < count; i++) {
    const a = (i / count) * Math.PI * 2 + rand() * 0.5;
    const d = i === 0 ? 0 : 40 + rand() * 40;
    spots.push([x + Math.cos(a) * d * 1.2, y + Math.sin(a) * d, 40 + rand() * 12]);
  }
  // Higher balloons sit behind lower ones, the way a bunch looks from below.
  spots.sort((p, q) => p[1] - q[1]);
  spots.forEach(([bx, by, r], i) =>
    balloon(ctx, bx, by, r, colors[i % colors.length] ?? '#e8604c', ax, ay),
  );
}
