/** A potted fern: Amy's game is about one, so the studio has the real one and its drawings. */
import { rgba } from '../paint-kit';

/** Where a fern stands and how it looks: `size` is roughly the length of a frond. */
export interface Fern {
  x: number;
  /** The bottom of the pot. */
  floorY: number;
  size: number;
  fronds: number;
  green: string;
  pot: string;
}

/** Paints a fern: arching fronds of paired leaflets falling over the rim of a round pot. */
export function fern(ctx: CanvasRenderingContext2D, rand: () => number, f: Fern): void {
  const potH = f.size * 0.42;
  const potW = f.size * 0.5;
  const rimY = f.floorY - potH;
  ctx.lineCap = 'round';
  for (let i = 0; i < f.fronds; i++) {
    // Fronds fan from upright to drooping on both sides; the outer ones arch down past the rim.
    const side = i % 2 ? 1 : -1;
    const lean = (i / f.fronds) * 1.25 + rand() * 0.2;
    const len = f.size * (0.75 + rand() * 0.35);
    const a = -Math.PI / 2 + side * lean;
    const tx = f.x + Math.cos(a) * len;
    const ty = rimY + Math.sin(a) * len * 0.8 + lean * lean * len * 0.35;
    const cx = f.x + Math.cos(a) * len * 0.45;
    const cy = rimY - len * 0.55;
    frond(ctx, f.x, rimY, cx, cy, tx, ty, f.size * 0.11, i % 3 ? f.green : shadeOf(f.green));
  }
  ctx.fillStyle = f.pot;
  ctx.beginPath();
  ctx.moveTo(f.x - potW / 2, rimY);
  ctx.lineTo(f.x + potW / 2, rimY);
  ctx.quadraticCurveTo(f.x + potW * 0.5, f.floorY, f.x + potW * 0.3, f.floorY);
  ctx.lineTo(f.x - potW * 0.3, f.floorY);
  ctx.quadraticCurveTo(f.x - potW * 0.5, f.floorY, f.x - potW / 2, rimY);
  ctx.fill();
  ctx.fillStyle = rgba('#3a2418', 0.2); // the pot's shaded side
  ctx.fillRect(f.x + potW * 0.18, rimY, potW * 0.3, potH * 0.9);
}

/** A darker green for every third frond, so the fern has depth without outlines. */
function shadeOf(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const k = 0.78;
  return `rgb(${Math.round(((n >> 16) & 255) * k)},${Math.round(((n >> 8) & 255) * k)},${Math.round((n & 255) * k)})`;
}

/** One frond along a quadratic curve: a thin stem and leaflets that shrink toward the tip. */
function frond(
  ctx: CanvasRenderingContext2D,
  x0: number,
  y0: number,
  cx: number,
  cy: number,
  x1: number,
  y1: number,
  leaflet: number,
  color: string,
): void {
  ctx.strokeStyle = ctx.fillStyle = color;
  ctx.lineWidth = Math.max(1, leaflet * 0.18);
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.quadraticCurveTo(cx, cy, x1, y1);
  ctx.stroke();
  ctx.beginPath();
  for (let t = 0.12; t < 1; t += 0.085) {
    const u = 1 - t;
    const px = u * u * x0 + 2 * u * t * cx + t * t * x1;
    const py = u * u * y0 + 2 * u * t * cy + t * t * y1;
    // The curve's direction here, so each leaflet pair sits square to the stem.
    const dx = 2 * u * (cx - x0) + 2 * t * (x1 - cx);
    const dy = 2 * u * (cy - y0) + 2 * t * (y1 - cy);
    const a = Math.atan2(dy, dx);
    const s = leaflet * (1.1 - t * 0.8);
    for (const side of [-1, 1]) {
      const la = a + side * 1.1;
      ctx.moveTo(px, py);
      ctx.ellipse(
        px + Math.cos(la) * s * 0.5,
        py + Math.sin(la) * s * 0.5,
        s * 0.55,
        s * 0.2,
        la,
        0,
        Math.PI * 2,
      );
    }
  }
  ctx.fill();
}
