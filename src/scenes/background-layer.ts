import type Phaser from 'phaser';
import type { Transition } from '../story/commands';
import { coverSize, type ArtTextures, type PixelSize } from './art-textures';

const DURATION: Record<Transition, number> = { cut: 0, fade: 700, dissolve: 1400, flash: 120 };
/** A resize repaints the picture once the window has stopped changing for this long. */
const REPAINT_AFTER_MS = 250;

/**
 * The background: one image covering the screen, replaced with a transition. Pictures are
 * painted at the screen's own size (coverSize), so drawing one is a copy, not a resample; until
 * a resize settles, the picture painted for the old size is stretched.
 */
export class BackgroundLayer {
  private current: Phaser.GameObjects.Image | null = null;
  private key: string | null = null;
  private size: PixelSize;
  private repaint: Phaser.Time.TimerEvent | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly art: ArtTextures,
    private readonly flash: () => void,
  ) {
    this.size = coverSize(scene.scale.width, scene.scale.height);
    this.announceSize();
  }

  /** Shown on the page for browser tests (`data-backdrop-size`), as the stage's pace is. */
  private announceSize(): void {
    document.documentElement.dataset.backdropSize = `${this.size.width}x${this.size.height}`;
  }

  /** True while a resize waits to repaint the picture (the stage loop must keep running). */
  get pending(): boolean {
    return this.repaint !== null;
  }

  /** The texture key `key` is drawn from at the current size (painting it if needed). */
  paint(key: string): string | null {
    return this.art.backgroundSized(key, this.size);
  }

  /** Shows background `key` (null clears it) with `transition`; `instant` skips animation. */
  show(key: string | null, transition: Transition, instant: boolean): void {
    if (key === this.key) return;
    this.key = key;
    const texture = key ? this.paint(key) : null;
    const old = this.current;
    this.current = texture ? this.scene.add.image(0, 0, texture).setDepth(0) : null;
    this.current?.setOrigin(0, 0);
    this.layout();
    const duration = instant ? 0 : DURATION[transition];
    if (transition === 'flash' && !instant) this.flash();
    if (this.current && duration > 0 && old) {
      this.current.setAlpha(0);
      this.scene.tweens.add({
        targets: this.current,
        alpha: 1,
        duration,
        ease: 'Sine.easeInOut',
        onComplete: () => old.destroy(),
      });
    } else if (this.current && duration > 0) {
      this.current.setAlpha(0);
      this.scene.tweens.add({ targets: this.current, alpha: 1, duration, ease: 'Sine.easeOut' });
    } else {
      old?.destroy();
    }
  }

  /** Covers the screen, cropping the overflow evenly; a new size is repainted once it settles. */
  layout(): void {
    const { width, height } = this.scene.scale;
    // A hidden stage (0 × 0) keeps the pictures painted for the size it had.
    if (width < 1 || height < 1) return;
    const wanted = coverSize(width, height);
    // Any resize restarts the wait; back at the painted size, nothing is left to repaint.
    this.repaint?.remove();
    this.repaint = null;
    if (wanted.width !== this.size.width || wanted.height !== this.size.height) {
      this.repaint = this.scene.time.delayedCall(REPAINT_AFTER_MS, () => this.repaintAt(wanted));
    }
    this.place(this.current);
  }

  private place(image: Phaser.GameObjects.Image | null): void {
    if (!image) return;
    const { width, height } = this.scene.scale;
    const scale = Math.max(width / image.width, height / image.height);
    // Whole pixels: at scale 1 the picture is then copied, never resampled.
    image
      .setScale(scale)
      .setPosition(
        Math.floor((width - image.width * scale) / 2),
        Math.floor((height - image.height * scale) / 2),
      );
  }

  private repaintAt(size: PixelSize): void {
    this.repaint = null;
    this.size = size;
    this.announceSize();
    const image = this.current;
    const texture = this.key && image ? this.paint(this.key) : null;
    if (image && texture) {
      image.setTexture(texture);
      this.place(image);
    }
    // A picture mid-dissolve keeps its old texture until it is gone.
    const inUse = this.scene.children.list.flatMap((o) =>
      'texture' in o && o.active ? [(o as Phaser.GameObjects.Image).texture.key] : [],
    );
    this.art.forgetOtherSizes(size, inUse);
  }
}
