/** What stands on the beach: striped parasols, towels, gulls, and the shadows the sun gives them. */
import { linear, rgba } from '../paint-kit';

/** Where the light comes from: shadows fall away from `sun`, `reach` times an object's height. */
export interface Sunlight {
  sun: readonly [number, number];
  reach: number;
  /** How much the sand's slant flattens a shadow's direction (1 when the sun is on the horizon). */
  flatten: number;
  shadow: string;
  alpha: number;
}

/** A soft shadow on the sand from (x, y), `w` wide, falling away from the sun. */
export function castShadow(
  ctx: CanvasRenderingContext2D,
  light: Sunlight,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  const dx = x - light.sun[0];
  const dy = Math.max(40, y - light.sun[1]); // shadows on flat sand always fall toward us a little
  const angle = Math.atan2(dy * light.flatten, dx);
  const len = h * light.reach;
  ctx.save();
  ctx.translate(x, y);
  ctx.rotate(angle);
  ctx.fillStyle = rgba(light.shadow, light.alpha);
  ctx.beginPath();
  ctx.ellipse(len / 2 - w * 0.1, 0, Math.max(len / 2, w * 0.5), w * 0.13, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
}

/** A beach parasol standing at (x, y): a tilted pole and a shallow dome of alternating stripes. */
export function parasol(
  ctx: CanvasRenderingContext2D,
  light: Sunlight,
  x: number,
  y: number,
  size: number,
  stripes: readonly [string, string],
  pole: string,
): void {
  const r = 95 * size;
  const h = 150 * size;
  const tilt = 0.14;
  const topX = x + h * tilt;
  const topY = y - h;
  castShadow(ctx, light, x + h * tilt * 0.5, y + 4 * size, r * 1.9, h);
  ctx.strokeStyle = pole;
  ctx.lineWidth = 5 * size;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(topX, topY - r * 0.3);
  ctx.stroke();
  ctx.save();
  ctx.translate(topX, topY);
  ctx.rotate(tilt);
  // A shallow cone seen from a little above: eight wedges fan from the tip to the front half of
  // the rim, narrow at the sides and wide in the middle, which is what makes the stripes read.
  const ry = r * 0.26;
  const rim = (a: number): [number, number] => [Math.cos(a) * r, Math.sin(a) * ry];
  for (let i = 0; i < 8; i++) {
    const a0 = Math.PI - (i / 8) * Math.PI;
    const a1 = Math.PI - ((i + 1) / 8) * Math.PI;
    const [x0, y0] = rim(a0);
    const [x1, y1] = rim(a1);
    const [mx, my] = rim((a0 + a1) / 2);
    ctx.fillStyle = stripes[i % 2] ?? '#ffffff';
    ctx.beginPath();
    ctx.moveTo(0, -r * 0.4);
    ctx.lineTo(x0, y0);
    ctx.quadraticCurveTo(mx * 0.98, my + 10 * size, x1, y1); // each panel sags between ribs
    ctx.closePath();
    ctx.fill();
  }
  // Light from above: the far side of the cone brightens, the near rim sinks into shade.
  ctx.fillStyle = linear(ctx, 0, -r * 0.4, 0, ry + 10 * size, [
    [0, rgba('#ffffff', 0.18)],
    [0.6, rgba('#ffffff', 0)],
    [1, rgba('#5a3a30', 0.14)],
  ]);
  ctx.beginPath();
  ctx.moveTo(0, -r * 0.4);
  ctx.lineTo(-r, 0);
  ctx.ellipse(0, 0, r, ry + 10 * size, 0, Math.PI, 0, true);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = pole;
  ctx.beginPath();
  ctx.arc(0, -r * 0.4, 4 * size, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
}

/** A towel laid flat on the sand: a parallelogram foreshortened by the slant of the beach. */
export function towel(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  color: string,
  band: string,
): void {
  const d = w * 0.22;
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + w, y);
  ctx.lineTo(x + w + d, y + d * 0.55);
  ctx.lineTo(x + d, y + d * 0.55);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = band;
  ctx.fillRect(x + w * 0.2 + d * 0.25, y + 1, w * 0.1, d * 0.5);
}

/** A gull gliding: two bowed wing strokes meeting at the body, `s` across. */
export function gull(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  s: number,
  color: string,
) {
  ctx.strokeStyle = color;
  ctx.lineWidth = Math.max(1.5, s * 0.09);
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x - s / 2, y - s * 0.08);
  ctx.quadraticCurveTo(x - s * 0.22, y - s * 0.28, x, y);
  ctx.quadraticCurveTo(x + s * 0.22, y - s * 0.28, x + s / 2, y - s * 0.1);
  ctx.stroke();
}
