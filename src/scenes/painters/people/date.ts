import type { FigurePainter } from '../types';
import { rgba } from '../paint-kit';
import { inFigureSpace, pivot, shaded, type Pt } from './figure-kit';
import { hand, limb } from './limbs';
import { neck, rimLight, torso } from './body-kit';
import { frontHead, type Expression } from './head-kit';
import { DATE, dateBackHair, dateFrontHair } from './date-hair';
import { dateTurnedAway } from './date-turned';

const CREASE = rgba(DATE.face.shadow, 0.6);
/** Smiling over her glass: easy, amused, a little tipsy (the flush is up). */
const SMILE: Expression = { eyes: 'open', mouth: 'smile', gaze: [3, 0] };
/** Flirting: heavy lids, one brow cocked, the half smile. */
const FLIRT: Expression = { eyes: 'half', mouth: 'smirk', raise: 12, knit: -0.1, look: 4 };

/** The Date: a deep red dress, bare shoulders, long dark hair swept over one of them. */
export const paintDate: FigurePainter = (ctx, pose, width, height) =>
  inFigureSpace(ctx, width, height, () => {
    if (pose === 'hurt') return dateTurnedAway(ctx);
    if (pose !== 'flirt') return front(ctx, 616, 0.04, SMILE, false);
    // Leaning in: the whole figure tips toward him and comes a little closer.
    ctx.save();
    ctx.translate(320, 1080);
    ctx.scale(1.08, 1.08);
    ctx.translate(-320, -1080);
    pivot(ctx, 320, 1080, 0.04, () => front(ctx, 640, 0.16, FLIRT, true));
    ctx.restore();
  });

/** A pose's arms: one hanging at her side, one bent (upper arm, then forearm) to a hand. */
interface Arms {
  hanging: (sY: number) => Pt[];
  bent: (sY: number) => [Pt[], Pt[]];
}
// prettier-ignore
const GLASS_ARMS: Arms = {
  // The glass in the hand away from the swept hair, so nothing hides it.
  hanging: (sY) => [[472, sY + 84], [496, sY + 290], [490, 1100]],
  bent: (sY) => [[[168, sY + 84], [146, sY + 296]], [[146, sY + 296], [186, sY + 220], [232, sY + 128]]],
};
// prettier-ignore
const FLIRT_ARMS: Arms = {
  hanging: (sY) => [[166, sY + 84], [144, sY + 290], [150, 1100]],
  bent: (sY) => [[[472, sY + 84], [534, sY + 276]], [[534, sY + 276], [500, sY + 160], [468, sY + 64]]],
};

/** Facing him: head tilted by `tilt`; smiling with a glass, or flirting with her hair. */
function front(
  ctx: CanvasRenderingContext2D,
  sY: number,
  tilt: number,
  e: Expression,
  flirt: boolean,
): void {
  const headY = sY - 210;
  const headAt = (paint: () => void) => pivot(ctx, 320, sY - 70, tilt, paint);
  headAt(() => dateBackHair(ctx, 320, headY));
  neck(ctx, sY, 34, DATE.face.skin, DATE.face.shadow);
  dress(ctx, sY, 320, 178);
  const arms = flirt ? FLIRT_ARMS : GLASS_ARMS;
  limb(ctx, arms.hanging(sY), 54, DATE.face.skin);
  folded(ctx, ...arms.bent(sY));
  if (!flirt) {
    wineGlass(ctx, 234, sY + 8);
    hand(ctx, 234, sY + 100, -Math.PI / 2, DATE.face.skin, CREASE);
  }
  headAt(() => {
    frontHead(ctx, 320, headY, 1, DATE.face, e, { w: 80, h: 108, jaw: 0.6 });
    dateFrontHair(ctx, 320, headY);
  });
  // Twisting the lock that falls over her shoulder, fingers in her hair.
  if (flirt) hand(ctx, 462, sY + 40, -Math.PI / 2 - 0.3, DATE.face.skin, CREASE);
}

/** A bare arm bent at the elbow: the forearm lies over the upper arm, edged so the fold shows. */
function folded(ctx: CanvasRenderingContext2D, upper: readonly Pt[], fore: readonly Pt[]): void {
  limb(ctx, upper, 54, DATE.face.skin);
  limb(ctx, fore, 60, rgba(DATE.face.shadow, 0.45));
  limb(ctx, fore, 52, DATE.face.skin);
}

/** Bare shoulders, then the dress: broad straps and a deep V. */
function dress(ctx: CanvasRenderingContext2D, sY: number, cx: number, sw: number): void {
  const body = torso(sY, sw, sw - 36, 54, cx);
  shaded(ctx, body, DATE.face.skin, DATE.face.shadow, cx - sw, cx + sw, 0.45);
  const v = cx;
  const d = new Path2D();
  d.moveTo(cx - sw + 40, sY + 4);
  d.lineTo(v - 70, sY - 20);
  d.lineTo(v, sY + 170);
  d.lineTo(v + 70, sY - 20);
  d.lineTo(cx + sw - 40, sY + 4);
  d.bezierCurveTo(cx + sw - 20, sY + 60, cx + sw - 20, sY + 110, cx + sw - 4, sY + 140);
  d.bezierCurveTo(cx + sw, sY + 300, cx + sw - 30, 900, cx + sw - 36, 1080);
  d.lineTo(cx + sw - 36, 1140);
  d.lineTo(cx - sw + 36, 1140);
  d.lineTo(cx - sw + 36, 1080);
  d.bezierCurveTo(cx - sw + 30, 900, cx - sw, sY + 300, cx - sw + 4, sY + 140);
  d.bezierCurveTo(cx - sw + 20, sY + 110, cx - sw + 20, sY + 60, cx - sw + 40, sY + 4);
  shaded(ctx, d, DATE.dress.base, DATE.dress.shadow, cx - sw, cx + sw, 0.6);
  rimLight(ctx, d, '#ff8f78', cx - sw, cx + sw);
  ctx.strokeStyle = rgba('#d8566a', 0.4); // satin catching the light along the neckline
  ctx.lineWidth = 5;
  ctx.beginPath();
  ctx.moveTo(v - 62, sY - 8);
  ctx.lineTo(v, sY + 150);
  ctx.stroke();
}

/** A glass of red held by the stem: she is two glasses in. */
function wineGlass(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  const bowl = new Path2D();
  bowl.moveTo(x - 36, y - 60);
  bowl.quadraticCurveTo(x - 40, y + 10, x, y + 14);
  bowl.quadraticCurveTo(x + 40, y + 10, x + 36, y - 60);
  bowl.closePath();
  ctx.fillStyle = 'rgba(255,246,240,0.22)';
  ctx.fill(bowl);
  ctx.save();
  ctx.clip(bowl);
  ctx.fillStyle = '#5e0f1c';
  ctx.fillRect(x - 44, y - 22, 88, 40);
  ctx.restore();
  ctx.strokeStyle = 'rgba(255,246,240,0.6)';
  ctx.lineWidth = 3;
  ctx.stroke(bowl);
  ctx.lineWidth = 5;
  ctx.beginPath();
  ctx.moveTo(x, y + 14);
  ctx.lineTo(x, y + 90);
  ctx.stroke();
}
