import type { FigurePainter } from '../types';
import { rgba } from '../paint-kit';
import { inFigureSpace, pivot, shaded, smoothClosed, type Pt } from './figure-kit';
import { hand } from './limbs';
import { neck, sleeve, torso } from './body-kit';
import { frontHead, type Complexion, type Expression } from './head-kit';

const FACE: Complexion = {
  skin: '#ecbd98',
  shadow: '#b57d5c',
  ink: '#2e2024',
  brow: '#2a1f22',
  lip: '#a2443e',
};
const HAIR = '#2a2024';
const HAIR_SHADOW = '#0f0a0c';
const BLAZER = { base: '#3f8f5f', shadow: '#1d4a31' };
const SILK = '#f4ead8';

/** How a pose sets her: shoulder line, head tilt, the face, and the arms. */
interface TatianaPose {
  sY: number;
  tilt: number;
  face: Expression;
  arms: readonly (readonly Pt[])[];
  hands: readonly (readonly [number, number, number])[];
}

// prettier-ignore
const POSES: Record<string, TatianaPose> = {
  // At ease: a warm smile, one hand on her hip, elbow out.
  smile: {
    sY: 616, tilt: -0.06, face: { eyes: 'open', mouth: 'smile', gaze: [-2, 0] },
    arms: [[[166, 700], [100, 880], [190, 1010]], [[476, 700], [504, 900], [498, 1100]]],
    hands: [[206, 1010, 0.3]],
  },
  // The easy laugh: shoulders up, head back and over, eyes shut, hands clapped together.
  laugh: {
    sY: 604, tilt: 0.15, face: { eyes: 'laugh', mouth: 'laugh', look: -6 },
    arms: [[[168, 690], [150, 880], [210, 880], [296, 720]], [[472, 690], [490, 880], [430, 880], [344, 720]]],
    hands: [[300, 676, -Math.PI / 2 + 0.25], [340, 676, -Math.PI / 2 - 0.25]],
  },
};

/** Tatiana: an emerald blazer over cream silk, a sleek black bob with a blunt fringe. */
export const paintTatiana: FigurePainter = (ctx, pose, width, height) =>
  inFigureSpace(ctx, width, height, () => {
    const p = POSES[pose] ?? POSES.smile;
    if (!p) return;
    const headY = p.sY - 210;
    const headAt = (paint: () => void) => pivot(ctx, 320, p.sY - 70, p.tilt, paint);
    headAt(() => {
      ctx.fillStyle = HAIR_SHADOW; // the back of the bob, seen past the neck
      ctx.beginPath();
      ctx.ellipse(320, headY + 20, 96, 78, 0, 0, Math.PI * 2);
      ctx.fill();
    });
    neck(ctx, p.sY, 34, FACE.skin, FACE.shadow);
    blazer(ctx, p.sY);
    for (const a of p.arms) sleeve(ctx, a, 62, BLAZER, a.length > 3);
    for (const [x, y, a] of p.hands) hand(ctx, x, y, a, FACE.skin, rgba(FACE.shadow, 0.6));
    headAt(() => {
      frontHead(ctx, 320, headY, 1, FACE, p.face, { w: 80, h: 108, jaw: 0.6 });
      bob(ctx, 320, headY);
    });
  });

/** The blazer: green with pressed lapels, open to a V of cream silk. */
function blazer(ctx: CanvasRenderingContext2D, sY: number): void {
  const t = torso(sY, 184, 150, 52);
  shaded(ctx, t, BLAZER.base, BLAZER.shadow, 136, 504, 0.5);
  const v = new Path2D();
  v.moveTo(270, sY - 36);
  v.lineTo(320, sY + 170);
  v.lineTo(370, sY - 36);
  v.closePath();
  ctx.fillStyle = SILK;
  ctx.fill(v);
  for (const d of [-1, 1]) {
    const lapel = new Path2D();
    lapel.moveTo(320 + d * 52, sY - 38);
    lapel.lineTo(320 + d * 4, sY + 176);
    lapel.lineTo(320 + d * 70, sY + 70);
    lapel.lineTo(320 + d * 96, sY + 40);
    lapel.lineTo(320 + d * 80, sY - 26);
    lapel.closePath();
    shaded(ctx, lapel, '#56a674', BLAZER.shadow, 260, 380, 0.35);
  }
  ctx.fillStyle = '#e9d28a'; // one gold button, where the blazer closes
  ctx.beginPath();
  ctx.arc(320, sY + 250, 9, 0, Math.PI * 2);
  ctx.fill();
}

/** The bob: a blunt fringe and straight sides cut level with her jaw. Small gold studs. */
function bob(ctx: CanvasRenderingContext2D, cx: number, cy: number): void {
  ctx.save();
  ctx.translate(cx, cy);
  ctx.fillStyle = '#e3b95a';
  for (const d of [-1, 1]) {
    ctx.beginPath();
    ctx.arc(d * 82, 40, 6, 0, Math.PI * 2);
    ctx.fill();
  }
  // prettier-ignore
  const h: Pt[] = [
    [-100, 96], [-108, 0], [-100, -90], [-50, -140], [20, -142], [84, -116], [108, -40],
    [106, 96], [70, 98], [76, 10], [70, -44], [40, -52], [0, -50], [-40, -52], [-70, -44],
    [-78, 10], [-72, 98],
  ];
  shaded(ctx, smoothClosed(h), HAIR, HAIR_SHADOW, -108, 108, 0.5);
  ctx.strokeStyle = rgba('#8a7a86', 0.45); // the shine that says "sleek"
  ctx.lineWidth = 6;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(-76, -92);
  ctx.quadraticCurveTo(-10, -132, 62, -100);
  ctx.stroke();
  ctx.restore();
}
