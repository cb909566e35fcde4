import type { FigurePainter } from '../types';
import { glow, linear, rgba } from '../paint-kit';
import { inFigureSpace, pivot, shaded, softly } from './figure-kit';
import { hand, limb } from './limbs';
import { laughingEye, laughMouth } from './face-marks';
import { backHair, frontHair, profileHead } from './catherine-hair';
import { INK, knit, SKIN, SKIN_SHADOW, TOP, TOP_SHADOW } from './catherine-look';
import { lunchPoses } from './catherine-lunch';

/**
 * Catherine: muted blue, loose light-brown hair. Remembered (laughing, turned) her edges are
 * softened like recall; at the lunch (sharp, hurt: catherine-lunch.ts) she is across the
 * table, here and now, so she is painted crisp like everyone else in the present.
 */
export const paintCatherine: FigurePainter = (ctx, pose, width, height) => {
  const lunch = lunchPoses[pose];
  if (lunch) return inFigureSpace(ctx, width, height, () => lunch(ctx));
  softly(ctx, width, height, 1.4, (c) =>
    inFigureSpace(c, width, height, () => (pose === 'turned' ? turned : laughing)(c)),
  );
};

/** Laughing: head tipped to one side, eyes shut with it, a hand pressed to her chest. */
function laughing(ctx: CanvasRenderingContext2D): void {
  const sY = 630;
  const headAt = (paint: () => void) => pivot(ctx, 320, sY - 70, 0.17, paint);
  headAt(() => backHair(ctx, 320, sY - 214));
  const skin = new Path2D();
  skin.rect(284, sY - 126, 72, 116);
  skin.ellipse(320, sY - 10, 92, 70, 0, 0, Math.PI * 2);
  shaded(ctx, skin, SKIN, SKIN_SHADOW, 284, 380, 0.45);
  ctx.fillStyle = rgba(SKIN_SHADOW, 0.4);
  ctx.fillRect(284, sY - 126, 72, 36);

  // A soft knit top with a scoop neck; its curve is the one clear edge on her.
  const t = new Path2D();
  t.moveTo(236, sY - 26);
  t.bezierCurveTo(180, sY - 20, 146, sY + 6, 140, sY + 80);
  t.bezierCurveTo(134, sY + 240, 176, 900, 180, 1080);
  t.lineTo(460, 1080);
  t.bezierCurveTo(464, 900, 506, sY + 240, 500, sY + 80);
  t.bezierCurveTo(494, sY + 6, 460, sY - 20, 404, sY - 26);
  t.quadraticCurveTo(320, sY + 110, 236, sY - 26);
  shaded(ctx, t, TOP, TOP_SHADOW, 150, 500, 0.5);
  knit(ctx, t);

  const sleeve = linear(ctx, 470, 0, 536, 0, [
    [0, TOP],
    [1, '#5b7aa3'],
  ]);
  limb(
    ctx,
    [
      [494, sY + 70],
      [512, sY + 260],
      [502, 1100],
    ],
    64,
    sleeve,
  );
  // Her near arm folds up so the hand rests on her chest as she laughs.
  const arm = [
    [150, sY + 70],
    [128, sY + 240],
    [158, 880],
    [230, 800],
    [266, 752],
  ] as const;
  limb(ctx, arm, 72, rgba(TOP_SHADOW, 0.5)); // a shadow rim keeps the folded arm off her body
  limb(ctx, arm, 60, TOP);
  hand(ctx, 286, 730, -0.5, SKIN, rgba(SKIN_SHADOW, 0.6));

  headAt(() => {
    face(ctx, 320, sY - 214);
    frontHair(ctx, 320, sY - 214);
  });
}

/** Front face with the laugh: shut eyes, an open smile, warm cheeks. */
function face(ctx: CanvasRenderingContext2D, cx: number, cy: number): void {
  ctx.save();
  ctx.translate(cx, cy);
  const f = new Path2D();
  f.moveTo(0, -108);
  f.bezierCurveTo(50, -108, 82, -70, 82, -10);
  f.bezierCurveTo(82, 46, 54, 100, 0, 104);
  f.bezierCurveTo(-54, 100, -82, 46, -82, -10);
  f.bezierCurveTo(-82, -70, -50, -108, 0, -108);
  shaded(ctx, f, SKIN, SKIN_SHADOW, -70, 90, 0.4);
  glow(ctx, -44, 34, 30, '#f08070', 0.32);
  glow(ctx, 44, 34, 30, '#f08070', 0.32);
  laughingEye(ctx, -31, 6, 28, INK);
  laughingEye(ctx, 31, 6, 28, INK);
  laughMouth(ctx, 0, 54, 46, 26);
  ctx.restore();
}

/** Turned away: her back to us, shoulders angled, face in profile looking down and off. */
function turned(ctx: CanvasRenderingContext2D): void {
  const sY = 640;
  const t = new Path2D();
  t.moveTo(260, sY - 30);
  t.bezierCurveTo(180, sY - 26, 132, sY + 6, 126, sY + 90);
  t.bezierCurveTo(122, sY + 250, 170, 900, 178, 1080);
  t.lineTo(444, 1080);
  t.bezierCurveTo(452, 900, 470, sY + 250, 462, sY + 80);
  t.bezierCurveTo(458, sY + 10, 430, sY - 24, 380, sY - 30);
  t.closePath();
  // Neck rising toward the profile, drawn first so the top's collar sits over it.
  const n = new Path2D();
  n.moveTo(300, sY - 20);
  n.lineTo(340, sY - 140);
  n.lineTo(404, sY - 124);
  n.lineTo(400, sY - 10);
  n.closePath();
  shaded(ctx, n, SKIN, SKIN_SHADOW, 300, 420, 0.5);
  shaded(ctx, t, TOP, TOP_SHADOW, 130, 470, 0.55);
  knit(ctx, t);
  ctx.strokeStyle = rgba(TOP_SHADOW, 0.3); // spine crease, the one line that says "her back"
  ctx.lineWidth = 5;
  ctx.beginPath();
  ctx.moveTo(300, sY + 40);
  ctx.quadraticCurveTo(290, 860, 300, 1080);
  ctx.stroke();
  const sleeve = linear(ctx, 100, 0, 170, 0, [
    [0, TOP],
    [1, '#6a89b2'],
  ]);
  limb(
    ctx,
    [
      [140, sY + 80],
      [124, sY + 280],
      [136, 1100],
    ],
    64,
    sleeve,
  );
  pivot(ctx, 360, sY - 80, 0.12, () => profileHead(ctx, 350, sY - 222, SKIN, SKIN_SHADOW, INK));
}
