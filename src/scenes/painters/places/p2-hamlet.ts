/** The hamlet's cabins: small timber houses deep in snow, their windows lit warm against the cold. */
import { glow, linear, rgba } from '../paint-kit';

/** Colours a cabin takes in one light: front and side timber, snow on the roof, lamplight. */
export interface CabinLook {
  wall: string;
  wallShade: string;
  snow: string;
  snowShade: string;
  lamp: string;
}

/**
 * A cabin `w` wide with its foot on `baseY`, seen three-quarters: the gable end toward us and
 * lit, the long side running back to the right in shade, the roof a slab of snow.
 */
export function hamletCabin(
  ctx: CanvasRenderingContext2D,
  x: number,
  baseY: number,
  w: number,
  look: CabinLook,
  chimney: boolean,
): void {
  const h = w * 0.5;
  const roofH = w * 0.4;
  const [dx, dy] = [w * 0.62, -w * 0.14]; // the side wall's run back into the picture
  const L = x - w / 2;
  const R = x + w / 2;
  const T = baseY - h;
  const o = w * 0.09; // the eaves' overhang
  // The long side, in shade, with a blue band where the eave's snow shadows it.
  ctx.fillStyle = look.wallShade;
  ctx.beginPath();
  ctx.moveTo(R, baseY);
  ctx.lineTo(R + dx, baseY + dy);
  ctx.lineTo(R + dx, T + dy);
  ctx.lineTo(R, T);
  ctx.fill();
  lamp(ctx, R + dx * 0.45, baseY - h * 0.52 + dy * 0.45, w * 0.13, h * 0.3, look.lamp);
  // The gable end: timber courses, then its windows.
  ctx.fillStyle = look.wall;
  ctx.beginPath();
  ctx.moveTo(L, baseY);
  ctx.lineTo(L, T);
  ctx.lineTo(x, T - roofH);
  ctx.lineTo(R, T);
  ctx.lineTo(R, baseY);
  ctx.fill();
  ctx.fillStyle = rgba(look.wallShade, 0.5);
  for (let y = T + 6; y < baseY; y += Math.max(5, w * 0.06)) ctx.fillRect(L, y, w, 1.5);
  // The biggest cabin gets a door in the middle, where the path arrives.
  const door = w > 150;
  for (const side of [-1, 1]) {
    lamp(ctx, x + side * w * (door ? 0.3 : 0.2), baseY - h * 0.62, w * 0.15, h * 0.36, look.lamp);
  }
  if (door) {
    ctx.fillStyle = '#4a3436';
    ctx.fillRect(x - w * 0.08, baseY - h * 0.68, w * 0.16, h * 0.68);
    ctx.fillStyle = look.lamp;
    ctx.fillRect(x - w * 0.04, baseY - h * 0.6, w * 0.08, h * 0.14);
  }
  // The roof: a thick pillow of snow over the far slope, brightest along its ridge.
  ctx.fillStyle = linear(ctx, 0, T - roofH, 0, T + o, [
    [0, look.snow],
    [1, look.snowShade],
  ]);
  ctx.beginPath();
  ctx.moveTo(x, T - roofH - w * 0.05);
  ctx.lineTo(x + dx, T - roofH - w * 0.05 + dy);
  ctx.lineTo(R + o + dx, T + o * 0.5 + dy);
  ctx.quadraticCurveTo(R + o + dx * 0.5, T + o * 1.2 + dy * 0.5, R + o, T + o * 0.5);
  ctx.fill();
  if (chimney) {
    const cx = x + dx * 0.55;
    const cy = T - roofH * 0.55 + dy * 0.55;
    ctx.fillStyle = '#6b5a5a';
    ctx.fillRect(cx, cy - w * 0.2, w * 0.09, w * 0.24);
    ctx.fillStyle = look.snow;
    ctx.fillRect(cx - 2, cy - w * 0.22, w * 0.09 + 4, w * 0.035);
    smoke(ctx, cx + w * 0.045, cy - w * 0.24, w);
  }
  // Snow lying thick along the gable's edge, and drifted up against the walls.
  ctx.strokeStyle = look.snow;
  ctx.lineWidth = w * 0.07;
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(L - o, T + o * 0.5);
  ctx.lineTo(x, T - roofH - w * 0.02);
  ctx.lineTo(R + o, T + o * 0.5);
  ctx.stroke();
  ctx.fillStyle = look.snow;
  ctx.beginPath();
  // Whole ellipses sunk below the foot, so no seam shows where wall and drift meet.
  ctx.ellipse(x, baseY + 2, w * 0.62, h * 0.13, 0, 0, Math.PI * 2);
  ctx.moveTo(R + dx * 1.1, baseY + dy * 0.5 + h * 0.04);
  ctx.ellipse(R + dx * 0.5, baseY + dy * 0.5 + h * 0.04, dx * 0.6, h * 0.14, 0, 0, Math.PI * 2);
  ctx.fill();
}

/** A lit window: warm pane, a cross of glazing bars, and the glow it throws on the snow. */
function lamp(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  hex: string,
) {
  glow(ctx, x, y + h * 0.3, w * 2.4, hex, 0.35, true);
  ctx.fillStyle = hex;
  ctx.fillRect(x - w / 2, y - h / 2, w, h);
  ctx.fillStyle = rgba('#3a2a2a', 0.7);
  ctx.fillRect(x - 1, y - h / 2, 2, h);
  ctx.fillRect(x - w / 2, y - 1, w, 2);
}

/** Wood smoke leaning away on a slight wind, thinning as it climbs. */
export function smoke(ctx: CanvasRenderingContext2D, x: number, y: number, scale: number): void {
  for (let i = 0; i < 8; i++) {
    const t = i / 7;
    const r = scale * (0.06 + t * 0.22);
    glow(ctx, x + t * t * scale * 0.9, y - t * scale * 1.1, r, '#98a0b2', 0.45 * (1 - t * 0.8));
  }
}
