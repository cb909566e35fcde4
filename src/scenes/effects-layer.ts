import type Phaser from 'phaser';

interface Flake {
  x: number;
  y: number;
  r: number;
  speed: number;
  drift: number;
}

const FLAKES = 140;
/** How long dust hangs in the light before it turns, slowly, into snow. */
const DUST_SECONDS = 5;
const TURN_SECONDS = 4;

/**
 * Full-screen effects over the scene: the white flash into memory, falling snow, dust in the
 * light that turns into snow (the departure), and the OS NOT FOUND glitch.
 */
export class EffectsLayer {
  private readonly flashRect: Phaser.GameObjects.Rectangle;
  private readonly snow: Phaser.GameObjects.Graphics;
  private readonly glitchBars: Phaser.GameObjects.Graphics;
  private flakes: Flake[] = [];
  private mode: 'none' | 'snow' | 'dust_to_snow' = 'none';
  private sinceStart = 0;
  private glitchLeft = 0;
  private time = 0;

  constructor(private readonly scene: Phaser.Scene) {
    this.snow = scene.add.graphics().setDepth(30);
    this.glitchBars = scene.add.graphics().setDepth(41);
    this.flashRect = scene.add
      .rectangle(0, 0, 10, 10, 0xfff6ea)
      .setOrigin(0)
      .setDepth(40)
      .setAlpha(0);
  }

  /** True while snow falls or a glitch plays: movement that must stay smooth. */
  get moving(): boolean {
    return this.mode !== 'none' || this.glitchLeft > 0;
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

  /** The screen tears for a moment: the operating system is gone. */
  glitch(): void {
    this.glitchLeft = 0.9;
  }

  /**
   * Applies the stage's lasting effects. `fresh` is true when the effect has just begun in the
   * story (dust then turns to snow before the player's eyes); on a restore it is snow at once.
   */
  setLasting(effects: readonly string[], fresh: boolean): void {
    const next = effects.includes('dust_to_snow')
      ? 'dust_to_snow'
      : effects.includes('snow')
        ? 'snow'
        : 'none';
    if (next === this.mode) return;
    if (next !== 'none' && this.mode === 'none') this.seed();
    this.mode = next;
    this.sinceStart = next === 'dust_to_snow' && fresh ? 0 : DUST_SECONDS + TURN_SECONDS;
    if (next === 'none') this.snow.clear();
  }

  /** Moves snow and dust, and plays out a glitch; nothing to do when no effect is on. */
  update(deltaMs: number, still: boolean): void {
    const dt = still ? 0 : Math.min(deltaMs, 100) / 1000;
    this.drawGlitch(dt);
    if (this.mode === 'none') return;
    this.time += dt;
    this.sinceStart += dt;
    // 0 while it is dust in the light, 1 once it has become snow.
    const turned = Math.min(1, Math.max(0, (this.sinceStart - DUST_SECONDS) / TURN_SECONDS));
    const { width, height } = this.scene.scale;
    this.snow.clear();
    for (const f of this.flakes) {
      const fall = 0.004 + turned * f.speed; // dust barely sinks; snow falls
      f.y += fall * dt;
      f.x +=
        (Math.sin(this.time * (0.8 - turned * 0.3) + f.drift) * (20 - 8 * turned) * dt) / width;
      if (f.y > 1.02) {
        f.y = -0.02;
        f.x = Math.random();
      }
      const color = turned < 1 ? blend(0xffd9a0, 0xffffff, turned) : 0xffffff;
      const alpha = (0.25 + f.r * 0.1) * (0.55 + 0.45 * turned);
      this.snow
        .fillStyle(color, alpha)
        .fillCircle(f.x * width, f.y * height, f.r * (0.6 + 0.4 * turned));
    }
  }

  private drawGlitch(dt: number): void {
    this.glitchBars.clear();
    if (this.glitchLeft <= 0) return;
    this.glitchLeft -= Math.max(dt, 1 / 60);
    const { width, height } = this.scene.scale;
    for (let i = 0; i < 7; i++) {
      const y = Math.random() * height;
      const h = 4 + Math.random() * 38;
      const shift = (Math.random() - 0.5) * width * 0.08;
      this.glitchBars.fillStyle(i % 2 ? 0x6fe7ff : 0xff4f6d, 0.22).fillRect(shift, y, width, h);
    }
    this.glitchBars.fillStyle(0x000000, 0.18 * Math.random()).fillRect(0, 0, width, height);
  }

  private seed(): void {
    this.flakes = Array.from({ length: FLAKES }, () => ({
      x: Math.random(),
      y: Math.random(),
      r: 1 + Math.random() * 3,
      speed: 0.04 + Math.random() * 0.08,
      drift: Math.random() * Math.PI * 2,
    }));
  }
}

/** Mixes two 0xRRGGBB colours; t = 0 gives `a`, 1 gives `b`. */
function blend(a: number, b: number, t: number): number {
  const mix = (shift: number) =>
    Math.round(((a >> shift) & 255) * (1 - t) + ((b >> shift) & 255) * t) << shift;
  return mix(16) | mix(8) | mix(0);
}
