import type Phaser from 'phaser';

interface Flake {
  x: number;
  y: number;
  r: number;
  speed: number;
  drift: number;
}

const FLAKES = 140;

/** Full-screen effects over the scene: a white flash into memory, and falling snow. */
export class EffectsLayer {
  private readonly flashRect: Phaser.GameObjects.Rectangle;
  private readonly snow: Phaser.GameObjects.Graphics;
  private flakes: Flake[] = [];
  private snowing = false;
  private time = 0;

  constructor(private readonly scene: Phaser.Scene) {
    this.snow = scene.add.graphics().setDepth(30);
    this.flashRect = scene.add
      .rectangle(0, 0, 10, 10, 0xfff6ea)
      .setOrigin(0)
      .setDepth(40)
      .setAlpha(0);
  }

  /** A brief bright flash, as when a memory cuts in. */
  flash(): void {
    const { width, height } = this.scene.scale;
    this.flashRect.setSize(width, height).setAlpha(0.95);
    this.scene.tweens.add({
      targets: this.flashRect,
      alpha: 0,
      duration: 650,
      ease: 'Quad.easeIn',
    });
  }

  /** Applies the stage's lasting effects (currently: snow, which dust-to-snow ends in). */
  setLasting(effects: readonly string[]): void {
    const snowing = effects.includes('snow') || effects.includes('dust_to_snow');
    if (snowing && !this.snowing) this.seedSnow();
    this.snowing = snowing;
    if (!snowing) this.snow.clear();
  }

  /** Moves the snow; does nothing when no lasting effect is on. */
  update(deltaMs: number): void {
    if (!this.snowing) return;
    const dt = Math.min(deltaMs, 100) / 1000;
    this.time += dt;
    const { width, height } = this.scene.scale;
    this.snow.clear();
    for (const flake of this.flakes) {
      flake.y += flake.speed * dt;
      flake.x += Math.sin(this.time * 0.8 + flake.drift) * 12 * dt;
      if (flake.y > 1.02) {
        flake.y = -0.02;
        flake.x = Math.random();
      }
      this.snow
        .fillStyle(0xffffff, 0.35 + flake.r * 0.12)
        .fillCircle(flake.x * width, flake.y * height, flake.r);
    }
  }

  private seedSnow(): void {
    this.flakes = Array.from({ length: FLAKES }, () => ({
      x: Math.random(),
      y: Math.random(),
      r: 1 + Math.random() * 3,
      speed: 0.04 + Math.random() * 0.08,
      drift: Math.random() * Math.PI * 2,
    }));
  }
}
