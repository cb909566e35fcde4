/** Arms and hands: thick round-capped strokes and a simple mitten hand, the editorial way. */
import type { Pt } from './figure-kit';

/** A limb as one thick round-capped stroke smoothed through the points: reads as an arm at a glance. */
export function limb(
  ctx: CanvasRenderingContext2D,
  pts: readonly Pt[],
  width: number,
  color: string | CanvasGradient,
): void {
  const [first, ...rest] = pts;
  if (!first) return;
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  ctx.moveTo(first[0], first[1]);
  for (let i = 0; i < rest.length - 1; i++) {
    const p = rest[i];
    const q = rest[i + 1];
    if (p && q) ctx.quadraticCurveTo(p[0], p[1], (p[0] + q[0]) / 2, (p[1] + q[1]) / 2);
  }
  const last = rest[rest.length - 1];
  if (last) ctx.lineTo(last[0], last[1]);
  ctx.stroke();
  ctx.restore();
}

/** A relaxed hand: a rounded palm with a thumb and two finger creases, turned by `angle`. */
export function hand(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  angle: number,
  skin: string,
  crease: string,
): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.rotate(angle);
  ctx.fillStyle = skin;
  ctx.beginPath();
  ctx.ellipse(0, 0, 40, 30, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.beginPath();
  ctx.ellipse(-6, -28, 12, 22, -0.6, 0, Math.PI * 2); // thumb
  ctx.fill();
  ctx.strokeStyle = crease;
  ctx.lineWidth = 3;
  ctx.lineCap = 'round';
  for (const fy of [-6, 8]) {
    ctx.beginPath();
    ctx.moveTo(14, fy);
    ctx.lineTo(36, fy + 2);
    ctx.stroke();
  }
  ctx.restore();
}
