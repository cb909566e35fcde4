import type Phaser from 'phaser';
import { atScale } from './fit';
import type { Layout } from './layout';

/** How much wider than the screen the far painting is drawn, so it can drift as he runs. */
const OVERSCAN = 1.12;

/**
 * The far backdrop: the story's painting of the place, covering the screen and drifting
 * across its width over the length of the stretch (the slowest layer of the parallax).
 * Changing place crossfades from one painting to the next. The painting is copied at the
 * screen's size, so each frame draws it 1:1.
 */
export class BackdropView {
  private readonly images = new Map<string, Phaser.GameObjects.Image>();
  private current: string | null = null;
  private fading: { from: Phaser.GameObjects.Image; left: number; total: number } | null = null;
  private fittedFor = '';

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layer: Phaser.GameObjects.Container,
  ) {}

  private imageOf(key: string): Phaser.GameObjects.Image {
    let image = this.images.get(key);
    if (!image) {
      image = this.scene.add.image(0, 0, key).setOrigin(0, 0).setData('source', key);
      this.images.set(key, image.setVisible(false));
      this.layer.add(image);
      this.fittedFor = '';
    }
    return image;
  }

  /** Paints the coming places' paintings for this screen ahead of time (behind a curtain). */
  prepare(keys: string[], l: Layout): void {
    for (const key of keys) this.imageOf(key);
    this.fit(l);
  }

  /** Shows the painting with texture `key` (crossfading over `seconds`, or at once). */
  show(key: string, seconds = 0.8): void {
    if (key === this.current) return;
    const old = this.current ? this.images.get(this.current) : undefined;
    const image = this.imageOf(key);
    this.layer.bringToTop(image);
    image.setVisible(true).setAlpha(old && seconds > 0 ? 0 : 1);
    this.current = key;
    if (old && seconds > 0) this.fading = { from: old, left: seconds, total: seconds };
    else old?.setVisible(false);
  }

  /** Copies every painting at this screen's size (only when it changed). */
  private fit(l: Layout): void {
    const size = `${l.w}x${l.h}`;
    if (size === this.fittedFor) return;
    this.fittedFor = size;
    for (const img of this.images.values()) {
      const key = img.getData('source') as string;
      const source = this.scene.textures.get(key).getSourceImage();
      const scale = Math.max(l.w / source.width, l.h / source.height) * OVERSCAN;
      img.setTexture(atScale(this.scene.textures, key, scale));
    }
  }

  /** Places the painting for `progress` (0–1) along the stretch; moves any crossfade on. */
  update(l: Layout, progress: number, dt: number, calm: boolean): void {
    const image = this.current ? this.images.get(this.current) : undefined;
    if (!image) return;
    this.fit(l);
    const fade = this.fading;
    if (fade) {
      fade.left -= dt;
      image.setAlpha(Math.min(1, 1 - fade.left / fade.total));
      if (fade.left <= 0) {
        fade.from.setVisible(false);
        this.fading = null;
      }
    }
    for (const img of [image, fade?.from]) {
      if (!img) continue;
      const spare = img.width - l.w;
      // Calm: the far painting drifts half as far.
      const drift = Math.min(1, Math.max(0, progress)) * spare * (calm ? 0.5 : 1);
      img.setPosition(
        Math.round(-drift - (calm ? spare * 0.25 : 0)),
        Math.round((l.h - img.height) * 0.5),
      );
    }
  }
}
