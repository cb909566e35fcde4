/**
 * The slice arriving: it drops into view and settles, on his open palm (he held it out, or
 * looked first) or pressed to his chest on its paper (hands in pockets). Calm: it fades in.
 */
import type Phaser from 'phaser';
import { glow, linear, roundRect } from '../../scenes/painters/paint-kit';
import { paintOnce } from './walk-art';
import type { Lens } from './walk-lens';

/** The slice's texture size (with or without his palm under it). */
const SLICE_SIZE = 256;

/** Seconds the drop takes. */
const DROP = 0.55;

/** The slice, hidden until it lands. */
export class Slice {
  private readonly image: Phaser.GameObjects.Image;
  private lens: Lens | null = null;
  private age = -1;
  private calm = false;
  private onPalm = true;

  constructor(scene: Phaser.Scene, depth: number) {
    paintOnce(scene.textures, 'walk:slice', SLICE_SIZE, SLICE_SIZE, (ctx) => slice(ctx, false));
    paintOnce(scene.textures, 'walk:slice:palm', SLICE_SIZE, SLICE_SIZE, (ctx) => slice(ctx, true));
    this.image = scene.add.image(0, 0, 'walk:slice:palm').setDepth(depth).setVisible(false);
  }

  /** Sizes it for the screen. */
  layout(lens: Lens): void {
    this.lens = lens;
  }

  /** It lands: on his palm, or against his chest. */
  land(onPalm: boolean, calm: boolean): void {
    this.onPalm = onPalm;
    this.calm = calm;
    this.age = 0;
    this.image.setTexture(onPalm ? 'walk:slice:palm' : 'walk:slice').setVisible(true);
  }

  /** Moves the drop along; `fade` (0–1) lets it go at the hand-back. */
  update(dt: number, fade = 1): void {
    if (this.age < 0 || !this.lens) return;
    this.age += dt;
    const { width: w, height: h } = this.lens;
    const size = Math.min(w, h) * 0.5;
    const t = Math.min(1, this.age / DROP);
    // Ease out with a little settle, like something soft landing on something warm.
    const fall = 1 - (1 - t) ** 3 + Math.sin(t * Math.PI) * 0.04;
    const restY = h - size * (this.onPalm ? 0.46 : 0.62);
    const y = this.calm ? restY : -size + (restY + size) * fall;
    this.image.setPosition(w / 2, y).setScale(size / SLICE_SIZE);
    this.image.setAlpha((this.calm ? t : 1) * fade).setAngle(this.onPalm ? 0 : -8);
  }
}

/** A slice of pizza, point toward him, on a square of paper, optionally on his open palm. */
function slice(ctx: CanvasRenderingContext2D, palm: boolean): void {
  const c = SLICE_SIZE / 2;
  glow(ctx, c, c, c, '#ffb36b', 0.35);
  if (palm) {
    ctx.fillStyle = linear(ctx, 0, 90, 0, 256, [
      [0, '#f0b08a'],
      [1, '#c97a5e'],
    ]);
    for (const [fx, len] of [
      [-48, 70],
      [-16, 86],
      [16, 84],
      [47, 66],
    ] as const) {
      roundRect(ctx, c + fx - 14, 150 - len, 28, len + 30, 14);
      ctx.fill();
    }
    roundRect(ctx, c - 66, 130, 132, 140, 46);
    ctx.fill();
    ctx.beginPath();
    ctx.ellipse(c + 78, 176, 22, 48, -0.6, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.save();
  ctx.translate(c, c + 6);
  ctx.rotate(palm ? -0.08 : 0.12);
  ctx.fillStyle = '#f6ecdc'; // the paper square it came on
  roundRect(ctx, -78, -80, 156, 150, 8);
  ctx.fill();
  ctx.fillStyle = linear(ctx, 0, -70, 0, 70, [
    [0, '#ffd36e'],
    [1, '#f4a24a'],
  ]);
  ctx.beginPath();
  ctx.moveTo(-62, -56);
  ctx.lineTo(0, 72);
  ctx.lineTo(62, -56);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = '#c9783c'; // the crust, far end
  roundRect(ctx, -68, -72, 136, 22, 11);
  ctx.fill();
  ctx.fillStyle = '#c0392b';
  for (const [px, py] of [
    [-22, -26],
    [20, -18],
    [-2, 16],
  ] as const) {
    ctx.beginPath();
    ctx.arc(px, py, 10, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.restore();
}
