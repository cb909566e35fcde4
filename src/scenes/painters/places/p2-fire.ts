/** A log fire: two crossed logs on a bed of embers, tongues of flame layered from red to white. */
import { glow, linear, radial, rgba, roundRect } from '../paint-kit';

/** Flame colours from the cool outer skin to the white-hot heart, with how far each shrinks. */
const LAYERS = [
  ['#c8321f', 1, 0.9],
  ['#ee6a24', 0.78, 0.95],
  ['#ffab3d', 0.55, 1],
  ['#fff0b8', 0.3, 1],
] as const;

/**
 * A fire `w` wide standing on `baseY` at `x`, about `h` tall. The flames are drawn as one set
 * of tongues filled four times, each smaller and hotter, which is how a flat painting of fire
 * gets its depth without any blur.
 */
export function logFire(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  x: number,
  baseY: number,
  w: number,
  h: number,
): void {
  // The embers: a low mound glowing hottest in the middle.
  ctx.fillStyle = radial(ctx, x, baseY, w * 0.55, [
    [0, '#ffd27a'],
    [0.35, '#f07a2a'],
    [0.75, '#8e2a18'],
    [1, rgba('#3a140c', 0)],
  ]);
  ctx.beginPath();
  ctx.ellipse(x, baseY, w * 0.55, h * 0.12, 0, Math.PI, 0);
  ctx.fill();
  glow(ctx, x, baseY - h * 0.35, w * 1.6, '#ff7a2c', 0.32, true);

  // Tongues lean in toward the middle, where the logs cross and the draught is strongest; the
  // fattest ones overlap, so the fire reads as one body with flickering tips.
  const tongues: [number, number, number, number][] = [];
  for (const u of [-0.42, -0.24, -0.08, 0.06, 0.2, 0.4]) {
    const th =
      h * (0.42 + rand() * 0.4) * (1 - Math.abs(u) * 1.1) + (Math.abs(u) < 0.1 ? h * 0.3 : 0);
    tongues.push([
      x + u * w,
      th,
      w * (0.22 + rand() * 0.12),
      -u * w * 0.35 + (rand() - 0.5) * w * 0.1,
    ]);
  }
  for (const [hex, k, a] of LAYERS) {
    ctx.fillStyle = rgba(hex, a);
    ctx.beginPath();
    ctx.ellipse(x, baseY - 4, w * 0.46 * k, h * 0.16 * k, 0, Math.PI, 0);
    for (const [bx, th, tw, lean] of tongues) {
      const half = (tw * (0.4 + k * 0.6)) / 2;
      const top = baseY - 6 - th * k;
      const tx = bx + lean * k;
      ctx.moveTo(bx - half, baseY - 4);
      ctx.bezierCurveTo(
        bx - half * 1.3,
        baseY - th * k * 0.5,
        tx - half * 0.2,
        top + th * k * 0.35,
        tx,
        top,
      );
      ctx.bezierCurveTo(
        tx + half * 0.1,
        top + th * k * 0.45,
        bx + half * 1.3,
        baseY - th * k * 0.35,
        bx + half,
        baseY - 4,
      );
    }
    ctx.fill();
  }
  // The logs in front of the flames' feet: dark bark, glowing where the fire eats into them.
  for (const [dx, tilt] of [
    [-0.16, 0.1],
    [0.16, -0.1],
  ] as const) {
    ctx.save();
    ctx.translate(x + dx * w, baseY - h * 0.03);
    ctx.rotate(tilt);
    ctx.fillStyle = linear(ctx, 0, -h * 0.07, 0, h * 0.07, [
      [0, '#5a2c1a'],
      [0.5, '#2a1410'],
      [1, '#e0602a'],
    ]);
    roundRect(ctx, -w * 0.34, -h * 0.065, w * 0.68, h * 0.13, h * 0.065);
    ctx.fill();
    // The sawn end toward us, with the rings showing pale in the firelight.
    const ex = tilt > 0 ? -w * 0.34 : w * 0.34;
    ctx.fillStyle = '#c98a5a';
    ctx.beginPath();
    ctx.ellipse(ex, 0, h * 0.045, h * 0.065, 0, 0, Math.PI * 2);
    ctx.fill();
    ctx.strokeStyle = rgba('#7a4428', 0.8);
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.ellipse(ex, 0, h * 0.022, h * 0.032, 0, 0, Math.PI * 2);
    ctx.stroke();
    ctx.restore();
  }
  glow(ctx, x, baseY - h * 0.25, w * 0.5, '#ffd28a', 0.35, true); // the heart of the fire
}
