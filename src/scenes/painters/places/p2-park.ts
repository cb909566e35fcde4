/** Park furniture for the green places: round trees lit from one side, benches and lamp posts. */
import { glow, rgba } from '../paint-kit';

/** The greens of one light: shaded body, sunlit side, trunk, and the side the sun comes from. */
export interface Foliage {
  shade: string;
  mid: string;
  lit: string;
  trunk: string;
  /** -1 when the sun is to the left, 1 when to the right. */
  sunSide: -1 | 1;
}

/** A round-crowned tree `h` tall on `baseY`: clustered balls of leaves, lit on the sun's side. */
export function roundTree(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  x: number,
  baseY: number,
  h: number,
  f: Foliage,
): void {
  const r = h * 0.34;
  const cy = baseY - h + r;
  ctx.strokeStyle = f.trunk;
  ctx.lineCap = 'round';
  ctx.lineWidth = h * 0.05;
  ctx.beginPath();
  ctx.moveTo(x, baseY);
  ctx.quadraticCurveTo(x - h * 0.03, baseY - h * 0.3, x, cy + r * 0.2);
  ctx.stroke();
  ctx.lineWidth = h * 0.022;
  for (const d of [-1, 1]) {
    ctx.beginPath(); // two limbs forking into the crown
    ctx.moveTo(x, baseY - h * 0.42);
    ctx.lineTo(x + d * r * 0.45, cy + r * 0.1);
    ctx.stroke();
  }
  // Three passes over the same clusters: shade, body, then light only on the sun's side.
  const blobs: [number, number, number][] = [];
  const n = h > 400 ? 14 : 9; // big crowns need more clusters to stay leafy
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2 + rand() * 0.5;
    const d = i === 0 ? 0 : r * (0.45 + rand() * 0.3);
    blobs.push([
      x + Math.cos(a) * d,
      cy + Math.sin(a) * d * 0.8,
      r * (0.3 + rand() * 0.2) * (n > 9 ? 1 : 1.4),
    ]);
  }
  const pass = (fill: string | CanvasGradient, dx: number, dy: number, k: number) => {
    ctx.fillStyle = fill;
    ctx.beginPath();
    for (const [bx, by, br] of blobs) {
      ctx.moveTo(bx + dx + br * k, by + dy);
      ctx.arc(bx + dx, by + dy, br * k, 0, Math.PI * 2);
    }
    ctx.fill();
  };
  pass(f.shade, 0, 0, 1);
  const dx = f.sunSide * r * 0.1;
  pass(f.mid, dx, -r * 0.1, 0.86);
  // Light pools on the sun's shoulder of the crown, fading across it; the clusters keep its edge.
  const sx = x + f.sunSide * r * 0.55;
  const sy = cy - r * 0.55;
  const g = ctx.createRadialGradient(sx, sy, 0, sx, sy, r * 1.25);
  g.addColorStop(0, f.lit);
  g.addColorStop(0.55, rgba(f.lit, 0.7));
  g.addColorStop(1, rgba(f.lit, 0));
  pass(g, dx * 1.6, -r * 0.16, 0.78);
}

/** A park bench seen from the front: wooden slats on a dark iron frame, `w` wide. */
export function bench(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  wood: string,
  iron: string,
): void {
  const k = w / 240;
  ctx.fillStyle = rgba('#000000', 0.12);
  ctx.beginPath();
  ctx.ellipse(x, y + 4 * k, w * 0.55, 12 * k, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = iron;
  for (const dx of [-0.42, 0.42]) ctx.fillRect(x + dx * w - 4 * k, y - 80 * k, 8 * k, 80 * k);
  ctx.fillStyle = wood;
  for (const [dy, t] of [
    [-82, 12],
    [-64, 12],
    [-40, 9],
    [-30, 9],
  ] as const) {
    ctx.fillRect(x - w / 2, y + dy * k, w, t * k);
  }
  ctx.fillStyle = rgba('#ffffff', 0.2); // sun on the top edge of each slat
  for (const dy of [-82, -64, -40]) ctx.fillRect(x - w / 2, y + dy * k, w, 2 * k);
}

/** A slim lamp post with its lamp just lit, glowing warm against the evening. */
export function lampPost(ctx: CanvasRenderingContext2D, x: number, y: number, h: number) {
  ctx.fillStyle = '#4a4a52';
  ctx.fillRect(x - h * 0.012, y - h, h * 0.024, h);
  glow(ctx, x, y - h, h * 0.5, '#ffcf8a', 0.45, true);
  ctx.fillStyle = '#fff0cf';
  ctx.beginPath();
  ctx.arc(x, y - h, h * 0.035, 0, Math.PI * 2);
  ctx.fill();
}
