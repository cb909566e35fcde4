import type { FigurePainter } from '../types';
import { rgba } from '../paint-kit';
import { inFigureSpace, pivot, shaded, smoothClosed, type Pt } from './figure-kit';
import { hand } from './limbs';
import { crossesBody, neck, sleeve, torso } from './body-kit';
import { frontHead, type Complexion, type Expression } from './head-kit';

const FACE: Complexion = {
  skin: '#f6d6c2',
  shadow: '#cf9c84',
  ink: '#3a2a28',
  brow: '#a8844e',
  lip: '#b0585a',
};
const HAIR = '#e8cb92';
const HAIR_SHADOW = '#a8834e';
const BLOUSE = { base: '#f5f2ec', shadow: '#aaa098' };

/** How a pose sets her: shoulder line and breadth, head tilt and drop, face and arms. */
interface IsabellaPose {
  sY: number;
  sw: number;
  tilt: number;
  drop: number;
  face: Expression;
  arms: readonly (readonly Pt[])[];
  hands: readonly (readonly [number, number, number])[];
}

// prettier-ignore
const POSES: Record<string, IsabellaPose> = {
  // Shy: chin down, eyes down, shoulders in, hands held together in front of her.
  shy: {
    sY: 640, sw: 158, tilt: -0.1, drop: 20,
    face: { eyes: 'lid', mouth: 'flat', knit: 0.4, look: 8 },
    arms: [[[180, 720], [160, 890], [300, 800]], [[460, 720], [480, 890], [340, 800]]],
    hands: [[336, 786, -Math.PI / 2 - 0.5], [304, 792, -Math.PI / 2 + 0.4]],
  },
  // Tears, held back: face lifted to him, eyes bright and wet, the mouth not quite steady.
  tears: {
    sY: 626, sw: 164, tilt: 0.05, drop: -8,
    face: { eyes: 'wet', mouth: 'tremble', knit: 1.1, look: -6, gaze: [0, -3] },
    arms: [[[176, 706], [156, 900], [166, 1100]], [[464, 706], [484, 900], [474, 1100]]],
    hands: [],
  },
};

/** Isabella: a plain white blouse with a round collar, pale straight hair, the earpiece. */
export const paintIsabella: FigurePainter = (ctx, pose, width, height) =>
  inFigureSpace(ctx, width, height, () => {
    const p = POSES[pose] ?? POSES.shy;
    if (!p) return;
    const headY = p.sY - 208 + p.drop;
    const headAt = (paint: () => void) => pivot(ctx, 320, p.sY - 70, p.tilt, paint);
    headAt(() => {
      // prettier-ignore
      const back: Pt[] = [[-100, -60], [-112, 80], [-106, 196], [0, 210], [106, 196], [112, 80], [100, -60], [0, -130]];
      ctx.save();
      ctx.translate(320, headY);
      ctx.fillStyle = HAIR_SHADOW;
      ctx.fill(smoothClosed(back));
      ctx.restore();
    });
    neck(ctx, p.sY, 32, FACE.skin, FACE.shadow);
    blouse(ctx, p.sY, p.sw);
    for (const a of p.arms) sleeve(ctx, a, 58, BLOUSE, crossesBody(a));
    for (const [x, y, angle] of p.hands) hand(ctx, x, y, angle, FACE.skin, rgba(FACE.shadow, 0.6));
    headAt(() => {
      frontHead(ctx, 320, headY, 0.97, FACE, p.face, { w: 78, h: 106, jaw: 0.58 });
      hair(ctx, 320, headY);
    });
  });

/** The blouse: white, buttoned high, a soft round collar edged in a thin grey line. */
function blouse(ctx: CanvasRenderingContext2D, sY: number, sw: number): void {
  const t = torso(sY, sw, sw - 24, 44);
  shaded(ctx, t, BLOUSE.base, BLOUSE.shadow, 320 - sw, 320 + sw, 0.45);
  for (const d of [-1, 1]) {
    const c = new Path2D();
    c.moveTo(320, sY - 18);
    c.quadraticCurveTo(320 + d * 40, sY - 40, 320 + d * 58, sY - 30);
    c.quadraticCurveTo(320 + d * 80, sY + 20, 320 + d * 10, sY + 34);
    c.closePath();
    ctx.fillStyle = '#fbfaf7';
    ctx.fill(c);
    ctx.strokeStyle = rgba(BLOUSE.shadow, 0.7);
    ctx.lineWidth = 3;
    ctx.stroke(c);
  }
  ctx.fillStyle = rgba(BLOUSE.shadow, 0.8);
  for (let y = sY + 70; y < 1060; y += 90) {
    ctx.beginPath();
    ctx.arc(320, y, 4, 0, Math.PI * 2);
    ctx.fill();
  }
}

/** Straight pale hair from a centre part; tucked behind her right ear to show the earpiece. */
function hair(ctx: CanvasRenderingContext2D, cx: number, cy: number): void {
  ctx.save();
  ctx.translate(cx, cy);
  ctx.fillStyle = '#ffb38a'; // the earpiece: Samantha's colour, a tiny warm bead
  ctx.beginPath();
  ctx.arc(80, 12, 9, 0, Math.PI * 2);
  ctx.fill();
  // prettier-ignore
  const front: Pt[] = [
    [0, -130], [-66, -120], [-102, -66], [-110, 40], [-108, 150], [-100, 204], [-70, 198],
    [-76, 120], [-80, 20], [-70, -44], [-30, -74], [0, -86], [30, -74], [68, -46], [84, -14],
    [104, -10], [108, -74], [66, -124],
  ];
  shaded(ctx, smoothClosed(front), HAIR, HAIR_SHADOW, -108, 108, 0.45);
  ctx.strokeStyle = rgba('#fff4d6', 0.6);
  ctx.lineWidth = 4;
  ctx.lineCap = 'round';
  for (const [x0, y0, qx, qy, x1, y1] of [
    [-10, -116, -74, -108, -94, 0],
    [-94, 40, -98, 110, -90, 184],
    [10, -116, 66, -108, 94, -40],
  ] as const) {
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.quadraticCurveTo(qx, qy, x1, y1);
    ctx.stroke();
  }
  ctx.restore();
}
