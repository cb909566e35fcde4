import type Phaser from 'phaser';
import type { CastMember } from '../story/stage';
import { FIGURE_SIZE, type ArtTextures } from './art-textures';

interface Figure {
  who: string;
  pose: string;
  image: Phaser.GameObjects.Image;
}

/** Figures on stage: they fade and rise in, change pose with a crossfade, and fade out. */
export class CastLayer {
  private figures: Figure[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly art: ArtTextures,
  ) {}

  /** Brings the stage's figures in line with `cast` (voices are drawn elsewhere). */
  show(cast: readonly CastMember[], instant: boolean): void {
    const next: Figure[] = [];
    for (const member of cast) {
      const texture = this.art.figure(member.who, member.pose);
      if (!texture) continue;
      const existing = this.figures.find((f) => f.who === member.who);
      if (existing && existing.pose === member.pose) {
        next.push(existing);
        continue;
      }
      const image = this.scene.add.image(0, 0, texture).setOrigin(0.5, 1).setDepth(10);
      if (existing) this.fadeOut(existing.image, instant ? 0 : 350);
      this.fadeIn(image, instant ? 0 : existing ? 350 : 600);
      next.push({ who: member.who, pose: member.pose, image });
    }
    for (const gone of this.figures) {
      if (!next.some((f) => f.who === gone.who)) this.fadeOut(gone.image, instant ? 0 : 500);
    }
    this.figures = next;
    this.layout();
  }

  /** Spreads figures across the middle of the screen, standing on its bottom edge. */
  layout(): void {
    const { width, height } = this.scene.scale;
    const scale = (height * 0.92) / FIGURE_SIZE.height;
    const spacing = Math.min(width * 0.3, FIGURE_SIZE.width * scale * 0.85);
    const n = this.figures.length;
    this.figures.forEach((figure, i) => {
      figure.image.setScale(scale).setPosition(width / 2 + (i - (n - 1) / 2) * spacing, height);
    });
  }

  private fadeIn(image: Phaser.GameObjects.Image, duration: number): void {
    if (duration === 0) return;
    image.setAlpha(0);
    this.scene.tweens.add({ targets: image, alpha: 1, duration, ease: 'Sine.easeOut' });
  }

  private fadeOut(image: Phaser.GameObjects.Image, duration: number): void {
    if (duration === 0) return image.destroy();
    this.scene.tweens.add({
      targets: image,
      alpha: 0,
      duration,
      onComplete: () => image.destroy(),
    });
  }
}
