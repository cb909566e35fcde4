/** House plants for lived-in rooms: a pot and leaves fanned on curving stems, seeded. */
import { rgba, roundRect } from '../paint-kit';

/** Where a plant stands, how big it grows and its colours. */
export interface Plant {
  x: number;
  /** The bottom of the pot. */
  floorY: number;
  height: number;
  /** How wide the stems fan, in radians either side of straight up. */
  spread: number;
  leaves: readonly string[];
  leafSize: number;
  count: number;
  pot: string;
}

/** Paints one potted plant: stems first, then leaves, then the pot in front of them. */
export function pottedPlant(ctx: CanvasRenderingContext2D, rand: () => number, p: Plant): void {
  const potH = p.height * 0.2;
  const potW = potH * 1.1;
  const potTop = p.floorY - potH;
  ctx.lineCap = 'round';
  const tips: [number, number, number][] = [];
  for (let i = 0; i < p.count; i++) {
    // Leaves spread evenly with a little jitter, so the plant is full without looking combed.
    const a =
      -Math.PI / 2 + p.spread * ((i / Math.max(1, p.count - 1)) * 2 - 1) * (0.7 + rand() * 0.3);
    const len = (p.height - potH) * (0.45 + rand() * 0.55);
    const tx = p.x + Math.cos(a) * len;
    const ty = potTop + Math.sin(a) * len;
    ctx.strokeStyle = rgba('#4a5a36', 0.9);
    ctx.lineWidth = Math.max(2, p.leafSize * 0.06);
    ctx.beginPath();
    ctx.moveTo(p.x + (rand() - 0.5) * potW * 0.3, potTop + 4);
    ctx.quadraticCurveTo(p.x + (tx - p.x) * 0.2, ty + (potTop - ty) * 0.5, tx, ty);
    ctx.stroke();
    tips.push([tx, ty, a + (rand() - 0.5) * 0.6]);
    // A second, smaller leaf part-way up most stems keeps the plant full rather than spidery.
    if (rand() < 0.7) {
      const k = 0.45 + rand() * 0.2;
      tips.push([
        p.x + (tx - p.x) * k,
        potTop + (ty - potTop) * k,
        a + (rand() < 0.5 ? -0.9 : 0.9),
      ]);
    }
  }
  tips.forEach(([tx, ty, a], i) =>
    leaf(
      ctx,
      tx,
      ty,
      a,
      p.leafSize * (0.75 + rand() * 0.45),
      p.leaves[i % p.leaves.length] ?? '#6f8f5a',
    ),
  );

  ctx.fillStyle = p.pot;
  ctx.beginPath();
  ctx.moveTo(p.x - potW / 2, potTop);
  ctx.lineTo(p.x + potW / 2, potTop);
  ctx.lineTo(p.x + potW * 0.38, p.floorY);
  ctx.lineTo(p.x - potW * 0.38, p.floorY);
  ctx.fill();
  ctx.fillStyle = rgba('#3a2418', 0.25); // the shaded side, so the pot is round
  ctx.beginPath();
  ctx.moveTo(p.x + potW * 0.15, potTop);
  ctx.lineTo(p.x + potW / 2, potTop);
  ctx.lineTo(p.x + potW * 0.38, p.floorY);
  ctx.lineTo(p.x + potW * 0.1, p.floorY);
  ctx.fill();
  ctx.fillStyle = p.pot;
  roundRect(ctx, p.x - potW * 0.55, potTop - potH * 0.12, potW * 1.1, potH * 0.16, 4); // the rim
  ctx.fill();
}

/** One leaf: a pointed oval along angle `a`, with a paler midrib catching the light. */
function leaf(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  a: number,
  size: number,
  color: string,
): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.rotate(a);
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.moveTo(-size * 0.15, 0);
  ctx.quadraticCurveTo(size * 0.35, -size * 0.42, size, 0);
  ctx.quadraticCurveTo(size * 0.35, size * 0.42, -size * 0.15, 0);
  ctx.fill();
  ctx.strokeStyle = rgba('#fff6dc', 0.3);
  ctx.lineWidth = Math.max(1, size * 0.04);
  ctx.beginPath();
  ctx.moveTo(0, 0);
  ctx.lineTo(size * 0.85, 0);
  ctx.stroke();
  ctx.restore();
}

/** A trailing plant on a shelf at (x, y): a small pot and vines hanging down `drop` pixels. */
export function trailingPlant(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  x: number,
  y: number,
  drop: number,
  leaves: readonly string[],
): void {
  for (let v = 0; v < 5; v++) {
    // Each vine falls a different length and drifts a little sideways, the way pothos grows.
    const len = drop * (0.4 + rand() * 0.6);
    const sway = (rand() - 0.5) * 70;
    const x0 = x + (v - 2) * 12;
    ctx.strokeStyle = rgba('#4a5a36', 0.9);
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(x0, y - 30);
    ctx.quadraticCurveTo(x0 + sway * 1.4, y + len * 0.5, x0 + sway, y + len);
    ctx.stroke();
    for (let t = 0.15; t <= 1; t += 0.14) {
      const lx = x0 + sway * (1.4 * 2 * t * (1 - t) + t * t);
      const ly = (1 - t) ** 2 * (y - 30) + 2 * t * (1 - t) * (y + len * 0.5) + t * t * (y + len);
      leaf(
        ctx,
        lx,
        ly,
        Math.PI / 2 + (rand() < 0.5 ? -1 : 1) * (0.6 + rand() * 0.5),
        26,
        leaves[v % leaves.length] ?? '#6f8f5a',
      );
    }
  }
  ctx.fillStyle = '#d9755a';
  ctx.beginPath();
  ctx.moveTo(x - 40, y - 50);
  ctx.lineTo(x + 40, y - 50);
  ctx.lineTo(x + 30, y);
  ctx.lineTo(x - 30, y);
  ctx.fill();
}
