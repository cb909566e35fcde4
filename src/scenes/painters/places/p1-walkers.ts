/**
 * Figures in motion or at rest, as soft silhouettes: commuters mid-stride (with a ghost of
 * their last step for speed) and passengers sitting front-on. Same head-to-body ratio as
 * passersby.ts, so every crowd in the game belongs to one city.
 */
import { glow, roundRect } from '../paint-kit';

/** One walker on `footY`, `h` tall; `stride` from -1 to 1 swings the legs and arms. */
export function walker(
  ctx: CanvasRenderingContext2D,
  x: number,
  footY: number,
  h: number,
  color: string,
  stride: number,
  bag = false,
): void {
  const head = h * 0.105;
  const top = footY - h;
  const shoulderY = top + head * 2.4;
  const hipY = footY - h * 0.45;
  const half = h * 0.13;
  ctx.fillStyle = ctx.strokeStyle = color;
  ctx.beginPath();
  ctx.arc(x, top + head, head, 0, Math.PI * 2);
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(x - half, shoulderY + head);
  ctx.quadraticCurveTo(x - half, shoulderY - head * 0.2, x, shoulderY - head * 0.2);
  ctx.quadraticCurveTo(x + half, shoulderY - head * 0.2, x + half, shoulderY + head);
  ctx.lineTo(x + half * 0.95, hipY + h * 0.1); // a coat to mid-thigh, the city's uniform
  ctx.lineTo(x - half * 0.95, hipY + h * 0.1);
  ctx.closePath();
  ctx.fill();
  ctx.lineCap = 'round';
  // Legs and arms swing in opposition; a slight bend at the knee keeps the step soft.
  ctx.lineWidth = h * 0.085;
  for (const s of [stride, -stride]) {
    ctx.beginPath();
    ctx.moveTo(x + s * h * 0.02, hipY);
    ctx.quadraticCurveTo(x + s * h * 0.1, hipY + h * 0.22, x + s * h * 0.13, footY - h * 0.02);
    ctx.stroke();
  }
  ctx.lineWidth = h * 0.055;
  for (const [side, s] of [
    [-1, -stride],
    [1, stride],
  ] as const) {
    ctx.beginPath();
    ctx.moveTo(x + side * half * 0.8, shoulderY + head * 0.4);
    ctx.lineTo(x + side * half * 0.95 + s * h * 0.09, hipY + h * 0.02);
    ctx.stroke();
  }
  if (bag) {
    roundRect(ctx, x + half * 0.6, hipY - h * 0.12, h * 0.14, h * 0.13, h * 0.02);
    ctx.fill();
  }
}

/** A walker with two fading ghosts behind them along (dx, dy): a commuter seen in a hurry. */
export function hurrying(
  ctx: CanvasRenderingContext2D,
  x: number,
  footY: number,
  h: number,
  color: string,
  stride: number,
  dx: number,
  dy: number,
): void {
  ctx.save();
  for (const [k, a] of [
    [2, 0.12],
    [1, 0.25],
  ] as const) {
    ctx.globalAlpha = a;
    walker(ctx, x - dx * k, footY - dy * k, h, color, -stride * 0.5 * k + stride);
  }
  ctx.restore();
  walker(ctx, x, footY, h, color, stride, stride > 0.4);
}

/** How a seated passenger holds themselves: lean, hair, a phone in the lap, legs crossed. */
export interface Sitter {
  lean: number;
  hair: 'short' | 'long' | 'bun';
  phone: boolean;
  crossed: boolean;
}

/** A passenger sitting front-on, `h` tall from seat to crown, in one soft colour. */
export function seated(
  ctx: CanvasRenderingContext2D,
  x: number,
  seatY: number,
  h: number,
  color: string,
  pose: Sitter,
): void {
  const head = h * 0.12;
  const half = h * 0.2;
  const shY = seatY - h + head * 2.35;
  ctx.save();
  ctx.fillStyle = ctx.strokeStyle = color;
  ctx.lineCap = ctx.lineJoin = 'round';
  // Legs stay planted whatever the body does: the lap toward us, then shins and shoes.
  ctx.lineWidth = h * 0.1;
  const shins = pose.crossed
    ? [
        [-0.09, -0.1, 0.42],
        [0.06, -0.14, 0.34],
      ]
    : [
        [-0.09, -0.1, 0.44],
        [0.09, 0.1, 0.44],
      ];
  for (const [k, f, d] of shins) {
    ctx.beginPath();
    ctx.moveTo(x + (k ?? 0) * h, seatY + h * 0.05);
    ctx.lineTo(x + (f ?? 0) * h, seatY + (d ?? 0) * h);
    ctx.stroke();
  }
  roundRect(ctx, x - half * 1.05, seatY - h * 0.06, half * 2.1, h * 0.15, h * 0.07);
  ctx.fill();
  ctx.translate(x, seatY);
  ctx.rotate(pose.lean); // the body tips from the hips
  ctx.translate(-x, -seatY);
  const hx = x + (pose.phone ? head * 0.25 : 0);
  const hy = seatY - h + head + (pose.phone ? head * 0.7 : 0);
  ctx.beginPath();
  ctx.arc(hx, hy, head, 0, Math.PI * 2);
  if (pose.hair === 'long')
    ctx.roundRect(hx - head * 1.1, hy - head * 0.4, head * 2.2, head * 2.3, head);
  if (pose.hair === 'bun') ctx.arc(hx - head * 0.3, hy - head * 0.95, head * 0.5, 0, Math.PI * 2);
  ctx.rect(x - head * 0.4, hy, head * 0.8, shY - hy + head);
  ctx.fill();
  ctx.beginPath(); // rounded shoulders easing in to the hips
  ctx.moveTo(x - half * 0.85, seatY);
  ctx.lineTo(x - half, shY + head * 0.8);
  ctx.quadraticCurveTo(x - half, shY, x, shY);
  ctx.quadraticCurveTo(x + half, shY, x + half, shY + head * 0.8);
  ctx.lineTo(x + half * 0.85, seatY);
  ctx.fill();
  ctx.lineWidth = h * 0.085;
  for (const side of [-1, 1]) {
    ctx.beginPath(); // arms hang, then bend at the elbow to hands resting in the lap
    ctx.moveTo(x + side * half * 0.9, shY + head * 0.6);
    ctx.lineTo(x + side * half * 1.02, seatY - h * 0.12);
    ctx.lineTo(x + side * h * 0.04, seatY - h * (pose.phone ? 0.14 : 0.03));
    ctx.stroke();
  }
  if (pose.phone) {
    glow(ctx, x, seatY - h * 0.17, h * 0.1, '#fff1dc', 0.45, true);
    ctx.fillStyle = '#fff4e6';
    ctx.fillRect(x - h * 0.025, seatY - h * 0.2, h * 0.05, h * 0.035);
  }
  ctx.restore();
}
