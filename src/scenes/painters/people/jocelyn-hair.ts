/**
 * Jocelyn's colours, her curly hair in two high puffs, and her birthday hat. The puffs and the
 * cone are her silhouette: nobody else on stage has a round head with ears of hair and a point.
 */
import { rgba, seeded } from '../paint-kit';
import { shaded, smoothClosed, type Pt } from './figure-kit';
import type { Complexion } from './head-kit';

/** Jocelyn's palette: warm brown skin, near-black curls, a pink party dress, a purple sash. */
export const JOCELYN = {
  face: {
    skin: '#c98d62',
    shadow: '#8e573a',
    ink: '#2a1510',
    brow: '#2a1510',
    lip: '#7a2e26',
  } satisfies Complexion,
  hair: '#3a241b',
  hairShadow: '#160c08',
  hairLight: '#8a5a40',
  dress: { base: '#f59ac0', shadow: '#b64f7f' },
  trim: '#ffd6e6',
  sash: { base: '#8a5cc8', shadow: '#4a2a7a' },
  bobble: '#ffd35c',
} as const;

/** A round outline whose edge bumps in and out: curls. Seeded, so the curls never move. */
function curly(cx: number, cy: number, r: number, bumps: number, seed: number): Path2D {
  const rand = seeded(seed);
  const pts: Pt[] = [];
  for (let i = 0; i < bumps * 2; i++) {
    const a = (i / (bumps * 2)) * Math.PI * 2;
    // Alternate out and in, jittered, so the outline reads as curls rather than a gear.
    const k = r * (i % 2 ? 0.9 : 1.06 + rand() * 0.06);
    pts.push([cx + Math.cos(a) * k, cy + Math.sin(a) * k]);
  }
  return smoothClosed(pts);
}

/** The two puffs high on either side, drawn before the face so it sits in front of them. */
export function puffs(ctx: CanvasRenderingContext2D, cx: number, cy: number): void {
  ctx.save();
  ctx.translate(cx, cy);
  for (const d of [-1, 1]) {
    const x = d * 104;
    shaded(
      ctx,
      curly(x, -78, 60, 9, d > 0 ? 41 : 42),
      JOCELYN.hair,
      JOCELYN.hairShadow,
      x - 60,
      x + 60,
      0.6,
    );
    curls(ctx, x, -78, 36, d > 0 ? 51 : 52);
  }
  ctx.restore();
}

/** The hair over her crown, parted down the middle, and the yellow bobbles holding the puffs. */
export function crown(ctx: CanvasRenderingContext2D, cx: number, cy: number): void {
  ctx.save();
  ctx.translate(cx, cy);
  // prettier-ignore
  const cap: Pt[] = [
    [-90, -6], [-98, -64], [-70, -114], [0, -128], [70, -114], [98, -64], [90, -6], [80, -38],
    [56, -62], [20, -72], [0, -70], [-20, -72], [-56, -62], [-80, -38],
  ];
  shaded(ctx, smoothClosed(cap), JOCELYN.hair, JOCELYN.hairShadow, -96, 96, 0.5);
  ctx.strokeStyle = rgba(JOCELYN.hairShadow, 0.9); // the centre part the puffs are pulled from
  ctx.lineWidth = 4;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(0, -74);
  ctx.lineTo(2, -124);
  ctx.stroke();
  curls(ctx, 0, -100, 40, 53);
  for (const d of [-1, 1]) {
    ctx.fillStyle = JOCELYN.bobble;
    for (const dy of [-8, 10]) {
      ctx.beginPath();
      ctx.arc(d * 74, -96 + dy, 11, 0, Math.PI * 2);
      ctx.fill();
    }
    ctx.fillStyle = rgba('#fff6d8', 0.8);
    ctx.beginPath();
    ctx.arc(d * 74 - 3, -107, 3.5, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.restore();
}

/** Small light ringlets scattered in the hair, so a dark mass reads as curls, not a helmet. */
function curls(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, seed: number): void {
  const rand = seeded(seed);
  ctx.strokeStyle = rgba(JOCELYN.hairLight, 0.5);
  ctx.lineWidth = 3.5;
  ctx.lineCap = 'round';
  for (let i = 0; i < 5; i++) {
    const a = rand() * Math.PI * 2;
    const d = Math.sqrt(rand()) * r;
    const start = rand() * Math.PI * 2;
    ctx.beginPath();
    ctx.arc(x + Math.cos(a) * d, y + Math.sin(a) * d, 7 + rand() * 3, start, start + 3.6);
    ctx.stroke();
  }
}
