import type Phaser from 'phaser';
import type { Transition } from '../story/commands';
import { BG_SIZE, type ArtTextures } from './art-textures';

const DURATION: Record<Transition, number> = { cut: 0, fade: 700, dissolve: 1400, flash: 120 };

/** The background: one image covering the screen, replaced with a transition. */
export class BackgroundLayer {
  private current: Phaser.GameObjects.Image | null = null;
  private key: string | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly art: ArtTextures,
    private readonly flash: () => void,
  ) {}

  /** Shows background `key` (null clears it) with `transition`; `instant` skips animation. */
  show(key: string | null, transition: Transition, instant: boolean): void {
    if (key === this.key) return;
    this.key = key;
    const texture = key ? this.art.background(key) : null;
    const old = this.current;
    this.current = texture ? this.scene.add.image(0, 0, texture).setDepth(0) : null;
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

  /** Scales the image to cover the screen, cropping the overflow evenly. */
  layout(): void {
    if (!this.current) return;
    const { width, height } = this.scene.scale;
    const scale = Math.max(width / BG_SIZE.width, height / BG_SIZE.height);
    this.current.setPosition(width / 2, height / 2).setScale(scale);
  }
}
