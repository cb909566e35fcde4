/**
 * Face marks beyond face-marks.ts, for the second cast: brows, half-lidded and tearful eyes,
 * and the small mouths (flat, talking, smirking, downturned, trembling). Same ink, same weight.
 */

/** One round-capped stroke through a quadratic curve: every mark here is one or two of these. */
function stroke(
  ctx: CanvasRenderingContext2D,
  pts: readonly number[],
  width: number,
  ink: string,
): void {
  const [x0 = 0, y0 = 0, qx = 0, qy = 0, x1 = 0, y1 = 0] = pts;
  ctx.save();
  ctx.strokeStyle = ink;
  ctx.lineWidth = width;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.quadraticCurveTo(qx, qy, x1, y1);
  ctx.stroke();
  ctx.restore();
}

/**
 * A brow over the eye at (x, y); `side` is -1 (left) or 1. `knit` > 0 lifts the inner end
 * (worry, hurt), < 0 drops it (a level, stern look).
 */
export function brow(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  side: number,
  knit: number,
  ink: string,
): void {
  const inner = x - side * 15;
  const outer = x + side * 16;
  stroke(ctx, [inner, y - knit * 9, x, y - 8 + knit * 2, outer, y - 1 + knit * 3], 5, ink);
}

/** A heavy-lidded eye: the lower half of an oval under a lid line, for knowing or smug looks. */
export function halfEye(ctx: CanvasRenderingContext2D, x: number, y: number, ink: string): void {
  ctx.fillStyle = ink;
  ctx.beginPath();
  ctx.ellipse(x, y, 7, 7.5, 0, 0, Math.PI);
  ctx.fill();
  stroke(ctx, [x - 14, y + 1, x, y - 4, x + 14, y + 1], 4, ink);
}

/** A tear held in the eye: a bright rim under it and one small drop on the cheek, no more. */
export function tearGlint(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  drop: boolean,
): void {
  stroke(ctx, [x - 10, y + 11, x, y + 16, x + 10, y + 11], 3.5, 'rgba(236,246,255,0.9)');
  ctx.fillStyle = 'rgba(255,255,255,0.95)';
  ctx.beginPath();
  ctx.arc(x + 3, y - 3, 2.6, 0, Math.PI * 2);
  ctx.fill();
  if (!drop) return;
  ctx.fillStyle = 'rgba(226,240,252,0.85)';
  ctx.beginPath();
  ctx.moveTo(x + 6, y + 24);
  ctx.quadraticCurveTo(x + 12, y + 36, x + 6, y + 40);
  ctx.quadraticCurveTo(x, y + 36, x + 6, y + 24);
  ctx.fill();
}

/** A closed, level mouth: saying nothing on purpose. */
export function flatMouth(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  ink: string,
): void {
  stroke(ctx, [x - w / 2, y, x, y + 1, x + w / 2, y], 4, ink);
}

/** A corner-down mouth: hurt or sad, kept small. */
export function downMouth(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  ink: string,
): void {
  stroke(ctx, [x - w / 2, y + 5, x, y - 6, x + w / 2, y + 5], 4, ink);
}

/** A one-sided smile: flat on the left, lifted on the right. */
export function smirkMouth(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  ink: string,
): void {
  stroke(ctx, [x - w / 2, y + 2, x + w * 0.1, y + 6, x + w / 2, y - 6], 4, ink);
  stroke(ctx, [x + w / 2 - 2, y - 8, x + w / 2 + 4, y - 6, x + w / 2 + 5, y - 2], 3, ink);
}

/** A mouth caught mid-word: a small dark rounded opening. */
export function talkMouth(ctx: CanvasRenderingContext2D, x: number, y: number, w: number): void {
  ctx.fillStyle = '#6e2a2a';
  ctx.beginPath();
  ctx.ellipse(x, y + 4, w / 2, w * 0.3, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#fff6ee';
  ctx.fillRect(x - w * 0.3, y - 3, w * 0.6, 4);
}

/** A trembling mouth: a small wavering downturned line and a short mark under the lip. */
export function trembleMouth(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  ink: string,
): void {
  ctx.save();
  ctx.strokeStyle = ink;
  ctx.lineWidth = 3.5;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  const n = 6;
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const px = x - w / 2 + w * t;
    const py = y + 5 - Math.sin(t * Math.PI) * 6 + (i % 2 ? -2 : 2);
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.stroke();
  ctx.restore();
  stroke(ctx, [x - 7, y + 18, x, y + 16, x + 7, y + 18], 3, ink);
}
