/** What grows in the hologram cave: rock that frames it, glowing fungus and crystal shards. */
import { glow, linear, rgba } from '../paint-kit';

/** A rock edge as flat `x, y` pairs the edge passes near, before jitter. */
export type Edge = readonly number[];

/**
 * A mass of rock: one smooth, lumpy edge through the given points (jittered by `rand`),
 * closed off through `close`, its edge rimmed by the cave's glow. Layers of these, darker
 * as they near us, make the cave.
 */
export function rock(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  edge: Edge,
  close: Edge,
  color: string,
  rim: string,
): void {
  const pts: (readonly [number, number])[] = [];
  for (let i = 0; i + 1 < edge.length; i += 2) {
    pts.push([(edge[i] ?? 0) + (rand() - 0.5) * 40, (edge[i + 1] ?? 0) + (rand() - 0.5) * 40]);
  }
  const line = new Path2D();
  const first = pts[0] ?? [0, 0];
  line.moveTo(first[0], first[1]);
  for (let i = 1; i < pts.length - 1; i++) {
    const p = pts[i] ?? first;
    const q = pts[i + 1] ?? p;
    // Curving through midpoints keeps rock soft and hologram-smooth, never jagged.
    line.quadraticCurveTo(p[0], p[1], (p[0] + q[0]) / 2, (p[1] + q[1]) / 2);
  }
  const last = pts[pts.length - 1] ?? first;
  line.lineTo(last[0], last[1]);
  const body = new Path2D(line);
  for (let i = 0; i + 1 < close.length; i += 2) body.lineTo(close[i] ?? 0, close[i + 1] ?? 0);
  body.closePath();
  ctx.fillStyle = color;
  ctx.fill(body);
  ctx.strokeStyle = rim;
  ctx.lineWidth = 4;
  ctx.stroke(line);
}

/** A clump of glowing mushrooms on (x, y): pale stems, luminous caps, a pool of their light. */
export function fungus(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  x: number,
  y: number,
  size: number,
  hex: string,
): void {
  glow(ctx, x, y - size * 0.6, size * 3.2, hex, 0.32, true);
  const n = 3 + Math.floor(rand() * 4);
  for (let i = 0; i < n; i++) {
    const mx = x + (rand() - 0.5) * size * 2.2;
    const s = size * (0.35 + rand() * 0.65);
    const lean = (mx - x) / (size * 4);
    const top = y - s * 1.4;
    ctx.strokeStyle = rgba('#f4e6ff', 0.8);
    ctx.lineWidth = Math.max(2, s * 0.14);
    ctx.lineCap = 'round';
    ctx.beginPath();
    ctx.moveTo(mx, y);
    ctx.quadraticCurveTo(mx, y - s * 0.8, mx + lean * s * 2, top);
    ctx.stroke();
    ctx.fillStyle = linear(ctx, 0, top - s * 0.5, 0, top + 2, [
      [0, '#ffffff'],
      [0.35, hex],
      [1, rgba(hex, 0.85)],
    ]);
    ctx.beginPath();
    ctx.ellipse(mx + lean * s * 2, top, s * 0.62, s * 0.48, lean, Math.PI, 0);
    ctx.fill();
    glow(ctx, mx + lean * s * 2, top - s * 0.15, s * 1.1, hex, 0.5, true);
  }
}

/** A cluster of crystal shards from (x, y): tall pointed prisms, lit on one face. */
export function crystals(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  x: number,
  y: number,
  size: number,
  hex: string,
): void {
  glow(ctx, x, y - size * 0.8, size * 2.4, hex, 0.28, true);
  const n = 3 + Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) {
    const a = (rand() - 0.5) * 1.1; // fanned out from the root
    const len = size * (0.6 + rand() * 0.9);
    const w = len * (0.16 + rand() * 0.08);
    ctx.save();
    ctx.translate(x + (rand() - 0.5) * size * 0.6, y);
    ctx.rotate(a);
    ctx.fillStyle = linear(ctx, -w, 0, w, 0, [
      [0, rgba(hex, 0.95)],
      [0.5, rgba('#f6efff', 0.9)],
      [0.52, rgba(hex, 0.55)],
      [1, rgba(hex, 0.35)],
    ]);
    ctx.beginPath();
    ctx.moveTo(-w, 0);
    ctx.lineTo(-w, -len * 0.78);
    ctx.lineTo(0, -len);
    ctx.lineTo(w, -len * 0.78);
    ctx.lineTo(w, 0);
    ctx.fill();
    ctx.strokeStyle = rgba('#ffffff', 0.5);
    ctx.lineWidth = 1.5;
    ctx.stroke();
    ctx.restore();
  }
}
