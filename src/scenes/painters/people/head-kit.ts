/**
 * A front-facing head for the second cast, built like Paul's and Catherine's (same oval, blush,
 * nose and marks), so each new person is only their hair, their clothes and their pose.
 */
import { glow, rgba } from '../paint-kit';
import { shaded } from './figure-kit';
import { dotEye, laughingEye, laughMouth, lidEye, smileMouth } from './face-marks';
import {
  brow,
  downMouth,
  flatMouth,
  halfEye,
  smirkMouth,
  talkMouth,
  tearGlint,
  trembleMouth,
} from './expressions';

/** A person's face colours: skin, its shadow, the ink of the marks, brows and lips. */
export interface Complexion {
  skin: string;
  shadow: string;
  ink: string;
  brow: string;
  lip: string;
}

/** What a pose does to the face. Positions are in head space (centre 0,0; face about ±84). */
export interface Expression {
  eyes: 'open' | 'laugh' | 'lid' | 'half' | 'wet';
  /** Where open eyes look, as an offset of both pupils. */
  gaze?: readonly [number, number];
  /** Brow knit: > 0 worried (inner ends up), < 0 level and hard. */
  knit?: number;
  /** Lifts the right brow alone: the raised brow of a question or a flirt. */
  raise?: number;
  mouth: 'smile' | 'laugh' | 'flat' | 'talk' | 'smirk' | 'down' | 'tremble';
  /** Moves every feature up (chin lifted, < 0) or down (chin tucked, > 0). */
  look?: number;
}

/** The head's outline; `jaw` near 0.8 squares the chin (Charles), lower rounds it. */
export function faceShape(w: number, h: number, jaw: number): Path2D {
  const f = new Path2D();
  f.moveTo(0, -h);
  f.bezierCurveTo(w * 0.62, -h, w, -h * 0.66, w, -h * 0.08);
  f.bezierCurveTo(w, h * 0.46, w * jaw, h * 0.94, 0, h * 0.96);
  f.bezierCurveTo(-w * jaw, h * 0.94, -w, h * 0.46, -w, -h * 0.08);
  f.bezierCurveTo(-w, -h * 0.66, -w * 0.62, -h, 0, -h);
  return f;
}

/** Paints ears, the shaded face, blush and the expression at (cx, cy), scaled by `k`. */
export function frontHead(
  ctx: CanvasRenderingContext2D,
  cx: number,
  cy: number,
  k: number,
  c: Complexion,
  e: Expression,
  shape: { w: number; h: number; jaw: number } = { w: 82, h: 110, jaw: 0.62 },
): void {
  ctx.save();
  ctx.translate(cx, cy);
  ctx.scale(k, k);
  ctx.fillStyle = c.skin;
  for (const d of [-1, 1]) {
    ctx.beginPath();
    ctx.ellipse(d * (shape.w - 2), 10, 16, 26, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  shaded(ctx, faceShape(shape.w, shape.h, shape.jaw), c.skin, c.shadow, -shape.w, shape.w, 0.42);
  const y = e.look ?? 0;
  const warm = e.eyes === 'wet' || e.mouth === 'laugh' ? 0.38 : 0.28;
  glow(ctx, -46, 40 + y, 30, '#f07a62', warm);
  glow(ctx, 46, 40 + y, 30, '#f07a62', warm);
  features(ctx, c, e, y);
  ctx.restore();
}

function features(ctx: CanvasRenderingContext2D, c: Complexion, e: Expression, y: number): void {
  const [gx, gy] = e.gaze ?? [0, 0];
  for (const d of [-1, 1]) {
    const x = d * 32;
    if (e.eyes === 'laugh') laughingEye(ctx, x, y - 2, 28, c.ink);
    else if (e.eyes === 'lid') lidEye(ctx, x, y + 4, 26, c.ink);
    else if (e.eyes === 'half') halfEye(ctx, x + gx, y + gy, c.ink);
    else dotEye(ctx, x + gx, y + gy, c.ink);
    if (e.eyes === 'wet') tearGlint(ctx, x + gx, y + gy, d > 0);
    const lift = (e.eyes === 'laugh' ? 8 : 0) + (d > 0 ? (e.raise ?? 0) : 0);
    brow(ctx, x, y - 28 - lift, d, e.knit ?? 0, c.brow);
  }
  ctx.strokeStyle = rgba(c.shadow, 0.6); // the nose: one soft hook, as on Paul
  ctx.lineWidth = 4;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(4, y + 12);
  ctx.quadraticCurveTo(-6, y + 30, 6, y + 34);
  ctx.stroke();
  const my = y + 60;
  if (e.mouth === 'laugh') laughMouth(ctx, 0, my - 4, 50, 30);
  else if (e.mouth === 'smile') smileMouth(ctx, 0, my, 40, c.lip);
  else if (e.mouth === 'flat') flatMouth(ctx, 0, my + 2, 28, c.lip);
  else if (e.mouth === 'talk') talkMouth(ctx, 0, my, 24);
  else if (e.mouth === 'smirk') smirkMouth(ctx, 0, my, 36, c.lip);
  else if (e.mouth === 'down') downMouth(ctx, 0, my + 2, 26, c.lip);
  else trembleMouth(ctx, 0, my, 28, c.lip);
}
