import type { FigurePainter } from '../types';
import { rgba, seeded } from '../paint-kit';
import { inFigureSpace, pivot, shaded, type Pt } from './figure-kit';
import { hand, limb } from './limbs';
import { neck, torso } from './body-kit';
import { frontHead, type Expression } from './head-kit';
import { crown, JOCELYN, puffs } from './jocelyn-hair';
import { cupcake, partyHat } from './jocelyn-props';
import { fist, frosting, partyCup, waveHand } from './jocelyn-hands';

const SKIN = JOCELYN.face.skin;
const CREASE = rgba(JOCELYN.face.shadow, 0.6);
// Four years old: a round face with a short chin, narrow shoulders, short arms.
const SHAPE = { w: 88, h: 100, jaw: 0.5 };
const SW = 126;
const ARM = 46;

/** How a pose sets her: shoulder line, head tilt, hat tilt, face, and what her hands do. */
interface JocelynPose {
  sY: number;
  tilt: number;
  hat: number;
  face: Expression;
  /** Her right arm (our left) and her left arm (our right): shoulder, elbow, hand. */
  near: readonly Pt[];
  far: readonly Pt[];
  hands: (ctx: CanvasRenderingContext2D, sY: number) => void;
}

// prettier-ignore
const POSES: Record<string, JocelynPose> = {
  // Arrived at speed: a frosted hand up in a wave, the cupcake held out, hat knocked askew.
  happy: {
    sY: 704, tilt: 0.12, hat: 0.34, face: { eyes: 'laugh', mouth: 'laugh', look: -2 },
    near: [[204, 752], [164, 876], [246, 800]], far: [[436, 752], [540, 806], [552, 668]],
    hands: (ctx, sY) => {
      cupcake(ctx, 252, sY + 70);
      hand(ctx, 250, sY + 88, -0.3, SKIN, CREASE);
      frosting(ctx, [258, sY + 92], [164, sY + 172], 11);
      waveHand(ctx, 552, sY - 40);
      frosting(ctx, [550, sY - 20], [540, sY + 100], 23);
    },
  },
  // The toast, copying the grown-ups: cup up high, other hand on her hip, chin up, proud.
  toast: {
    sY: 696, tilt: -0.05, hat: 0.06, face: { eyes: 'open', mouth: 'smile', raise: 6, look: -2 },
    near: [[204, 744], [124, 852], [180, 928]], far: [[436, 744], [530, 636], [506, 500]],
    hands: (ctx, sY) => {
      fist(ctx, 190, sY + 232);
      partyCup(ctx, 506, sY - 226);
      hand(ctx, 506, sY - 206, Math.PI, SKIN, CREASE);
    },
  },
};

/** Jocelyn, four today: pink party dress, curls in two puffs, a cone hat, frosting to the elbow. */
export const paintJocelyn: FigurePainter = (ctx, pose, width, height) =>
  inFigureSpace(ctx, width, height, () => {
    const p = POSES[pose] ?? POSES.happy;
    if (!p) return;
    const headY = p.sY - 160;
    const headAt = (paint: () => void) => pivot(ctx, 320, p.sY - 50, p.tilt, paint);
    headAt(() => puffs(ctx, 320, headY));
    neck(ctx, p.sY, 30, SKIN, JOCELYN.face.shadow);
    const body = dress(ctx, p.sY);
    for (const arm of [p.near, p.far]) {
      const fore = arm.slice(1);
      limb(ctx, arm, ARM, SKIN);
      // Forearms get a dark rim only where they lie over the dress: that keeps a folded arm
      // readable without outlining arms against the background.
      ctx.save();
      ctx.clip(body);
      limb(ctx, fore, ARM + 8, rgba(JOCELYN.face.shadow, 0.5));
      ctx.restore();
      limb(ctx, fore, ARM, SKIN);
    }
    for (const d of [-1, 1]) puff(ctx, 320 + d * (SW - 14), p.sY + 36);
    headAt(() => {
      frontHead(ctx, 320, headY, 1, JOCELYN.face, p.face, SHAPE);
      crown(ctx, 320, headY);
      ctx.save();
      ctx.translate(320, headY);
      partyHat(ctx, p.hat);
      ctx.restore();
    });
    p.hands(ctx, p.sY);
  });

/** A short puffed sleeve over the top of the arm. */
function puff(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  const s = new Path2D();
  s.ellipse(x, y, 50, 44, 0, 0, Math.PI * 2);
  shaded(ctx, s, JOCELYN.dress.base, JOCELYN.dress.shadow, x - 50, x + 50, 0.45);
  ctx.strokeStyle = JOCELYN.trim; // the elastic hem gathering the puff
  ctx.lineWidth = 6;
  ctx.beginPath();
  ctx.ellipse(x, y + 30, 40, 12, 0, 0.15, Math.PI - 0.15);
  ctx.stroke();
}

/** The party dress (pink, confetti dots, scalloped neck, purple sash, full skirt); returns the bodice. */
function dress(ctx: CanvasRenderingContext2D, sY: number): Path2D {
  const waist = sY + 226;
  const body = torso(sY, SW, 108, 40);
  const skirt = new Path2D();
  skirt.moveTo(212, waist);
  skirt.quadraticCurveTo(176, 1040, 150, 1140);
  skirt.lineTo(490, 1140);
  skirt.quadraticCurveTo(464, 1040, 428, waist);
  skirt.closePath();
  shaded(ctx, skirt, JOCELYN.dress.base, JOCELYN.dress.shadow, 150, 490, 0.55);
  shaded(ctx, body, JOCELYN.dress.base, JOCELYN.dress.shadow, 320 - SW, 320 + SW, 0.5);
  const rand = seeded(404);
  ctx.save();
  ctx.clip(body);
  const dots = ['#ffd35c', '#ffffff', '#8a5cc8', '#6fd0c4'];
  for (let i = 0; i < 26; i++) {
    ctx.fillStyle = rgba(dots[i % dots.length] ?? '#ffffff', 0.75);
    ctx.beginPath();
    ctx.arc(200 + rand() * 240, sY + 40 + rand() * 220, 4.5, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.fillStyle = SKIN; // the round neck
  ctx.beginPath();
  ctx.ellipse(320, sY - 36, 46, 34, 0, 0, Math.PI);
  ctx.fill();
  ctx.restore();
  ctx.fillStyle = JOCELYN.trim; // scallops along the neckline
  for (let a = 0.15; a < Math.PI; a += 0.28) {
    ctx.beginPath();
    ctx.arc(320 + Math.cos(a) * 48, sY - 36 + Math.sin(a) * 36, 8, 0, Math.PI * 2);
    ctx.fill();
  }
  const sash = new Path2D();
  sash.rect(190, waist - 22, 260, 40);
  ctx.save();
  ctx.clip(body);
  shaded(ctx, sash, JOCELYN.sash.base, JOCELYN.sash.shadow, 200, 440, 0.5);
  ctx.restore();
  return body;
}
