/** Amy's game studio fittings: steel-framed windows, ductwork, pendant lamps and beanbags. */
import { glow, linear, rgba } from '../paint-kit';

/** Old factory windows over the already painted view: a thin steel grid of tall panes. */
export function steelWindows(ctx: CanvasRenderingContext2D, top: number, bottom: number): void {
  ctx.fillStyle = '#6a5c50';
  for (let x = 0; x <= 1920; x += 240) ctx.fillRect(x - 8, top, 16, bottom - top);
  for (let x = 120; x < 1920; x += 240) ctx.fillRect(x - 2, top, 4, bottom - top);
  for (const y of [top + 170, top + 340]) ctx.fillRect(0, y - 3, 1920, 6);
  ctx.fillRect(0, top - 8, 1920, 14);
}

/** Bare ductwork along the ceiling at `y`: the loft was a factory, and nobody hid its pipes. */
export function duct(ctx: CanvasRenderingContext2D, y: number, r: number): void {
  ctx.fillStyle = linear(ctx, 0, y - r, 0, y + r, [
    [0, '#efe4d0'],
    [0.45, '#d6c6aa'],
    [1, '#a8967a'],
  ]);
  ctx.fillRect(0, y - r, 1920, r * 2);
  ctx.fillStyle = rgba('#8a785e', 0.45);
  for (let x = 90; x < 1920; x += 260) ctx.fillRect(x, y - r - 2, 8, r * 2 + 4);
}

/** A pendant lamp on a long cord, its dome in coral, switched off: daylight is enough. */
export function pendant(ctx: CanvasRenderingContext2D, x: number, y: number, hex: string): void {
  ctx.fillStyle = '#4a4038';
  ctx.fillRect(x - 1.5, 0, 3, y);
  ctx.fillStyle = hex;
  ctx.beginPath();
  ctx.moveTo(x - 70, y + 54);
  ctx.quadraticCurveTo(x - 64, y, x, y);
  ctx.quadraticCurveTo(x + 64, y, x + 70, y + 54);
  ctx.fill();
  ctx.fillStyle = rgba('#fff6e4', 0.35); // the window's light along its top
  ctx.beginPath();
  ctx.ellipse(x + 18, y + 14, 28, 8, -0.3, 0, Math.PI * 2);
  ctx.fill();
}

/** A beanbag slumped on the floor, plump and unsat-in, a highlight where the sun reaches. */
export function beanbag(
  ctx: CanvasRenderingContext2D,
  x: number,
  floorY: number,
  w: number,
  hex: string,
): void {
  ctx.fillStyle = rgba('#6a4a30', 0.22);
  ctx.beginPath();
  ctx.ellipse(x + w * 0.1, floorY, w * 0.62, w * 0.08, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = hex;
  ctx.beginPath(); // two soft lumps with a dent between, where nobody has ever sat
  ctx.moveTo(x - w / 2, floorY);
  ctx.bezierCurveTo(
    x - w * 0.56,
    floorY - w * 0.2,
    x - w * 0.4,
    floorY - w * 0.46,
    x - w * 0.14,
    floorY - w * 0.44,
  );
  ctx.quadraticCurveTo(x - w * 0.02, floorY - w * 0.33, x + w * 0.12, floorY - w * 0.4);
  ctx.bezierCurveTo(
    x + w * 0.42,
    floorY - w * 0.42,
    x + w * 0.58,
    floorY - w * 0.18,
    x + w / 2,
    floorY,
  );
  ctx.closePath();
  ctx.fill();
  ctx.strokeStyle = rgba('#3a2418', 0.16);
  ctx.lineWidth = 4;
  ctx.lineCap = 'round';
  ctx.beginPath(); // a crease running down from the dent
  ctx.moveTo(x - w * 0.02, floorY - w * 0.32);
  ctx.quadraticCurveTo(x + w * 0.02, floorY - w * 0.18, x - w * 0.06, floorY - w * 0.06);
  ctx.stroke();
  glow(ctx, x - w * 0.22, floorY - w * 0.34, w * 0.26, '#fff3dc', 0.35);
}
