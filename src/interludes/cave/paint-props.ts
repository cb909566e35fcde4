/** The cave's things, painted in code: rocks, Doris and the ship (effects: paint-fx.ts). */
import { glow, linear, rgba } from '../../scenes/painters/paint-kit';
import { EFFECTS } from './paint-fx';
import { ship } from './paint-ship';

/** A prop's cell and anchor (defined with the effects). */
export type { PropSpec } from './paint-fx';
import type { PropSpec } from './paint-fx';

const ROCK = '#2a1a3e';
const ROCK_LIT = '#6b4f9a';

/** A lumpy rock on the floor: dark body, a lit top edge from the fungus, a soft shadow. */
function rockLump(
  ctx: CanvasRenderingContext2D,
  w: number,
  h: number,
  lean: number,
  rim: string,
): void {
  ctx.fillStyle = 'rgba(8,4,14,0.45)';
  ctx.beginPath();
  ctx.ellipse(0, -2, w * 0.62, 9, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = linear(ctx, 0, -h, 0, 0, [
    [0, ROCK_LIT],
    [0.35, ROCK],
    [1, '#160d22'],
  ]);
  ctx.beginPath();
  ctx.moveTo(-w / 2, 0);
  ctx.bezierCurveTo(-w / 2 - 4, -h * 0.7, -w * 0.2 + lean, -h - 4, w * 0.12 + lean, -h);
  ctx.bezierCurveTo(w / 2 + 2, -h * 0.9, w / 2 + 6, -h * 0.3, w / 2, 0);
  ctx.closePath();
  ctx.fill();
  ctx.strokeStyle = rim;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(-w * 0.3 + lean, -h * 0.92);
  ctx.quadraticCurveTo(w * 0.1 + lean, -h - 3, w * 0.38, -h * 0.72);
  ctx.stroke();
}

function stalagmite(ctx: CanvasRenderingContext2D): void {
  ctx.fillStyle = 'rgba(8,4,14,0.45)';
  ctx.beginPath();
  ctx.ellipse(0, -2, 26, 8, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = linear(ctx, -22, 0, 22, 0, [
    [0, '#1a1028'],
    [0.6, '#3a2656'],
    [1, '#5d4488'],
  ]);
  ctx.beginPath();
  ctx.moveTo(-24, 0);
  ctx.quadraticCurveTo(-10, -60, 2, -118);
  ctx.quadraticCurveTo(12, -60, 24, 0);
  ctx.fill();
  ctx.strokeStyle = rgba('#b9a0ff', 0.55);
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  ctx.moveTo(4, -108);
  ctx.quadraticCurveTo(12, -60, 20, -6);
  ctx.stroke();
}

/** Doris: a glowing pink slug, the size of a loaf, minding her own business. */
function doris(ctx: CanvasRenderingContext2D, stretch: number): void {
  glow(ctx, 0, -8, 46, '#f08ad8', 0.45);
  ctx.fillStyle = linear(ctx, 0, -22, 0, 0, [
    [0, '#ffc2ec'],
    [1, '#d9609f'],
  ]);
  ctx.beginPath();
  ctx.ellipse(0, -8, 22 * stretch, 9, 0, Math.PI, Math.PI * 2);
  ctx.lineTo(22 * stretch, 0);
  ctx.lineTo(-22 * stretch, 0);
  ctx.fill();
  ctx.strokeStyle = '#ffc2ec';
  ctx.lineWidth = 2;
  ctx.beginPath(); // two eye stalks
  ctx.moveTo(16 * stretch, -10);
  ctx.lineTo(22 * stretch, -24);
  ctx.moveTo(12 * stretch, -12);
  ctx.lineTo(14 * stretch, -26);
  ctx.stroke();
  ctx.fillStyle = '#2a1430';
  for (const x of [22, 14]) ctx.fillRect(x * stretch - 1.5, -27, 3, 3);
}

/** Every prop, by frame name. */
export const PROPS: Record<string, PropSpec> = {
  ...EFFECTS,
  boulder0: {
    w: 110,
    h: 90,
    ax: 55,
    ay: 84,
    paint: (ctx) => rockLump(ctx, 76, 58, 6, rgba('#b9a0ff', 0.6)),
  },
  boulder1: {
    w: 110,
    h: 90,
    ax: 55,
    ay: 84,
    paint: (ctx) => rockLump(ctx, 66, 48, -8, rgba('#7ef0e0', 0.5)),
  },
  stalagmite: { w: 70, h: 130, ax: 35, ay: 124, paint: stalagmite },
  pillar: {
    w: 300,
    h: 170,
    ax: 150,
    ay: 150,
    paint: (ctx) => rockLump(ctx, 250, 120, 10, rgba('#b9a0ff', 0.5)),
  },
  sulkRock: {
    w: 110,
    h: 70,
    ax: 55,
    ay: 64,
    paint: (ctx) => rockLump(ctx, 84, 36, 0, rgba('#b8f27a', 0.55)),
  },
  dorisRock: {
    w: 110,
    h: 70,
    ax: 55,
    ay: 64,
    paint: (ctx) => rockLump(ctx, 80, 30, 4, rgba('#f08ad8', 0.6)),
  },
  doris0: { w: 110, h: 80, ax: 55, ay: 50, paint: (ctx) => doris(ctx, 1) },
  doris1: { w: 110, h: 80, ax: 55, ay: 50, paint: (ctx) => doris(ctx, 1.12) },
  ship: { w: 440, h: 400, ax: 220, ay: 320, paint: ship },
};
