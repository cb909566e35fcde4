/**
 * Catherine's loose, wavy light-brown hair, and her profile, which the hair frames. Hair
 * carries most of her character in this style, so it gets its own file.
 */
import { glow, rgba } from '../paint-kit';
import { shaded, smoothClosed, type Pt } from './figure-kit';
import { lidEye } from './face-marks';

const HAIR = '#b3895c';
const HAIR_SHADOW = '#5e3f2a';
const HAIR_LIGHT = '#e8c595';

// Outlines in head space (head centre at 0,0; face about ±82 wide, -108 to 104 tall).
// prettier-ignore
const BACK: Pt[] = [
  [-120, -70], [-160, 40], [-178, 150], [-160, 240], [-186, 320], [-140, 352], [-80, 330],
  [0, 350], [80, 330], [140, 352], [186, 320], [164, 240], [178, 150], [160, 40], [120, -70],
  [60, -156], [-60, -156],
];
// The front layer: the crown, a side part, and a wave falling past each cheek.
// prettier-ignore
const FRONT: Pt[] = [
  [-20, -112], [-60, -84], [-78, -30], [-84, 40], [-88, 100], [-104, 160], [-94, 206],
  [-122, 252], [-110, 294], [-140, 336], [-168, 300], [-152, 250], [-172, 190], [-150, 120],
  [-156, 20], [-144, -80], [-104, -140], [-30, -166], [50, -162], [118, -126], [150, -50],
  [152, 40], [168, 110], [150, 170], [176, 232], [158, 292], [172, 336], [132, 330], [124, 270],
  [108, 222], [110, 166], [92, 110], [88, 40], [80, -20], [58, -70], [14, -98],
];
// Turned away: hair over the back of the head, falling in waves down her back.
// prettier-ignore
const PROFILE: Pt[] = [
  [62, -104], [28, -60], [14, 0], [10, 60], [-6, 110], [2, 190], [-14, 260], [6, 330],
  [-10, 410], [-60, 438], [-110, 420], [-160, 430], [-150, 360], [-172, 290], [-150, 210],
  [-166, 130], [-146, 40], [-140, -50], [-104, -120], [-30, -156], [40, -140],
];

/** The hair behind her head and shoulders, drawn before the body so the top covers it. */
export function backHair(ctx: CanvasRenderingContext2D, cx: number, cy: number): void {
  ctx.save();
  ctx.translate(cx, cy);
  const h = smoothClosed(BACK);
  shaded(ctx, h, HAIR, HAIR_SHADOW, -170, 170, 0.6);
  ctx.fillStyle = rgba(HAIR_SHADOW, 0.4); // the hair's inside is in shadow
  ctx.fill(h);
  ctx.restore();
}

/** The crown, side part and two loose waves falling past her face onto her shoulders. */
export function frontHair(ctx: CanvasRenderingContext2D, cx: number, cy: number): void {
  ctx.save();
  ctx.translate(cx, cy);
  shaded(ctx, smoothClosed(FRONT), HAIR, HAIR_SHADOW, -150, 160, 0.5);
  waves(ctx, [
    [-20, -140, -110, -120, -120, -20],
    [-124, 60, -110, 140, -136, 210],
    [-136, 210, -150, 260, -140, 310],
    [40, -146, 126, -110, 126, -10],
    [128, 80, 140, 170, 136, 230],
  ]);
  ctx.restore();
}

/** Her head in profile, facing right and looking down, with the hair falling down her back. */
export function profileHead(
  ctx: CanvasRenderingContext2D,
  cx: number,
  cy: number,
  skin: string,
  skinShadow: string,
  ink: string,
): void {
  ctx.save();
  ctx.translate(cx, cy);
  const f = new Path2D();
  f.moveTo(-20, -112);
  f.bezierCurveTo(40, -114, 78, -84, 82, -40);
  f.bezierCurveTo(84, -26, 86, -16, 96, 2); // brow to nose tip
  f.bezierCurveTo(100, 8, 96, 14, 86, 16);
  f.bezierCurveTo(90, 24, 90, 30, 86, 32); // lips
  f.bezierCurveTo(90, 38, 88, 44, 82, 48);
  f.bezierCurveTo(84, 60, 82, 76, 66, 88); // chin
  f.bezierCurveTo(46, 100, 10, 96, -20, 84);
  f.bezierCurveTo(-80, 70, -96, 10, -92, -40);
  f.bezierCurveTo(-86, -90, -60, -112, -20, -112);
  shaded(ctx, f, skin, skinShadow, -40, 100, 0.3);
  glow(ctx, 50, 34, 24, '#f08070', 0.3);
  lidEye(ctx, 54, -10, 22, ink); // eyes lowered: she is somewhere else
  shaded(ctx, smoothClosed(PROFILE), HAIR, HAIR_SHADOW, -160, 40, 0.55);
  waves(ctx, [
    [40, -126, -40, -150, -116, -70],
    [-6, -60, -50, 60, -34, 200],
    [-110, 0, -150, 150, -120, 300],
    [-40, 230, -64, 320, -50, 400],
  ]);
  ctx.restore();
}

/** Light strokes along the waves: quadratic curves given as [x0, y0, cx, cy, x1, y1]. */
function waves(ctx: CanvasRenderingContext2D, curves: readonly (readonly number[])[]): void {
  ctx.strokeStyle = rgba(HAIR_LIGHT, 0.5);
  ctx.lineWidth = 5;
  ctx.lineCap = 'round';
  for (const [x0 = 0, y0 = 0, qx = 0, qy = 0, x1 = 0, y1 = 0] of curves) {
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.quadraticCurveTo(qx, qy, x1, y1);
    ctx.stroke();
  }
}
