/** What the camera's lens does to light: out-of-focus bokeh discs and an even soft focus. */
import { DESIGN_H, DESIGN_W, radial, rgba } from './paint-kit';

/** Out-of-focus city lights: discs with a bright rim-less core, scattered in a box. */
export function bokeh(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  count: number,
  box: { x: number; y: number; w: number; h: number },
  colors: readonly string[],
  minR: number,
  maxR: number,
): void {
  ctx.save();
  ctx.globalCompositeOperation = 'lighter';
  for (let i = 0; i < count; i++) {
    const x = box.x + rand() * box.w;
    const y = box.y + rand() * box.h;
    const r = minR + (maxR - minR) * rand() ** 2;
    const hex = colors[Math.floor(rand() * colors.length)] ?? '#ffffff';
    const a = 0.16 + rand() * 0.28;
    // A flat disc with a slightly brighter edge reads as a lens highlight, not a blob.
    ctx.fillStyle = radial(ctx, x, y, r, [
      [0, rgba(hex, a * 0.7)],
      [0.82, rgba(hex, a)],
      [1, rgba(hex, 0)],
    ]);
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.restore();
}

/** Paints `paint` at 1/`factor` resolution and scales it up: a cheap, even soft focus. */
export function softFocus(
  ctx: CanvasRenderingContext2D,
  factor: number,
  paint: (small: CanvasRenderingContext2D) => void,
): void {
  const small = document.createElement('canvas');
  small.width = Math.round(DESIGN_W / factor);
  small.height = Math.round(DESIGN_H / factor);
  const s = small.getContext('2d');
  if (!s) return paint(ctx);
  s.scale(1 / factor, 1 / factor);
  paint(s);
  ctx.save();
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'low'; // bilinear is soft enough when enlarging, and far cheaper
  ctx.drawImage(small, 0, 0, DESIGN_W, DESIGN_H);
  ctx.restore();
}
