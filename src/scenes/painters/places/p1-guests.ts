/**
 * Party guests as soft silhouettes with the low sun on one edge: grown-ups holding drinks,
 * children in paper hats. Same head-to-body ratio as passersby.ts, so they live in one city.
 */

/** How a guest stands: hair, a dress or trousers, a drink in hand, a child's arms in the air. */
export interface Pose {
  hair: 'short' | 'long' | 'bun';
  dress: boolean;
  drink: boolean;
  kid?: boolean;
  armsUp?: boolean;
  hat?: string;
  /** Lean from the feet in radians: people at parties tip toward whoever is talking. */
  lean?: number;
}

/** One guest standing on `footY`, `h` tall, in `color`, rimmed on the sun's side with `rim`. */
export function guest(
  ctx: CanvasRenderingContext2D,
  x: number,
  footY: number,
  h: number,
  color: string,
  rim: string,
  pose: Pose,
): void {
  ctx.save();
  ctx.fillStyle = 'rgba(70,50,40,0.22)'; // a long shadow, away from the low sun
  ctx.beginPath();
  ctx.ellipse(x - h * 0.3, footY, h * 0.34, h * 0.035, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.translate(x, footY);
  ctx.rotate(pose.lean ?? 0);
  // The same figure a few pixels toward the sun, in light, then the figure: a rim for free.
  figure(ctx, h * 0.012, 0, h, rim, pose);
  figure(ctx, 0, 0, h, color, pose);
  if (pose.drink) {
    const gx = h * 0.12;
    const gy = -h * 0.58;
    ctx.fillStyle = 'rgba(255,244,232,0.9)';
    ctx.fillRect(gx - h * 0.016, gy - h * 0.06, h * 0.032, h * 0.06);
    ctx.fillStyle = 'rgba(236,104,100,0.85)'; // pink lemonade, or something stronger
    ctx.fillRect(gx - h * 0.016, gy - h * 0.035, h * 0.032, h * 0.035);
    ctx.fillStyle = color; // the hand holding it
    ctx.beginPath();
    ctx.arc(gx - h * 0.01, gy - h * 0.005, h * 0.022, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.restore();
}

/** The bare silhouette, feet at (x, footY): head, hair, body, legs, a child's hat; no rim. */
export function figure(
  ctx: CanvasRenderingContext2D,
  x: number,
  footY: number,
  h: number,
  color: string,
  pose: Pose,
): void {
  const head = h * (pose.kid ? 0.15 : 0.092);
  const top = footY - h;
  const hy = top + head;
  const shY = top + head * (pose.kid ? 2.25 : 2.5);
  const half = h * (pose.kid ? 0.15 : 0.12);
  // A dress falls to the knee; a jacket stops at the hip and the legs carry on.
  const hem = footY - h * (pose.dress ? 0.24 : 0.44);
  const flare = pose.dress ? half * 1.1 : half * 0.82;
  ctx.fillStyle = ctx.strokeStyle = color;
  ctx.lineCap = ctx.lineJoin = 'round';
  ctx.beginPath();
  ctx.arc(x, hy, head, 0, Math.PI * 2);
  if (pose.hair === 'long')
    ctx.roundRect(x - head * 1.1, hy - head * 0.5, head * 2.2, head * 2.5, head);
  if (pose.hair === 'bun') ctx.arc(x - head * 0.25, hy - head * 1.05, head * 0.5, 0, Math.PI * 2);
  ctx.rect(x - head * 0.42, hy, head * 0.84, shY - hy + head);
  ctx.moveTo(x - flare, hem);
  ctx.quadraticCurveTo(x - half * 1.05, (shY + hem) / 2, x - half, shY + head * 0.7);
  ctx.quadraticCurveTo(x - half, shY, x, shY);
  ctx.quadraticCurveTo(x + half, shY, x + half, shY + head * 0.7);
  ctx.quadraticCurveTo(x + half * 1.05, (shY + hem) / 2, x + flare, hem);
  ctx.fill();
  ctx.lineWidth = h * (pose.dress ? 0.055 : 0.08);
  ctx.beginPath();
  for (const s of [-1, 1]) {
    ctx.moveTo(x + s * half * 0.36, hem - 4);
    ctx.lineTo(x + s * half * 0.4, footY - ctx.lineWidth / 2);
  }
  ctx.stroke();
  if (pose.armsUp) {
    ctx.lineWidth = h * 0.06;
    ctx.beginPath();
    for (const s of [-1, 1]) {
      ctx.moveTo(x + s * half * 0.8, shY + head * 0.4);
      ctx.lineTo(x + s * half * 1.6, shY - head * 1.5); // a child cheering, arms in a V
    }
    ctx.stroke();
  }
  if (pose.hat) {
    ctx.fillStyle = pose.hat;
    ctx.beginPath(); // a paper cone hat, tipped a little
    ctx.moveTo(x - head * 0.7, hy - head * 0.6);
    ctx.lineTo(x + head * 0.25, hy - head * 2.3);
    ctx.lineTo(x + head * 0.75, hy - head * 0.55);
    ctx.fill();
  }
}
