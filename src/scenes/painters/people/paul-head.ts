/** Paul's palette, pose shape and head: the face, neat hair and the famous moustache. */
import { glow, rgba } from '../paint-kit';
import { shaded } from './figure-kit';
import { dotEye, laughingEye, laughMouth, smileMouth } from './face-marks';

/** Paul's colours: warm skin, dark hair, a marigold shirt over brown trousers. */
export const PAUL = {
  skin: '#e8b08a',
  skinShadow: '#b86f52',
  hair: '#3f271d',
  shirt: '#f2b93b',
  shirtShadow: '#b8652a',
  trousers: '#7b4a35',
} as const;

/** How a pose bends the same body: lean, shoulder lift, head tilt, where the face looks. */
export interface PaulPose {
  lean: number;
  lift: number;
  tilt: number;
  look: number;
  laughing: boolean;
}

/** Paints the head centred at (320, cy) with the pose's expression. */
export function paulHead(ctx: CanvasRenderingContext2D, cy: number, p: PaulPose): void {
  ctx.save();
  ctx.translate(320, cy);
  ctx.fillStyle = PAUL.skin;
  for (const d of [-1, 1]) {
    ctx.beginPath();
    ctx.ellipse(d * 86, 10, 17, 27, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  const f = new Path2D();
  f.moveTo(0, -112);
  f.bezierCurveTo(54, -112, 88, -72, 88, -8);
  f.bezierCurveTo(88, 50, 62, 106, 0, 110);
  f.bezierCurveTo(-62, 106, -88, 50, -88, -8);
  f.bezierCurveTo(-88, -72, -54, -112, 0, -112);
  shaded(ctx, f, PAUL.skin, PAUL.skinShadow, -80, 90, 0.45);
  glow(ctx, -48, 40 + p.look, 30, '#f07a62', 0.28);
  glow(ctx, 48, 40 + p.look, 30, '#f07a62', 0.28);
  face(ctx, p);
  hair(ctx);
  ctx.restore();
}

/** Eyes, brows, nose and mouth; `look` shifts them up as the chin lifts in a laugh. */
function face(ctx: CanvasRenderingContext2D, p: PaulPose): void {
  const y = p.look;
  const ink = '#3a2420';
  if (p.laughing) {
    laughingEye(ctx, -34, y - 2, 30, ink);
    laughingEye(ctx, 34, y - 2, 30, ink);
    laughMouth(ctx, 0, y + 62, 58, 38);
  } else {
    dotEye(ctx, -33, y, ink);
    dotEye(ctx, 33, y, ink);
    smileMouth(ctx, 0, y + 66, 44, '#8a3b30');
  }
  // Brows climb when he laughs.
  const up = p.laughing ? 8 : 0;
  ctx.strokeStyle = PAUL.hair;
  ctx.lineWidth = 5;
  ctx.lineCap = 'round';
  for (const d of [-1, 1]) {
    ctx.beginPath();
    ctx.moveTo(d * 20, y - 28 - up);
    ctx.quadraticCurveTo(d * 34, y - 36 - up, d * 48, y - 30 - up);
    ctx.stroke();
  }
  ctx.strokeStyle = rgba(PAUL.skinShadow, 0.6);
  ctx.lineWidth = 4;
  ctx.beginPath();
  ctx.moveTo(4, y + 10);
  ctx.quadraticCurveTo(-6, y + 30, 6, y + 34);
  ctx.stroke();
  // The moustache: a neat rounded bar, the thing everybody remembers about Paul.
  ctx.fillStyle = PAUL.hair;
  ctx.beginPath();
  ctx.moveTo(-42, y + 58);
  ctx.quadraticCurveTo(-34, y + 38, 0, y + 42);
  ctx.quadraticCurveTo(34, y + 38, 42, y + 58);
  ctx.quadraticCurveTo(20, y + 52, 0, y + 56);
  ctx.quadraticCurveTo(-20, y + 52, -42, y + 58);
  ctx.fill();
}

/** Short, neat, side-parted hair with a soft highlight along the part. */
function hair(ctx: CanvasRenderingContext2D): void {
  const h = new Path2D();
  h.moveTo(-86, 4);
  h.bezierCurveTo(-100, -70, -70, -130, -10, -136);
  h.bezierCurveTo(60, -142, 104, -100, 92, 2);
  h.lineTo(84, 2);
  h.bezierCurveTo(80, -40, 70, -62, 40, -74);
  h.bezierCurveTo(0, -80, -30, -84, -44, -96); // the part, high on his right
  h.bezierCurveTo(-60, -70, -76, -50, -78, 4);
  h.closePath();
  shaded(ctx, h, PAUL.hair, '#1c100c', -90, 100, 0.5);
  ctx.strokeStyle = rgba('#a8765a', 0.5);
  ctx.lineWidth = 5;
  ctx.beginPath();
  ctx.moveTo(-40, -112);
  ctx.quadraticCurveTo(10, -130, 60, -112);
  ctx.stroke();
}
