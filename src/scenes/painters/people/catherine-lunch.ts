/**
 * Catherine at the lunch where the papers are signed: facing him now, not remembered, so not
 * softened. The same knit top, hair and face as her memory poses, but held upright (sharp) or
 * drawn in (hurt).
 */
import { rgba } from '../paint-kit';
import { pivot, shaded, type Pt } from './figure-kit';
import { crossesBody, leftHand, sleeve } from './body-kit';
import { frontHead, type Complexion, type Expression } from './head-kit';
import { backHair, frontHair } from './catherine-hair';
import { INK, knit, SKIN, SKIN_SHADOW, TOP, TOP_SHADOW } from './catherine-look';

const FACE: Complexion = {
  skin: SKIN,
  shadow: SKIN_SHADOW,
  ink: INK,
  brow: '#7a5236',
  lip: '#9a4a44',
};
const CLOTH = { base: TOP, shadow: TOP_SHADOW };
const SHAPE = { w: 82, h: 108, jaw: 0.62 };

/** How a lunch pose sets her: shoulder line, breadth, head tilt and drop, face. */
interface LunchPose {
  sY: number;
  sw: number;
  tilt: number;
  drop: number;
  face: Expression;
  /** Sleeves back to front, then the hands that show, as [x, y, angle]. */
  arms: readonly (readonly Pt[])[];
  hands: readonly (readonly [number, number, number])[];
}

// prettier-ignore
const SHARP: LunchPose = {
  // Upright and square, arms folded high, a level look straight out of the frame.
  sY: 616, sw: 184, tilt: -0.02, drop: 0,
  face: { eyes: 'open', mouth: 'flat', knit: -0.35 },
  arms: [[[160, 690], [144, 850], [250, 830], [440, 790]], [[480, 690], [498, 860], [390, 850], [200, 790]]],
  hands: [[186, 786, Math.PI + 0.35]],
};
// prettier-ignore
const HURT: LunchPose = {
  // Shoulders drawn in, chin down, eyes lowered; arms held close, hands gripped low in front.
  sY: 640, sw: 158, tilt: 0.1, drop: 18,
  face: { eyes: 'lid', mouth: 'down', knit: 0.9, look: 8 },
  arms: [[[182, 706], [166, 900], [250, 1010]], [[458, 706], [474, 900], [390, 1010]]],
  hands: [[350, 1010, Math.PI - 0.2]],
};

/** Catherine's lunch poses by name, painted in figure space. */
export const lunchPoses: Record<string, (ctx: CanvasRenderingContext2D) => void> = {
  sharp: (ctx) => paint(ctx, SHARP),
  hurt: (ctx) => paint(ctx, HURT),
};

function paint(ctx: CanvasRenderingContext2D, p: LunchPose): void {
  const { sY, sw } = p;
  const headY = sY - 214 + p.drop;
  const headAt = (draw: () => void) => pivot(ctx, 320, sY - 70, p.tilt, draw);
  headAt(() => backHair(ctx, 320, headY));
  const skin = new Path2D();
  skin.rect(284, sY - 126, 72, 116);
  skin.ellipse(320, sY - 10, 92, 70, 0, 0, Math.PI * 2);
  shaded(ctx, skin, SKIN, SKIN_SHADOW, 284, 380, 0.45);
  ctx.fillStyle = rgba(SKIN_SHADOW, 0.4);
  ctx.fillRect(284, sY - 126, 72, 36);
  // The same scoop-necked knit as in her memories, cut to this pose's shoulders.
  const t = new Path2D();
  t.moveTo(236, sY - 26);
  t.bezierCurveTo(320 - sw * 0.75, sY - 20, 320 - sw, sY + 6, 320 - sw, sY + 80);
  t.bezierCurveTo(320 - sw - 6, sY + 240, 176, 900, 180, 1080);
  t.lineTo(460, 1080);
  t.bezierCurveTo(464, 900, 320 + sw + 6, sY + 240, 320 + sw, sY + 80);
  t.bezierCurveTo(320 + sw, sY + 6, 320 + sw * 0.75, sY - 20, 404, sY - 26);
  t.quadraticCurveTo(320, sY + 110, 236, sY - 26);
  shaded(ctx, t, TOP, TOP_SHADOW, 320 - sw, 320 + sw, 0.5);
  knit(ctx, t);
  for (const a of p.arms) sleeve(ctx, a, 62, CLOTH, crossesBody(a));
  for (const [x, y, angle] of p.hands) leftHand(ctx, x, y, angle, SKIN, rgba(SKIN_SHADOW, 0.6));
  headAt(() => {
    frontHead(ctx, 320, headY, 1, FACE, p.face, SHAPE);
    frontHair(ctx, 320, headY);
  });
}
