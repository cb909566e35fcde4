/**
 * The subway stairwell seen from below: tiled walls and ceiling closing in on the bright
 * opening to the street, steps rising toward it, brass handrails and wall lamps.
 */
import { glow, linear, rgba } from '../paint-kit';

/** The opening at the top of the stairs, where the street and the sky are. */
export const TOP = { x0: 640, x1: 1280, y0: 70, y1: 430 } as const;
const BOTTOM_L = -260;
const BOTTOM_R = 2180;

/** Where the stair's left and right walls meet the steps at height `y`. */
export function wallX(y: number): [number, number] {
  const t = (y - TOP.y1) / (1080 - TOP.y1);
  return [TOP.x0 + (BOTTOM_L - TOP.x0) * t, TOP.x1 + (BOTTOM_R - TOP.x1) * t];
}

/** Paints walls, ceiling, steps, rails and lamps around the already painted opening. */
export function stairwell(ctx: CanvasRenderingContext2D, rand: () => number): void {
  // Steps: treads closer together toward the top, each nose catching the street's light.
  for (let i = 0; i < 26; i++) {
    const y0 = TOP.y1 + 650 * (i / 26) ** 1.5;
    const y1 = TOP.y1 + 650 * ((i + 1) / 26) ** 1.5;
    const [l0, r0] = wallX(y0);
    const [l1, r1] = wallX(y1);
    const lit = 1 - i / 26;
    ctx.fillStyle = i % 2 ? '#5a3f4c' : '#6e4e58';
    ctx.beginPath();
    ctx.moveTo(l0, y0);
    ctx.lineTo(r0, y0);
    ctx.lineTo(r1, y1 + 1);
    ctx.lineTo(l1, y1 + 1);
    ctx.fill();
    ctx.fillStyle = rgba('#ffc9a0', 0.25 + lit * 0.45);
    ctx.fillRect(l0, y0, r0 - l0, Math.max(2, (y1 - y0) * 0.14));
  }
  for (const side of [-1, 1] as const) wall(ctx, side, rand);
  // Ceiling: the dark underside of the entrance canopy, framing the opening.
  ctx.fillStyle = linear(ctx, 0, 0, 0, TOP.y0, [
    [0, '#1d1420'],
    [1, '#3a2a38'],
  ]);
  ctx.beginPath();
  ctx.moveTo(0, 0);
  ctx.lineTo(1920, 0);
  ctx.lineTo(TOP.x1, TOP.y0);
  ctx.lineTo(TOP.x0, TOP.y0);
  ctx.fill();
  ctx.fillStyle = rgba('#ffb98a', 0.5); // the lintel's lit edge
  ctx.fillRect(TOP.x0, TOP.y0 - 4, TOP.x1 - TOP.x0, 4);
}

/** One side wall: tiles warming under a lamp, a handrail sloping down from the street. */
function wall(ctx: CanvasRenderingContext2D, side: -1 | 1, rand: () => number): void {
  const edge = side < 0 ? 0 : 1920;
  const inner = side < 0 ? TOP.x0 : TOP.x1;
  const bottom = side < 0 ? BOTTOM_L : BOTTOM_R;
  const path = new Path2D();
  path.moveTo(edge, 0);
  path.lineTo(inner, TOP.y0);
  path.lineTo(inner, TOP.y1);
  path.lineTo(bottom, 1080);
  path.lineTo(edge, 1080);
  path.closePath();
  ctx.fillStyle = linear(ctx, edge, 0, inner, 0, [
    [0, '#4a3340'],
    [1, '#a87a78'],
  ]);
  ctx.fill(path);
  ctx.save();
  ctx.clip(path);
  // Tile courses run toward the opening; joints get closer together as the wall recedes.
  ctx.strokeStyle = rgba('#2a1c24', 0.25);
  ctx.lineWidth = 2;
  for (let k = 1; k < 12; k++) {
    const y = TOP.y0 + ((TOP.y1 - TOP.y0) * k) / 12;
    ctx.beginPath();
    ctx.moveTo(inner, y);
    ctx.lineTo(edge, ((y - TOP.y0) / (TOP.y1 - TOP.y0)) * 1080 * 1.35 - 140);
    ctx.stroke();
  }
  for (let k = 0; k < 9; k++) {
    const x = inner + (edge - inner) * (k / 9) ** 1.6;
    ctx.beginPath();
    ctx.moveTo(x, 0);
    ctx.lineTo(x, 1080);
    ctx.stroke();
  }
  for (const t of [0.35, 0.75]) {
    const lx = inner + (edge - inner) * t;
    const ly = 230 + t * 60;
    glow(ctx, lx, ly, 150 + t * 160, '#ffc48a', 0.5 + rand() * 0.1);
    ctx.fillStyle = '#fff0d6'; // the fitting itself, a small bright bar, larger as it nears
    ctx.fillRect(lx - 6 - t * 14, ly - 4 - t * 6, 12 + t * 28, 8 + t * 12);
  }
  ctx.restore();
  // The handrail, bright where the lamps and the street catch it.
  ctx.strokeStyle = '#d9a47a';
  ctx.lineWidth = 12;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(inner, TOP.y1 - 110);
  ctx.lineTo(edge + side * 40, 860);
  ctx.stroke();
  ctx.strokeStyle = rgba('#fff0d8', 0.6);
  ctx.lineWidth = 3;
  ctx.stroke();
}
