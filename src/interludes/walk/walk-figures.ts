/**
 * What a peek shows of the people near him: dark rim-lit silhouettes in the street painting's
 * style (its own walker brush), the cello man's case, the woman on the phone, a stroller.
 * Painted once; the peek only places them.
 */
import type Phaser from 'phaser';
import { glow, rgba, roundRect } from '../../scenes/painters/paint-kit';
import { walker } from '../../scenes/painters/places/p1-walkers';
import { paintOnce } from './walk-art';
import type { PersonKind } from './walk-crowd';

/** Silhouette textures: figures stand on the bottom edge, FIGURE_PX tall for their full height. */
export const SIL = { w: 200, h: 400, figure: 380 } as const;

const COATS = ['#2a1a2e', '#3a2238', '#4a2634', '#33203f', '#52283a'] as const;
const RIM = '#ffb48a';

/** The silhouette texture for a person of `kind` (variant from their tone), or null: unseen. */
export function silhouetteKey(kind: PersonKind, tone: number): string | null {
  if (kind === 'cyclist' || kind === 'cook') return null;
  if (kind === 'walker' || kind === 'family') return `walk:sil:walker:${Math.floor(tone * 3) % 3}`;
  return `walk:sil:${kind}`;
}

/** Paints the silhouettes. */
export function paintFigures(textures: Phaser.Textures.TextureManager): void {
  const foot = SIL.h - 4;
  const x = SIL.w / 2;
  const figure = (
    key: string,
    coat: string,
    stride: number,
    extra?: (ctx: CanvasRenderingContext2D) => void,
  ) =>
    paintOnce(textures, key, SIL.w, SIL.h, (ctx) => {
      walker(ctx, x + 5, foot - 3, SIL.figure, rgba(RIM, 0.75), stride); // shop light on one edge
      walker(ctx, x, foot, SIL.figure, coat, stride);
      extra?.(ctx);
    });
  [0, 1, 2].forEach((v) =>
    figure(`walk:sil:walker:${v}`, COATS[v * 2] ?? COATS[0], [0.5, -0.4, 0.7][v] ?? 0.5),
  );
  figure('walk:sil:cello', '#2a1a2e', -0.5, (ctx) => {
    // The case rides on his back, taller than his head: a big polite animal.
    ctx.fillStyle = '#5a3426';
    ctx.beginPath();
    ctx.ellipse(x + 34, foot - 150, 38, 62, 0.08, 0, Math.PI * 2);
    ctx.ellipse(x + 30, foot - 250, 30, 44, 0.08, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillRect(x + 18, foot - 360, 14, 90);
    ctx.strokeStyle = rgba(RIM, 0.6);
    ctx.lineWidth = 3;
    ctx.stroke();
  });
  figure('walk:sil:phone', '#52283a', 0.15, (ctx) => {
    // One arm up to her ear, the phone's screen lighting her cheek.
    ctx.strokeStyle = '#52283a';
    ctx.lineCap = 'round';
    ctx.lineWidth = 20;
    ctx.beginPath();
    ctx.moveTo(x + 40, foot - 285);
    ctx.quadraticCurveTo(x + 62, foot - 300, x + 38, foot - 335);
    ctx.stroke();
    glow(ctx, x + 32, foot - 338, 26, '#cfe6ff', 0.7);
  });
  paintOnce(textures, 'walk:sil:stroller', SIL.w, SIL.h, (ctx) => stroller(ctx, x, foot));
}

/** A pram from the side, about a metre tall (SIL.figure × 0.55), hood up. */
function stroller(ctx: CanvasRenderingContext2D, x: number, foot: number): void {
  ctx.fillStyle = '#3a2a3e';
  roundRect(ctx, x - 70, foot - 150, 130, 70, 26);
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(x - 70, foot - 118);
  ctx.arc(x - 10, foot - 118, 62, Math.PI, Math.PI * 1.55);
  ctx.lineTo(x - 10, foot - 118);
  ctx.fill();
  ctx.strokeStyle = '#3a2a3e';
  ctx.lineWidth = 8;
  ctx.beginPath();
  ctx.moveTo(x + 55, foot - 130);
  ctx.lineTo(x + 88, foot - 205);
  ctx.moveTo(x - 40, foot - 80);
  ctx.lineTo(x - 50, foot - 26);
  ctx.moveTo(x + 30, foot - 80);
  ctx.lineTo(x + 40, foot - 26);
  ctx.stroke();
  ctx.strokeStyle = rgba(RIM, 0.7);
  ctx.lineWidth = 5;
  for (const wx of [x - 50, x + 40]) {
    ctx.beginPath();
    ctx.arc(wx, foot - 22, 20, 0, Math.PI * 2);
    ctx.stroke();
  }
}
