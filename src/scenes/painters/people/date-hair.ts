/**
 * The Date's colours, her long dark hair swept over one shoulder, and her head in profile for
 * when she turns away. The swept hair is her silhouette; the red dress is her colour.
 */
import { glow, rgba } from '../paint-kit';
import { shaded, smoothClosed, type Pt } from './figure-kit';
import { lidEye } from './face-marks';
import type { Complexion } from './head-kit';

/** The Date's palette: warm skin, red lips, near-black brown hair, a deep red dress. */
export const DATE = {
  face: {
    skin: '#f3c9aa',
    shadow: '#c48c6c',
    ink: '#2f1f1e',
    brow: '#3a2420',
    lip: '#a31f2e',
  } satisfies Complexion,
  hair: '#3d2420',
  hairShadow: '#170b0a',
  hairLight: '#8a5646',
  dress: { base: '#8e1b2b', shadow: '#3f0812' },
} as const;

// Head space: centre 0,0, face about ±82 wide, -110 to 106 tall. She parts it on her right.
// prettier-ignore
const BACK: Pt[] = [
  [-96, -70], [-118, 40], [-122, 150], [-104, 200], [-40, 196], [40, 210], [110, 300],
  [150, 420], [170, 330], [164, 180], [150, 40], [124, -90], [50, -156], [-40, -150],
];
// prettier-ignore
const FRONT: Pt[] = [
  [-30, -130], [-74, -110], [-100, -50], [-104, 40], [-96, 104], [-84, 50], [-80, -16],
  [-64, -68], [-30, -90], [14, -84], [58, -64], [82, -18], [90, 60], [98, 140], [96, 220],
  [108, 320], [98, 410], [126, 452], [154, 410], [158, 320], [144, 230], [148, 140], [130, 50],
  [124, -40], [100, -110], [40, -146],
];

/** The mass of hair behind her head and shoulders, drawn before the body. */
export function dateBackHair(ctx: CanvasRenderingContext2D, cx: number, cy: number): void {
  ctx.save();
  ctx.translate(cx, cy);
  ctx.fillStyle = DATE.hairShadow;
  ctx.fill(smoothClosed(BACK));
  ctx.restore();
}

/** The side part and the heavy wave swept across her forehead and down over one shoulder. */
export function dateFrontHair(ctx: CanvasRenderingContext2D, cx: number, cy: number): void {
  ctx.save();
  ctx.translate(cx, cy);
  shaded(ctx, smoothClosed(FRONT), DATE.hair, DATE.hairShadow, -100, 160, 0.55);
  shine(ctx, [
    [-20, -120, 60, -120, 108, -40],
    [110, 40, 134, 140, 118, 240],
    [124, 270, 142, 340, 126, 420],
    [-60, -96, -92, -30, -90, 60],
  ]);
  ctx.restore();
}

/** Her head in profile facing left and down, hair falling behind: turned away from him. */
export function dateProfile(ctx: CanvasRenderingContext2D, cx: number, cy: number): void {
  ctx.save();
  ctx.translate(cx, cy);
  ctx.scale(-1, 1); // drawn facing right, like Catherine's profile, then mirrored
  const f = new Path2D();
  f.moveTo(-20, -112);
  f.bezierCurveTo(40, -114, 78, -84, 82, -40);
  f.bezierCurveTo(84, -26, 86, -16, 96, 2);
  f.bezierCurveTo(100, 8, 96, 14, 86, 16);
  f.bezierCurveTo(90, 24, 90, 30, 86, 32);
  f.bezierCurveTo(90, 38, 88, 44, 82, 48);
  f.bezierCurveTo(84, 60, 82, 76, 66, 88);
  f.bezierCurveTo(46, 100, 10, 96, -20, 84);
  f.bezierCurveTo(-80, 70, -96, 10, -92, -40);
  f.bezierCurveTo(-86, -90, -60, -112, -20, -112);
  shaded(ctx, f, DATE.face.skin, DATE.face.shadow, -40, 100, 0.3);
  glow(ctx, 44, 30, 26, '#f07a62', 0.32);
  ctx.save();
  ctx.clip(f); // lips inside the profile's edge, not a red dot stuck on it
  ctx.fillStyle = DATE.face.lip;
  ctx.beginPath();
  ctx.ellipse(90, 30, 8, 9, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
  lidEye(ctx, 54, -8, 22, DATE.face.ink);
  // prettier-ignore
  const hair: Pt[] = [
    [60, -110], [20, -60], [6, 10], [-4, 90], [10, 200], [0, 320], [20, 430], [-60, 460],
    [-140, 420], [-160, 300], [-150, 160], [-150, 20], [-130, -90], [-60, -150], [20, -146],
  ];
  shaded(ctx, smoothClosed(hair), DATE.hair, DATE.hairShadow, -160, 40, 0.6);
  shine(ctx, [
    [30, -124, -60, -150, -120, -60],
    [-20, -40, -70, 100, -40, 260],
    [-110, 40, -146, 200, -110, 380],
  ]);
  ctx.restore();
}

/** Light strokes along the waves: quadratic curves [x0, y0, cx, cy, x1, y1]. */
function shine(ctx: CanvasRenderingContext2D, curves: readonly (readonly number[])[]): void {
  ctx.strokeStyle = rgba(DATE.hairLight, 0.55);
  ctx.lineWidth = 5;
  ctx.lineCap = 'round';
  for (const [x0 = 0, y0 = 0, qx = 0, qy = 0, x1 = 0, y1 = 0] of curves) {
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.quadraticCurveTo(qx, qy, x1, y1);
    ctx.stroke();
  }
}
