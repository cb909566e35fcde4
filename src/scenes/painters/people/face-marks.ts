/**
 * The few face marks the style allows: closed-eye curves, small oval eyes and a mouth. Enough
 * to read an expression across a room, never a portrait.
 */

/**
 * One soft stroke bent from (x - w/2, y + lift) through a control point `bend` below y to the
 * other side: every curved face mark is this stroke with different numbers.
 */
function curveMark(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  lift: number,
  bend: number,
  width: number,
  ink: string,
): void {
  ctx.save();
  ctx.strokeStyle = ink;
  ctx.lineWidth = width;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x - w / 2, y + lift);
  ctx.quadraticCurveTo(x, y + bend, x + w / 2, y + lift);
  ctx.stroke();
  ctx.restore();
}

/** A closed, smiling eye: the upturned curve of someone laughing. */
export function laughingEye(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  ink: string,
): void {
  curveMark(ctx, x, y, w, 4, -w * 0.55, 4.5, ink);
}

/** A lowered lid: the downward curve of eyes closed softly or looking down. */
export function lidEye(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  ink: string,
): void {
  curveMark(ctx, x, y, w, -2, w * 0.4, 4, ink);
}

/** An open eye as a small soft oval: enough to give a gaze, not enough to be a portrait. */
export function dotEye(ctx: CanvasRenderingContext2D, x: number, y: number, ink: string): void {
  ctx.fillStyle = ink;
  ctx.beginPath();
  ctx.ellipse(x, y, 6.5, 8.5, 0, 0, Math.PI * 2);
  ctx.fill();
}

/** A gently smiling mouth line. */
export function smileMouth(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  ink: string,
): void {
  curveMark(ctx, x, y, w, 0, w * 0.35, 4, ink);
}

/** An open laughing mouth: a dark D-shape with a sliver of teeth along the top. */
export function laughMouth(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  const m = new Path2D();
  m.moveTo(x - w / 2, y);
  m.quadraticCurveTo(x, y - 6, x + w / 2, y);
  m.quadraticCurveTo(x + w * 0.35, y + h, x, y + h);
  m.quadraticCurveTo(x - w * 0.35, y + h, x - w / 2, y);
  ctx.save();
  ctx.fillStyle = '#6e2a2a';
  ctx.fill(m);
  ctx.clip(m);
  ctx.fillStyle = '#fff6ee';
  ctx.fillRect(x - w / 2, y - 8, w, 8 + h * 0.22);
  ctx.fillStyle = '#d9645a';
  ctx.beginPath();
  ctx.ellipse(x, y + h, w * 0.3, h * 0.35, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
}
