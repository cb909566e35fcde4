/**
 * The few face marks the style allows: closed-eye curves, small oval eyes and a mouth. Enough
 * to read an expression across a room, never a portrait.
 */

/** A closed, smiling eye: the upturned curve of someone laughing. */
export function laughingEye(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  ink: string,
): void {
  ctx.save();
  ctx.strokeStyle = ink;
  ctx.lineWidth = 4.5;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x - w / 2, y + 4);
  ctx.quadraticCurveTo(x, y - w * 0.55, x + w / 2, y + 4);
  ctx.stroke();
  ctx.restore();
}

/** A lowered lid: the downward curve of eyes closed softly or looking down. */
export function lidEye(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  ink: string,
): void {
  ctx.save();
  ctx.strokeStyle = ink;
  ctx.lineWidth = 4;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x - w / 2, y - 2);
  ctx.quadraticCurveTo(x, y + w * 0.4, x + w / 2, y - 2);
  ctx.stroke();
  ctx.restore();
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
  ctx.save();
  ctx.strokeStyle = ink;
  ctx.lineWidth = 4;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x - w / 2, y);
  ctx.quadraticCurveTo(x, y + w * 0.35, x + w / 2, y);
  ctx.stroke();
  ctx.restore();
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
