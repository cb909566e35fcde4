/** Neon for the night places: tubes that light the air around them, and signs made from them. */
import { glow, rgba, roundRect } from '../paint-kit';

/** Strokes `path` as a lit tube: a wide faint halo, the coloured tube, then a near-white core. */
export function neon(
  ctx: CanvasRenderingContext2D,
  path: Path2D,
  hex: string,
  width: number,
  alpha = 1,
): void {
  ctx.save();
  ctx.globalCompositeOperation = 'lighter';
  ctx.lineCap = ctx.lineJoin = 'round';
  // Stacked strokes instead of shadowBlur: the same halo for a fraction of the cost.
  for (const [w, a] of [
    [8, 0.07],
    [4, 0.16],
    [1.8, 0.55],
  ] as const) {
    ctx.strokeStyle = rgba(hex, a * alpha);
    ctx.lineWidth = width * w;
    ctx.stroke(path);
  }
  ctx.strokeStyle = rgba('#fff4ec', 0.85 * alpha);
  ctx.lineWidth = width * 0.55;
  ctx.stroke(path);
  ctx.restore();
}

/** A neon pizza slice, point down, `size` tall: the stand's sign, readable without a word. */
export function sliceSign(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  size: number,
  tube: number,
): void {
  const w = size * 0.5;
  glow(ctx, x, y + size * 0.4, size * 1.5, '#ffae5c', 0.3, true);
  const crust = new Path2D();
  crust.moveTo(x - w, y);
  crust.quadraticCurveTo(x, y - size * 0.2, x + w, y);
  const slice = new Path2D();
  slice.moveTo(x - w * 0.9, y + size * 0.06);
  slice.lineTo(x, y + size);
  slice.lineTo(x + w * 0.9, y + size * 0.06);
  const toppings = new Path2D();
  for (const [dx, dy, r] of [
    [-0.22, 0.25, 0.09],
    [0.2, 0.3, 0.08],
    [0, 0.55, 0.07],
  ] as const) {
    toppings.moveTo(x + dx * size + r * size, y + dy * size);
    toppings.arc(x + dx * size, y + dy * size, r * size, 0, Math.PI * 2);
  }
  neon(ctx, crust, '#ff9a3c', tube);
  neon(ctx, slice, '#ffc65a', tube);
  neon(ctx, toppings, '#ff5a5f', tube * 0.8);
}

/** A blade sign jutting from a wall: a neon border, strokes that read as letters, no words. */
export function bladeSign(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  x: number,
  y: number,
  w: number,
  h: number,
  hex: string,
): void {
  glow(ctx, x + w / 2, y + h / 2, h * 0.7, hex, 0.25, true);
  ctx.fillStyle = '#1d1224';
  roundRect(ctx, x, y, w, h, w * 0.18);
  ctx.fill();
  const tube = Math.max(0.8, w * 0.05);
  const border = new Path2D();
  border.roundRect(x + w * 0.12, y + w * 0.12, w * 0.76, h - w * 0.24, w * 0.12);
  neon(ctx, border, hex, tube, 0.8);
  const glyphs = new Path2D();
  const rows = Math.max(3, Math.round((h - w * 0.5) / (w * 0.55)));
  const step = (h - w * 0.7) / rows;
  for (let i = 0; i < rows; i++) {
    const cx = x + w / 2;
    const gy = y + w * 0.35 + step * (i + 0.5);
    const k = Math.min(w * 0.2, step * 0.36);
    // A few letter-like shapes in turn; a run of one shape reads as a ladder or a face.
    const shape = Math.floor(rand() * 4);
    if (shape === 0) {
      glyphs.moveTo(cx + k, gy);
      glyphs.arc(cx, gy, k, 0, Math.PI * 2);
    } else if (shape === 1) {
      glyphs.moveTo(cx - k, gy - k);
      glyphs.lineTo(cx - k, gy + k);
      glyphs.lineTo(cx + k, gy + k);
    } else if (shape === 2) {
      glyphs.moveTo(cx - k, gy + k);
      glyphs.lineTo(cx, gy - k);
      glyphs.lineTo(cx + k, gy + k);
    } else {
      glyphs.moveTo(cx + k, gy - k);
      glyphs.lineTo(cx - k, gy - k);
      glyphs.lineTo(cx - k, gy + k);
      glyphs.lineTo(cx + k, gy + k);
    }
  }
  neon(ctx, glyphs, hex, tube);
}
