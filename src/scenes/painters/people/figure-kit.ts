/**
 * Shared brushes for figures: the 640×1080 design space, pivots, smooth limbs, hands,
 * shaded fills and the soft-edged drawing used for figures seen in memory.
 */
import { linear, rgba } from '../paint-kit';

/** Design size of a figure canvas; painters scale this to the real one, bottom-anchored. */
export const FIG_W = 640;
export const FIG_H = 1080;

/** A point in figure space. */
export type Pt = readonly [number, number];

/** Runs `paint` in 640×1080 figure space, scaled to fit and anchored to the bottom centre. */
export function inFigureSpace(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  paint: () => void,
): void {
  const s = Math.min(width / FIG_W, height / FIG_H);
  ctx.save();
  ctx.translate((width - FIG_W * s) / 2, height - FIG_H * s);
  ctx.scale(s, s);
  paint();
  ctx.restore();
}

/** Runs `paint` rotated by `angle` around (x, y): head tilts and body leans pivot this way. */
export function pivot(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  angle: number,
  paint: () => void,
): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.rotate(angle);
  ctx.translate(-x, -y);
  paint();
  ctx.restore();
}

/** A closed outline smoothed through the points (curving via midpoints): hair, cloth, waves. */
export function smoothClosed(pts: readonly Pt[]): Path2D {
  const path = new Path2D();
  const n = pts.length;
  const mid = (i: number): Pt => {
    const a = pts[i % n] ?? [0, 0];
    const b = pts[(i + 1) % n] ?? [0, 0];
    return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  };
  const start = mid(0);
  path.moveTo(start[0], start[1]);
  for (let i = 1; i <= n; i++) {
    const p = pts[i % n] ?? [0, 0];
    const m = mid(i);
    path.quadraticCurveTo(p[0], p[1], m[0], m[1]);
  }
  path.closePath();
  return path;
}

/** Fills a shape flat, then lays a shadow across it from the lit left to the shaded right. */
export function shaded(
  ctx: CanvasRenderingContext2D,
  path: Path2D,
  base: string,
  shadow: string,
  x0: number,
  x1: number,
  strength = 0.55,
): void {
  ctx.fillStyle = base;
  ctx.fill(path);
  ctx.fillStyle = linear(ctx, x0, 0, x1, 0, [
    [0, rgba('#fff6e8', 0.14)],
    [0.5, rgba(shadow, 0)],
    [1, rgba(shadow, strength)],
  ]);
  ctx.fill(path);
}

/** Paints via an offscreen copy: a wide blurred halo under a lightly blurred figure, for memories. */
export function softly(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  blur: number,
  paint: (c: CanvasRenderingContext2D) => void,
): void {
  const off = document.createElement('canvas');
  off.width = Math.max(1, Math.round(width));
  off.height = Math.max(1, Math.round(height));
  const c = off.getContext('2d');
  if (!c) return paint(ctx);
  paint(c);
  const px = (blur * height) / FIG_H;
  // The wide halo has no fine detail, so it is blurred at quarter size and scaled up: the same
  // glow for a fraction of the cost of blurring the full canvas.
  const small = document.createElement('canvas');
  small.width = Math.max(1, Math.round(width / 4));
  small.height = Math.max(1, Math.round(height / 4));
  const s = small.getContext('2d');
  ctx.save();
  ctx.globalAlpha = 0.5;
  if (s) {
    s.filter = `blur(${px}px)`;
    s.drawImage(off, 0, 0, small.width, small.height);
    ctx.drawImage(small, 0, 0, width, height);
  }
  ctx.globalAlpha = 1;
  ctx.filter = `blur(${px}px)`;
  ctx.drawImage(off, 0, 0, width, height);
  ctx.restore();
}
