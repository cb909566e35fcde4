/** A tint over the whole cave: the pause's frozen blue, and the fade at the end. */
import type Phaser from 'phaser';

const FROZEN = 0x9fb4ff;
const DARK = 0x0b0612;

/** The veil over the hologram, above everything the cave draws. */
export class CaveVeil {
  private readonly rect: Phaser.GameObjects.Rectangle;

  constructor(
    private readonly scene: Phaser.Scene,
    frozen: boolean,
  ) {
    // The second half opens on the frozen frame the email left, until it thaws.
    this.rect = scene.add.rectangle(0, 0, 10, 10, FROZEN, frozen ? 0.32 : 0);
    this.rect.setOrigin(0, 0).setDepth(10);
  }

  /** Covers a screen of w × h pixels. */
  fit(w: number, h: number): void {
    this.rect.setSize(w, h);
  }

  /** The hologram starts again: the tint lifts. */
  thaw(): void {
    this.scene.tweens.add({ targets: this.rect, alpha: 0, duration: 700 });
  }

  /** The hologram pauses (the email arrives): everything goes still and pale. */
  freeze(): void {
    this.rect.setFillStyle(FROZEN, this.rect.alpha);
    this.scene.tweens.add({ targets: this.rect, alpha: 0.38, duration: 500 });
  }

  /** The game is over: the cave darkens before the story reads on. */
  fadeOut(): void {
    this.rect.setFillStyle(DARK, 0);
    this.rect.setAlpha(1);
    this.scene.tweens.add({ targets: this.rect, fillAlpha: 0.85, duration: 900 });
  }
}
