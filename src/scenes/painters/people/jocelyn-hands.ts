/**
 * Jocelyn's hands: a child's wave, a fist on her hip, the paper cup she toasts with, and the
 * frosting she is wearing to the elbow.
 */
import { rgba, seeded } from '../paint-kit';
import { shaded, smoothClosed, type Pt } from './figure-kit';
import { hand } from './limbs';
import { JOCELYN } from './jocelyn-hair';
import { sprinkles } from './jocelyn-props';

const SKIN = JOCELYN.face.skin;
const CREASE = rgba(JOCELYN.face.shadow, 0.6);

/** The open hand of a wave: a child's hand, smaller than the grown-ups' mittens. */
export function waveHand(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(0.9, 0.9);
  hand(ctx, 0, 0, -Math.PI / 2 - 0.2, SKIN, CREASE);
  ctx.restore();
}

/** A hand on her hip seen from the back: knuckles forward, the thumb hidden behind her. */
export function fist(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  ctx.fillStyle = SKIN;
  ctx.beginPath();
  ctx.ellipse(x, y, 30, 26, 0.5, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = CREASE;
  ctx.lineWidth = 3;
  ctx.lineCap = 'round';
  for (const k of [-10, 4]) {
    ctx.beginPath();
    ctx.moveTo(x + 4 + k * 0.5, y + k);
    ctx.lineTo(x + 24 + k * 0.5, y + k + 10);
    ctx.stroke();
  }
}

/** A paper party cup held at (x, y), with a bendy straw, for a four-year-old's toast. */
export function partyCup(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  ctx.strokeStyle = '#ffffff'; // the straw first, so the cup's rim sits over it
  ctx.lineWidth = 12;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  ctx.moveTo(x + 8, y - 40);
  ctx.lineTo(x + 14, y - 104);
  ctx.lineTo(x + 34, y - 124);
  ctx.stroke();
  ctx.strokeStyle = '#ff7a6b';
  ctx.setLineDash([8, 10]);
  ctx.stroke();
  ctx.setLineDash([]);
  const cup = new Path2D();
  cup.moveTo(x - 38, y - 72);
  cup.lineTo(x + 38, y - 72);
  cup.lineTo(x + 26, y + 30);
  cup.lineTo(x - 26, y + 30);
  cup.closePath();
  shaded(ctx, cup, '#6fd0c4', '#2f7f78', x - 38, x + 38, 0.5);
  ctx.fillStyle = rgba('#ffffff', 0.85); // polka dots
  for (const [dx, dy] of [
    [-18, -50],
    [14, -40],
    [-4, -14],
    [20, 8],
    [-18, 14],
  ] as const) {
    ctx.beginPath();
    ctx.arc(x + dx, y + dy, 6, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.fillStyle = '#5fb0a8';
  ctx.fillRect(x - 38, y - 76, 76, 8); // the rim
  ctx.fillStyle = '#ffb04a'; // juice leaping out of the cup as it goes up
  for (const [dx, dy, r] of [
    [-22, -96, 7],
    [-36, -120, 5],
    [6, -112, 4],
  ] as const) {
    ctx.beginPath();
    ctx.arc(x + dx, y + dy, r, 0, Math.PI * 2);
    ctx.fill();
  }
}

/** Frosting smeared from hand `a` toward elbow `b`: a glob on the hand, dabs down the arm. */
export function frosting(ctx: CanvasRenderingContext2D, a: Pt, b: Pt, seed: number): void {
  const rand = seeded(seed);
  for (const [t, r] of [
    [0, 20],
    [0.42, 13],
    [0.78, 9],
  ] as const) {
    const x = a[0] + (b[0] - a[0]) * t;
    const y = a[1] + (b[1] - a[1]) * t;
    // Lumpy, not round: buttercream pushed on by a small hand.
    const lump: Pt[] = Array.from({ length: 10 }, (_, i) => {
      const ang = (i / 10) * Math.PI * 2;
      const k = r * (0.75 + rand() * 0.5);
      return [x + Math.cos(ang) * k, y + Math.sin(ang) * k * 0.8] as const;
    });
    ctx.fillStyle = '#ff9cc6';
    ctx.fill(smoothClosed(lump));
    ctx.fillStyle = rgba('#fff3f7', 0.85); // the buttercream's shine
    ctx.beginPath();
    ctx.ellipse(x - r * 0.3, y - r * 0.3, r * 0.35, r * 0.2, -0.5, 0, Math.PI * 2);
    ctx.fill();
  }
  sprinkles(ctx, seed + 1, a[0] - 14, a[1] - 12, 28, 24, 4);
}
