import type { FigurePainter } from '../types';
import { rgba } from '../paint-kit';
import { inFigureSpace, pivot, shaded, type Pt } from './figure-kit';
import { hand } from './limbs';
import { crossesBody, leftHand, neck, sleeve, torso } from './body-kit';
import { frontHead, type Expression } from './head-kit';
import { AMY, amyBackHair, amyFrontHair } from './amy-hair';

/** How a pose sets Amy's body: shoulder line, breadth, head tilt and drop, face, arms. */
interface AmyPose {
  sY: number;
  sw: number;
  tilt: number;
  drop: number;
  face: Expression;
  /** Arms as sleeve paths, then a hand [x, y, angle] for each arm that shows one. */
  arms: readonly (readonly Pt[])[];
  hands: readonly (readonly [number, number, number])[];
  /** A hand raised to her face is painted over the head rather than under it. */
  handOverHead?: boolean;
}

// prettier-ignore
const POSES: Record<string, AmyPose> = {
  smile: {
    sY: 620, sw: 182, tilt: 0.06, drop: 0,
    face: { eyes: 'open', mouth: 'smile', gaze: [2, 0] },
    arms: [[[160, 704], [128, 900], [136, 1100]], [[480, 704], [512, 900], [504, 1100]]],
    hands: [],
  },
  // Sad: shoulders down and in, chin tucked, arms wrapped around herself.
  sad: {
    sY: 648, sw: 166, tilt: 0.12, drop: 16,
    face: { eyes: 'lid', mouth: 'down', knit: 1, look: 6 },
    arms: [[[478, 718], [496, 900], [400, 890], [236, 800]], [[162, 718], [146, 910], [250, 880], [408, 790]]],
    hands: [[220, 792, Math.PI + 0.5], [424, 782, -0.5]],
  },
  // Laughing: shoulders up, head thrown back, a hand to her brow at her own joke. The raised
  // arm leaves from the shoulder, elbow high and out, then the forearm folds back to her brow.
  laugh: {
    sY: 606, sw: 184, tilt: -0.16, drop: 4,
    face: { eyes: 'laugh', mouth: 'laugh', look: -6 },
    arms: [[[160, 690], [126, 890], [134, 1100]], [[482, 650], [540, 578], [562, 500]], [[562, 500], [486, 414], [416, 356]]],
    hands: [[392, 338, -Math.PI * 0.8]],
    handOverHead: true,
  },
  // Thinking: eyes up and away, one brow up, knuckles under her chin, elbow on her other arm.
  thinking: {
    sY: 622, sw: 180, tilt: 0.1, drop: 0,
    face: { eyes: 'open', mouth: 'flat', gaze: [-10, -9], raise: 8 },
    arms: [[[166, 706], [136, 900], [250, 960], [440, 940]], [[474, 706], [506, 900], [450, 950], [380, 740], [354, 600]]],
    hands: [[342, 538, -Math.PI / 2 - 0.2]],
    handOverHead: true,
  },
};

/** Amy: ochre cardigan, yellow tee, auburn hair in a messy bun, no fuss. */
export const paintAmy: FigurePainter = (ctx, pose, width, height) =>
  inFigureSpace(ctx, width, height, () => {
    const p = POSES[pose] ?? POSES.smile;
    if (!p) return;
    const headY = p.sY - 210 + p.drop;
    const headAt = (paint: () => void) => pivot(ctx, 320, p.sY - 70, p.tilt, paint);
    headAt(() => amyBackHair(ctx, 320, headY));
    neck(ctx, p.sY, 36, AMY.face.skin, AMY.face.shadow);
    body(ctx, p.sY, p.sw);
    const arms = () => {
      for (const a of p.arms) sleeve(ctx, a, 66, AMY.cardigan, crossesBody(a));
      for (const [x, y, angle] of p.hands) {
        // Hands reaching left across her keep the thumb on top, so they are mirrored.
        const paint = Math.cos(angle) < -0.5 ? leftHand : hand;
        paint(ctx, x, y, angle, AMY.face.skin, rgba(AMY.face.shadow, 0.6));
      }
    };
    if (!p.handOverHead) arms();
    headAt(() => {
      frontHead(ctx, 320, headY, 1, AMY.face, p.face);
      amyFrontHair(ctx, 320, headY);
    });
    if (p.handOverHead) arms();
  });

/** The open cardigan over the tee: a yellow band down the middle, ribbed ochre edges. */
function body(ctx: CanvasRenderingContext2D, sY: number, sw: number): void {
  const t = torso(sY, sw, sw - 30, 60);
  shaded(ctx, t, AMY.cardigan.base, AMY.cardigan.shadow, 320 - sw, 320 + sw, 0.55);
  const band = new Path2D();
  band.moveTo(254, sY - 34);
  band.quadraticCurveTo(282, sY + 300, 264, 1080);
  band.lineTo(376, 1080);
  band.quadraticCurveTo(358, sY + 300, 386, sY - 34);
  band.closePath();
  ctx.save();
  ctx.clip(t);
  shaded(ctx, band, AMY.tee.base, AMY.tee.shadow, 260, 380, 0.4);
  ctx.fillStyle = AMY.face.skin; // the tee's low round neck
  ctx.beginPath();
  ctx.ellipse(320, sY - 40, 54, 58, 0, 0, Math.PI);
  ctx.fill();
  ctx.strokeStyle = rgba('#f0b860', 0.75); // the knit edge of the cardigan
  ctx.lineWidth = 16;
  for (const d of [-1, 1]) {
    ctx.beginPath();
    ctx.moveTo(320 + d * 72, sY - 40);
    ctx.quadraticCurveTo(320 + d * 44, sY + 300, 320 + d * 62, 1080);
    ctx.stroke();
  }
  ctx.restore();
}
