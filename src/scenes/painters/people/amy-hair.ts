/**
 * Amy's colours and her hair: auburn pulled up into a messy bun, a few strands escaping. The
 * bun is her silhouette, as Catherine's long waves are hers.
 */
import { rgba } from '../paint-kit';
import { shaded, smoothClosed, type Pt } from './figure-kit';
import type { Complexion } from './head-kit';

/** Amy's palette: fair skin, auburn hair, an ochre cardigan over a soft yellow tee. */
export const AMY = {
  face: {
    skin: '#f4cfb4',
    shadow: '#c98e72',
    ink: '#3d2722',
    brow: '#6b4030',
    lip: '#9a4a3c',
  } satisfies Complexion,
  hair: '#8c5636',
  hairShadow: '#4a2a1c',
  hairLight: '#d39a68',
  cardigan: { base: '#c98b2e', shadow: '#7a4e16' },
  tee: { base: '#f1cf5e', shadow: '#b98a2a' },
} as const;

// Head space: centre 0,0, face about ±82 wide, -110 to 106 tall.
// prettier-ignore
const CAP: Pt[] = [
  [-88, 6], [-98, -64], [-70, -122], [-6, -140], [62, -130], [98, -68], [90, 6], [80, -30],
  [58, -68], [22, -86], [2, -94], [-22, -86], [-58, -68], [-80, -30],
];
// The bun: a loose knot on the crown, lumpy on purpose.
// prettier-ignore
const BUN: Pt[] = [
  [-50, -128], [-72, -160], [-58, -204], [-18, -230], [30, -226], [66, -204], [78, -166],
  [58, -130], [10, -118],
];

/** The little hair at the nape behind the neck, drawn before the body. */
export function amyBackHair(ctx: CanvasRenderingContext2D, cx: number, cy: number): void {
  ctx.save();
  ctx.translate(cx, cy);
  const h = smoothClosed([
    [-90, -30],
    [-92, 40],
    [-60, 84],
    [0, 92],
    [60, 84],
    [92, 40],
    [90, -30],
  ]);
  ctx.fillStyle = AMY.hairShadow;
  ctx.fill(h);
  ctx.restore();
}

/** The pulled-back cap, the bun and the loose strands around the face. */
export function amyFrontHair(ctx: CanvasRenderingContext2D, cx: number, cy: number): void {
  ctx.save();
  ctx.translate(cx, cy);
  shaded(ctx, smoothClosed(BUN), AMY.hair, AMY.hairShadow, -60, 70, 0.55);
  shaded(ctx, smoothClosed(CAP), AMY.hair, AMY.hairShadow, -90, 96, 0.5);
  strands(ctx, AMY.hairLight, 0.55, 5, [
    [-30, -200, 0, -214, 30, -196],
    [-40, -160, 4, -150, 44, -170],
    [-60, -110, -20, -130, -6, -88],
    [60, -110, 24, -128, 8, -88],
  ]);
  // Flyaways out of the bun and wisps past the cheeks: the "no fuss" of her.
  strands(ctx, AMY.hair, 1, 6, [
    [44, -214, 70, -232, 84, -218],
    [-76, -40, -100, 40, -84, 104],
    [80, -44, 104, 20, 94, 80],
  ]);
  ctx.restore();
}

/** Strokes through quadratic curves [x0, y0, cx, cy, x1, y1]. */
function strands(
  ctx: CanvasRenderingContext2D,
  color: string,
  alpha: number,
  width: number,
  curves: readonly (readonly number[])[],
): void {
  ctx.strokeStyle = rgba(color, alpha);
  ctx.lineWidth = width;
  ctx.lineCap = 'round';
  for (const [x0 = 0, y0 = 0, qx = 0, qy = 0, x1 = 0, y1 = 0] of curves) {
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.quadraticCurveTo(qx, qy, x1, y1);
    ctx.stroke();
  }
}
