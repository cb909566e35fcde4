/** A city garden at golden hour: trees backlit by a low sun, and the hedge along the wall. */
import { glow } from '../paint-kit';

/** A tree's canopy around (cx, cy), radius `r`: dark masses, then lit ones toward the sun. */
export function canopy(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  cx: number,
  cy: number,
  r: number,
  sunX: number,
): void {
  const toSun = Math.sign(sunX - cx);
  // Three passes, darker to lighter, each shifted toward the sun: volume without outlines.
  for (const [hex, shift, k, count] of [
    ['#66664a', 0, 1, 14],
    ['#8a8250', 0.16, 0.8, 11],
    ['#b9a463', 0.32, 0.55, 7],
  ] as const) {
    ctx.fillStyle = hex;
    ctx.beginPath();
    for (let i = 0; i < count; i++) {
      const a = rand() * Math.PI * 2;
      const d = Math.sqrt(rand()) * r * 0.7 * k;
      const x = cx + Math.cos(a) * d * 1.2 + toSun * shift * r;
      const y = cy + Math.sin(a) * d - shift * r * 0.6;
      const br = r * (0.28 + rand() * 0.18) * (0.6 + k * 0.4);
      ctx.moveTo(x + br, y);
      ctx.arc(x, y, br, 0, Math.PI * 2);
    }
    ctx.fill();
  }
  glow(ctx, cx + toSun * r * 0.7, cy - r * 0.4, r * 0.6, '#ffd9a0', 0.35, true);
}

/** A trunk from (x, baseY) up to (x + lean, topY), tapering, with one branch into the leaves. */
export function trunk(
  ctx: CanvasRenderingContext2D,
  x: number,
  baseY: number,
  topY: number,
  lean: number,
  w: number,
): void {
  ctx.fillStyle = '#5a4438';
  ctx.beginPath();
  ctx.moveTo(x - w / 2, baseY);
  ctx.quadraticCurveTo(x - w * 0.3 + lean * 0.3, (baseY + topY) / 2, x + lean - w * 0.2, topY);
  ctx.lineTo(x + lean + w * 0.2, topY);
  ctx.quadraticCurveTo(x + w * 0.3 + lean * 0.3, (baseY + topY) / 2, x + w / 2, baseY);
  ctx.fill();
  ctx.strokeStyle = '#5a4438';
  ctx.lineWidth = w * 0.25;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x + lean * 0.5, (baseY + topY) / 2);
  ctx.quadraticCurveTo(x + lean * 0.5 - lean * 1.2, topY, x - lean * 1.5, topY - w);
  ctx.stroke();
}

/** The hedge along the garden wall from `y` down to `bottom`: a row of soft rounded bumps. */
export function hedge(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  y: number,
  bottom: number,
): void {
  const bumps: [number, number][] = [];
  for (let x = -40; x < 1980; x += 70 + rand() * 60) bumps.push([x, 40 + rand() * 30]);
  // Dark bumps, then smaller lit ones nudged toward the sun: leaves, not a wall.
  for (const [hex, k, dx] of [
    ['#66693f', 1, 0],
    ['#858650', 0.7, 0.25],
  ] as const) {
    ctx.fillStyle = hex;
    ctx.beginPath();
    for (const [x, r] of bumps) {
      ctx.moveTo(x + r * dx + r * k, y + r * 0.5);
      ctx.arc(x + r * dx, y + r * 0.5 - r * (1 - k) * 0.6, r * k, 0, Math.PI * 2);
    }
    if (k === 1) ctx.rect(0, y + 30, 1920, bottom - y - 30);
    ctx.fill();
  }
}
