import type { FigurePainter } from '../types';
import { linear, rgba } from '../paint-kit';
import { inFigureSpace, pivot, shaded, smoothClosed, type Pt } from './figure-kit';
import { neck, pointHand, sleeve, torso } from './body-kit';
import { limb } from './limbs';
import { frontHead, type Complexion, type Expression } from './head-kit';

const FACE: Complexion = {
  skin: '#efc4a2',
  shadow: '#bf886a',
  ink: '#35302e',
  brow: '#8a6a40',
  lip: '#8c4a3e',
};
const HAIR = '#ad8752';
const HAIR_SHADOW = '#5e4526';
const SHIRT = { base: '#a9b0b8', shadow: '#545c66' };
const COLLAR = '#e6e9ec';
// A broad, square head: the jaw is what makes him look so sure of himself.
const SHAPE = { w: 86, h: 112, jaw: 0.8 };

/** Talking: brows up, mouth mid-word, one finger raised to make the point, earnestly. */
const TALK: Expression = { eyes: 'open', mouth: 'talk', knit: 0.4, raise: 4, gaze: [4, 0] };
/** Smug: chin up, heavy lids, a one-sided smile, hands clasped behind his back. */
const SMUG: Expression = { eyes: 'half', mouth: 'smirk', knit: -0.2, look: -4 };

/** Charles: crisp grey shirt buttoned to the collar, neat side-parted hair, very upright. */
export const paintCharles: FigurePainter = (ctx, pose, width, height) =>
  inFigureSpace(ctx, width, height, () => {
    const smug = pose === 'smug';
    const sY = smug ? 590 : 600;
    const sw = smug ? 204 : 196;
    const skinCrease = rgba(FACE.shadow, 0.6);
    neck(ctx, sY, 40, FACE.skin, FACE.shadow);
    shirt(ctx, sY, sw);
    if (smug) {
      // Hands clasped behind his back: the upper arms hang at his sides, elbows out, and the
      // forearms turn away behind him, so each arm ends at the elbow, darkening as it turns.
      for (const d of [-1, 1]) {
        const x = (k: number) => 320 + d * (sw + k);
        // prettier-ignore
        sleeve(ctx, [[x(-36), sY + 84], [x(6), sY + 250], [x(-6), sY + 360]], 64, SHIRT, false);
        const turn = linear(ctx, 0, sY + 250, 0, sY + 392, [
          [0, rgba(SHIRT.shadow, 0)],
          [1, rgba(SHIRT.shadow, 0.5)],
        ]);
        // prettier-ignore
        limb(ctx, [[x(4), sY + 250], [x(-6), sY + 360]], 64, turn);
      }
    } else {
      sleeve(
        ctx,
        [
          [172, sY + 90],
          [140, sY + 300],
          [146, 1100],
        ],
        66,
        SHIRT,
        false,
      );
      // The pointing arm: elbow down at his side, the forearm folded up in front of it.
      sleeve(
        ctx,
        [
          [462, sY + 90],
          [520, sY + 290],
        ],
        64,
        SHIRT,
        false,
      );
      sleeve(
        ctx,
        [
          [520, sY + 290],
          [498, sY + 140],
          [474, sY + 24],
        ],
        60,
        SHIRT,
      );
      pointHand(ctx, 470, sY - 26, -0.1, FACE.skin, skinCrease);
    }
    pivot(ctx, 320, sY - 70, smug ? -0.05 : 0.04, () => head(ctx, sY - 212, smug ? SMUG : TALK));
  });

/** The pressed shirt: a buttoned placket, a stiff pointed collar and a crease down each side. */
function shirt(ctx: CanvasRenderingContext2D, sY: number, sw: number): void {
  const t = torso(sY, sw, sw - 40, 46);
  shaded(ctx, t, SHIRT.base, SHIRT.shadow, 320 - sw, 320 + sw, 0.5);
  ctx.save();
  ctx.clip(t);
  ctx.strokeStyle = rgba(SHIRT.shadow, 0.35); // placket and pressed creases
  ctx.lineWidth = 4;
  for (const x of [312, 330, 200, 440]) {
    ctx.beginPath();
    ctx.moveTo(x, sY);
    ctx.lineTo(x + (x - 320) * 0.04, 1080);
    ctx.stroke();
  }
  ctx.fillStyle = '#eef0f2';
  for (let y = sY + 70; y < 1060; y += 86) {
    ctx.beginPath();
    ctx.arc(321, y, 5, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.restore();
  for (const d of [-1, 1]) {
    const c = new Path2D();
    c.moveTo(320, sY + 4);
    c.lineTo(320 + d * 50, sY - 54);
    c.lineTo(320 + d * 70, sY - 34);
    c.lineTo(320 + d * 54, sY + 48);
    c.closePath();
    shaded(ctx, c, COLLAR, SHIRT.shadow, 260, 380, 0.25);
  }
}

/** The square head and hair combed into a neat side part, not a strand out of place. */
function head(ctx: CanvasRenderingContext2D, cy: number, e: Expression): void {
  frontHead(ctx, 320, cy, 1, FACE, e, SHAPE);
  ctx.save();
  ctx.translate(320, cy);
  // prettier-ignore
  const hair: Pt[] = [
    [-92, 4], [-98, -70], [-64, -126], [0, -140], [70, -132], [100, -80], [94, 4], [86, -30],
    [74, -64], [30, -82], [-20, -86], [-40, -104], [-54, -80], [-78, -50],
  ];
  shaded(ctx, smoothClosed(hair), HAIR, HAIR_SHADOW, -96, 100, 0.5);
  ctx.strokeStyle = rgba('#e2c08a', 0.55); // comb lines sweeping from the part
  ctx.lineWidth = 4;
  ctx.lineCap = 'round';
  for (const [y0, y1] of [
    [-112, -86],
    [-122, -100],
    [-130, -112],
  ] as const) {
    ctx.beginPath();
    ctx.moveTo(-40, y0);
    ctx.quadraticCurveTo(20, y0 - 18, 80, y1);
    ctx.stroke();
  }
  ctx.restore();
}
