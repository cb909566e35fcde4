import Phaser from 'phaser';
import type { Life } from '../assets/manifest';

/** One moving thing: where it is (0–1 of the screen), how it moves, how it looks. */
interface Mote {
  x: number;
  y: number;
  size: number;
  speed: number;
  phase: number;
}

/** How many motes each kind of life needs, and where on screen they live (y from–to). */
const KINDS: Record<Exclude<Life, 'none'>, { count: number; band: [number, number] }> = {
  dust: { count: 46, band: [0.05, 0.75] },
  bokeh: { count: 16, band: [0.08, 0.62] },
  snow: { count: 130, band: [0, 1] },
  waves: { count: 9, band: [0.5, 0.72] },
  train: { count: 6, band: [0, 1] },
  leaves: { count: 14, band: [0, 1] },
  spores: { count: 40, band: [0.15, 0.95] },
  embers: { count: 28, band: [0.35, 0.95] },
};

/** A small seeded random, so a place's motes start the same way every visit. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The life over a still painting: dust in a sunbeam, city lights that breathe, snow, waves,
 * the posts of a train window, leaves, glowing spores, embers. Cheap shapes redrawn each frame,
 * stopped entirely when the player asks for reduced motion.
 */
export class LifeLayer {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private kind: Life = 'none';
  private motes: Mote[] = [];
  private time = 0;

  constructor(private readonly scene: Phaser.Scene) {
    this.graphics = scene.add.graphics().setDepth(5).setBlendMode(Phaser.BlendModes.ADD);
  }

  /** True while the place has motes to move. */
  get active(): boolean {
    return this.kind !== 'none';
  }

  /** Switches to a place's kind of life (a new set of motes). */
  set(kind: Life): void {
    if (kind === this.kind) return;
    this.kind = kind;
    this.graphics.clear();
    // Light adds onto the picture; shadows (train posts) and leaves are painted normally.
    const additive = kind !== 'train' && kind !== 'leaves';
    this.graphics.setBlendMode(additive ? Phaser.BlendModes.ADD : Phaser.BlendModes.NORMAL);
    if (kind === 'none') return void (this.motes = []);
    const { count, band } = KINDS[kind];
    const rand = seeded(kind.length * 7919 + count);
    this.motes = Array.from({ length: count }, () => ({
      x: rand(),
      y: band[0] + rand() * (band[1] - band[0]),
      size: 0.4 + rand() * 0.6,
      speed: 0.5 + rand(),
      phase: rand() * Math.PI * 2,
    }));
  }

  /** Moves and redraws the motes (`still`: draw once where they are, for reduced motion). */
  update(deltaMs: number, still: boolean): void {
    if (this.kind === 'none') return;
    if (!still) this.time += Math.min(deltaMs, 100) / 1000;
    const { width, height } = this.scene.scale;
    const g = this.graphics.clear();
    const t = this.time;
    const s = Math.min(width, height) / 1080; // sizes follow the screen
    for (const m of this.motes) {
      const wobble = Math.sin(t * m.speed + m.phase);
      switch (this.kind) {
        case 'dust': {
          const x = ((m.x + t * 0.004 * m.speed) % 1) * width;
          const y = (m.y + wobble * 0.01) * height;
          g.fillStyle(0xfff1d6, 0.18 + 0.14 * (0.5 + 0.5 * wobble)).fillCircle(
            x,
            y,
            (1.2 + 2 * m.size) * s,
          );
          break;
        }
        case 'bokeh':
          g.fillStyle(0xffd9a8, 0.05 + 0.06 * (0.5 + 0.5 * wobble)).fillCircle(
            m.x * width,
            m.y * height,
            (18 + 34 * m.size) * s,
          );
          break;
        case 'snow': {
          const y = ((m.y + t * 0.05 * m.speed) % 1.05) * height;
          const x = ((m.x + wobble * 0.01 + 1) % 1) * width;
          g.fillStyle(0xffffff, 0.45 + 0.3 * m.size).fillCircle(x, y, (1.3 + 2.4 * m.size) * s);
          break;
        }
        case 'waves': {
          const x = ((m.x + t * 0.012 * m.speed) % 1.3) * width - 0.15 * width;
          const y = (m.y + 0.006 * wobble) * height;
          g.lineStyle(2.5 * s, 0xffffff, 0.16 + 0.12 * (0.5 + 0.5 * wobble)).lineBetween(
            x,
            y,
            x + (90 + 140 * m.size) * s,
            y,
          );
          break;
        }
        case 'train': {
          const x = (1.2 - ((m.x + t * 0.9 * m.speed) % 1.4)) * width;
          g.fillStyle(0x2a1a1a, 0.22).fillRect(
            x,
            0.22 * height,
            (10 + 16 * m.size) * s,
            0.4 * height,
          );
          break;
        }
        case 'leaves': {
          const x = ((m.x + t * 0.02 * m.speed) % 1.1) * width;
          const y = ((m.y + t * 0.03 * m.speed) % 1.1) * height;
          g.fillStyle(0xe8a84f, 0.35).fillEllipse(
            x,
            y,
            (10 + 8 * m.size) * s,
            (5 + 3 * m.size) * s,
          );
          break;
        }
        case 'spores': {
          const y = (1 - ((1 - m.y + t * 0.01 * m.speed) % 1)) * height;
          g.fillStyle(0x9be3c8, 0.2 + 0.3 * (0.5 + 0.5 * wobble)).fillCircle(
            m.x * width + wobble * 6 * s,
            y,
            (1.5 + 3 * m.size) * s,
          );
          break;
        }
        case 'embers': {
          const y = (1 - ((1 - m.y + t * 0.03 * m.speed) % 0.7)) * height;
          g.fillStyle(0xffa24a, 0.25 + 0.35 * (0.5 + 0.5 * wobble)).fillCircle(
            m.x * width + wobble * 10 * s,
            y,
            (1 + 2 * m.size) * s,
          );
          break;
        }
      }
    }
  }
}
