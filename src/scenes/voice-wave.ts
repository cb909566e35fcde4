import Phaser from 'phaser';
import { voices, type VoiceKey } from '../assets/manifest';

const LINES = [
  { phase: 0, speed: 1.0, freq: 1.6, weight: 1.0, width: 3 },
  { phase: 2.1, speed: 1.35, freq: 2.3, weight: 0.65, width: 2 },
  { phase: 4.2, speed: 0.8, freq: 3.1, weight: 0.4, width: 1.5 },
];
const STEPS = 96;
/** Each line is stroked in pieces so it can fade out toward both ends instead of flatlining. */
const PIECES = 16;

/** How each mood moves: speed of the wave and how high it can rise. */
const MOODS: Record<string, { speed: number; lift: number; dim: number }> = {
  default: { speed: 1, lift: 1, dim: 1 },
  playful: { speed: 1.6, lift: 1.2, dim: 1 },
  tender: { speed: 0.6, lift: 0.8, dim: 0.95 },
  distant: { speed: 0.4, lift: 0.5, dim: 0.55 },
};

/**
 * A voice without a body: soft lines of light that breathe when idle and swell while the voice
 * is speaking. Redrawn every frame only while visible.
 */
export class VoiceWave {
  /** Soft halo, added onto the scene's light; the crisp line is drawn normally on top. */
  private readonly glowGraphics: Phaser.GameObjects.Graphics;
  private readonly graphics: Phaser.GameObjects.Graphics;
  private voice: VoiceKey = 'samantha';
  private mood = 'default';
  private visible = 0;
  private visibleTarget = 0;
  private energy = 0.15;
  private energyTarget = 0.15;
  private time = 0;
  /** Reused every frame: one row of points per line. */
  private readonly points = LINES.map(() =>
    Array.from({ length: STEPS + 1 }, () => new Phaser.Math.Vector2()),
  );

  constructor(private readonly scene: Phaser.Scene) {
    this.glowGraphics = scene.add.graphics().setDepth(20).setBlendMode(Phaser.BlendModes.ADD);
    this.graphics = scene.add.graphics().setDepth(21);
  }

  /** Which voice to show (null hides it), in which mood, and whether it is speaking now. */
  set(voice: VoiceKey | null, mood: string, speaking: boolean): void {
    if (voice) this.voice = voice;
    this.mood = MOODS[mood] ? mood : 'default';
    this.visibleTarget = voice ? 1 : 0;
    this.energyTarget = speaking ? 1 : 0.18;
  }

  /** True while the voice speaks, or fades or swells toward where it is going. */
  get settling(): boolean {
    return (
      this.energyTarget >= 1 ||
      Math.abs(this.visibleTarget - this.visible) > 0.01 ||
      Math.abs(this.energyTarget - this.energy) > 0.01
    );
  }

  /** True while the voice is on screen (at rest it only breathes). */
  get shown(): boolean {
    return this.visible >= 0.01;
  }

  /** Advances the animation by `deltaMs` (its breathing slowed by `motion`, 0–1) and redraws. */
  update(deltaMs: number, motion = 1): void {
    const dt = Math.min(deltaMs, 100) / 1000;
    this.visible += (this.visibleTarget - this.visible) * Math.min(1, dt * 3);
    this.energy += (this.energyTarget - this.energy) * Math.min(1, dt * 4);
    this.graphics.clear();
    this.glowGraphics.clear();
    if (this.visible < 0.01) return;
    const mood = MOODS[this.mood] ?? MOODS.default!;
    this.time += dt * mood.speed * motion;
    const { width, height } = this.scene.scale;
    const span = Math.min(width * 0.62, 820);
    const centerY = height * 0.36;
    const breath = 0.5 + 0.5 * Math.sin(this.time * 1.4);
    const amplitude = Math.min(height * 0.12, 110) * mood.lift * (this.energy + 0.05 * breath);
    const palette = voices[this.voice];
    const color = Phaser.Display.Color.HexStringToColor(palette.color).color;
    const glow = Phaser.Display.Color.HexStringToColor(palette.glow).color;
    LINES.forEach((line, n) => {
      const points = this.points[n] ?? [];
      for (let i = 0; i <= STEPS; i++) {
        const u = i / STEPS;
        const envelope = Math.pow(Math.sin(Math.PI * u), 2.2);
        const wave =
          Math.sin(u * Math.PI * 2 * line.freq + this.time * 3 * line.speed + line.phase) *
          Math.sin(this.time * 0.9 + line.phase);
        points[i]?.set(
          width / 2 - span / 2 + u * span,
          centerY + wave * envelope * amplitude * line.weight,
        );
      }
      const alpha = this.visible * mood.dim;
      const per = STEPS / PIECES;
      for (let piece = 0; piece < PIECES; piece++) {
        const segment = points.slice(piece * per, (piece + 1) * per + 1);
        const fade = Math.sin(Math.PI * ((piece + 0.5) / PIECES)) ** 1.5;
        this.glowGraphics
          .lineStyle(line.width * 5, glow, 0.14 * alpha * fade)
          .strokePoints(segment);
        this.graphics.lineStyle(line.width, color, 0.9 * alpha * fade).strokePoints(segment);
      }
    });
  }
}
