import type { FigurePainter } from '../types';
import { rgba } from '../paint-kit';
import { inFigureSpace, pivot, shaded } from './figure-kit';
import { hand, limb } from './limbs';
import { PAUL, paulHead, type PaulPose } from './paul-head';
import { collar, fabric } from './paul-shirt';

const SMILE: PaulPose = { lean: 0.01, lift: 0, tilt: 0.07, look: 2, laughing: false };
// Laughing: he rocks back, shoulders up, chin up, a hand flat on his chest.
const LAUGH: PaulPose = { lean: -0.03, lift: 14, tilt: -0.16, look: -10, laughing: true };

/** Paul, the sunny receptionist: loud patterned shirt, neat hair, neat moustache. */
export const paintPaul: FigurePainter = (ctx, pose, width, height) =>
  inFigureSpace(ctx, width, height, () => {
    const p = pose === 'laugh' ? LAUGH : SMILE;
    const sY = 600 - p.lift;
    pivot(ctx, 320, 1080, p.lean, () => {
      neck(ctx, sY);
      const body = torso(sY);
      fabric(ctx, body, 120, 520);
      ctx.save();
      ctx.clip(body);
      ctx.fillStyle = PAUL.trousers; // tucked into high-waisted trousers, the film's cut
      ctx.fillRect(0, 1024, 640, 60);
      ctx.fillStyle = rgba('#000000', 0.18);
      ctx.fillRect(0, 1024, 640, 6);
      ctx.restore();
      collar(ctx, sY);
      arms(ctx, sY, p);
      pivot(ctx, 320, sY - 60, p.tilt, () => paulHead(ctx, sY - 206, p));
    });
  });

/** The shirt body: sloping shoulders easing to the waist. */
function torso(sY: number): Path2D {
  const t = new Path2D();
  t.moveTo(262, sY - 40);
  t.bezierCurveTo(190, sY - 28, 130, sY - 8, 122, sY + 70);
  t.bezierCurveTo(114, sY + 250, 160, 900, 164, 1080);
  t.lineTo(476, 1080);
  t.bezierCurveTo(480, 900, 526, sY + 250, 518, sY + 70);
  t.bezierCurveTo(510, sY - 8, 450, sY - 28, 378, sY - 40);
  t.closePath();
  return t;
}

/** Neck and the open V of the collar, in skin. */
function neck(ctx: CanvasRenderingContext2D, sY: number): void {
  const n = new Path2D();
  n.rect(278, sY - 130, 84, 110);
  n.moveTo(262, sY - 40);
  n.lineTo(320, sY + 70);
  n.lineTo(378, sY - 40);
  shaded(ctx, n, PAUL.skin, PAUL.skinShadow, 278, 370, 0.5);
  ctx.fillStyle = rgba(PAUL.skinShadow, 0.45); // shadow under the jaw
  ctx.fillRect(278, sY - 130, 84, 36);
}

/** Short patterned sleeves and bare forearms; laughing, his left hand goes to his chest. */
function arms(ctx: CanvasRenderingContext2D, sY: number, p: PaulPose): void {
  limb(
    ctx,
    [
      [118, sY + 190],
      [106, sY + 330],
      [116, 1100],
    ],
    62,
    PAUL.skin,
  );
  if (p.laughing) {
    limb(
      ctx,
      [
        [526, sY + 190],
        [546, 870],
        [500, 830],
        [410, 740],
      ],
      58,
      PAUL.skin,
    );
    hand(ctx, 392, 728, Math.PI + 0.5, PAUL.skin, rgba(PAUL.skinShadow, 0.6));
  } else {
    limb(
      ctx,
      [
        [522, sY + 190],
        [534, sY + 330],
        [524, 1100],
      ],
      62,
      PAUL.skin,
    );
  }
  // Sleeves over the arms' tops; shading sells them as cylinders.
  for (const d of [-1, 1]) {
    const x = 320 + d * 190;
    const s = new Path2D();
    s.moveTo(x - d * 24, sY - 22);
    s.quadraticCurveTo(x + d * 26, sY + 4, x + d * 42, sY + 80);
    s.lineTo(x + d * 48, sY + 210);
    s.lineTo(x - d * 46, sY + 218);
    s.lineTo(x - d * 40, sY + 60);
    s.closePath();
    fabric(ctx, s, x - 50, x + 50);
  }
}
