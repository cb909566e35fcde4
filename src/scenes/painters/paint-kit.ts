/**
 * Small shared brushes for the painters: seeded randomness (so every paint is identical),
 * colours, gradients, soft glows, rounded rects and the 1920×1080 design space.
 */

/** Design space every background is painted in; the painter scales it to the real canvas. */
export const DESIGN_W = 1920;
export const DESIGN_H = 1080;

/** A colour stop: offset 0–1 and a CSS colour. */
export type Stop = readonly [number, string];

/** Deterministic random in [0, 1) (mulberry32): the same seed paints the same picture. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `#rrggbb` plus alpha as an rgba() string, so palettes stay readable hex. */
export function rgba(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}

/** A linear gradient from (x0,y0) to (x1,y1) with the given stops. */
export function linear(
  ctx: CanvasRenderingContext2D,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  stops: readonly Stop[],
): CanvasGradient {
  const g = ctx.createLinearGradient(x0, y0, x1, y1);
  for (const [o, c] of stops) g.addColorStop(o, c);
  return g;
}

/** A radial gradient centred at (x,y) out to radius r. */
export function radial(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  stops: readonly Stop[],
): CanvasGradient {
  const g = ctx.createRadialGradient(x, y, 0, x, y, r);
  for (const [o, c] of stops) g.addColorStop(o, c);
  return g;
}

/** A soft round light that fades to nothing: the basic unit of glow, bokeh and lamps. */
export function glow(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  hex: string,
  alpha: number,
  additive = false,
): void {
  ctx.save();
  if (additive) ctx.globalCompositeOperation = 'lighter';
  ctx.fillStyle = radial(ctx, x, y, r, [
    [0, rgba(hex, alpha)],
    [0.4, rgba(hex, alpha * 0.45)],
    [1, rgba(hex, 0)],
  ]);
  ctx.fillRect(x - r, y - r, r * 2, r * 2);
  ctx.restore();
}

/** Traces a rounded rectangle path (no fill), for panels, screens and glass. */
export function roundRect(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): void {
  const k = Math.min(r, w / 2, h / 2);
  ctx.beginPath();
  ctx.moveTo(x + k, y);
  ctx.arcTo(x + w, y, x + w, y + h, k);
  ctx.arcTo(x + w, y + h, x, y + h, k);
  ctx.arcTo(x, y + h, x, y, k);
  ctx.arcTo(x, y, x + w, y, k);
  ctx.closePath();
}

/** Runs `paint` in the 1920×1080 design space, scaled to the real canvas, state restored after. */
export function inDesignSpace(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  paint: () => void,
): void {
  ctx.save();
  ctx.scale(width / DESIGN_W, height / DESIGN_H);
  paint();
  ctx.restore();
}
