/**
 * The two lights that stay when everything else is dark: his pulse, a warm swell rising from
 * the bottom of the screen on every heartbeat (lub, dub), and her voice, a soft amber light
 * ahead of him that leans the way she is leading and sends out a ripple when she speaks.
 */
import Phaser from 'phaser';
import { GLOW_SIZE, glowKey, RING_SIZE } from './walk-art';
import { HEART, type Heart } from './walk-body';
import type { Lens } from './walk-lens';
import type { Spot } from './walk-map';

const ADD = Phaser.BlendModes.ADD;
/** Seconds a ripple of her voice takes to spread and fade. */
const RING_LIFE = 1.9;

/** How a heartbeat swells and fades through one beat (phase 0–1): a strong lub, a softer dub. */
export function heartSwell(phase: number): number {
  const lub = Math.exp(-phase * 9);
  const dub = phase > 0.17 ? 0.55 * Math.exp(-(phase - 0.17) * 11) : 0;
  return lub + dub;
}

/** His pulse and her voice, drawn over the dark and over his eyelids alike. */
export class PulseAndVoice {
  private readonly pulse: Phaser.GameObjects.Image;
  private readonly her: Phaser.GameObjects.Image;
  private readonly core: Phaser.GameObjects.Image;
  private readonly rings: { img: Phaser.GameObjects.Image; age: number }[];
  private herX = -1;
  private herY = 0;
  private speaking = 0;

  constructor(scene: Phaser.Scene) {
    const image = (key: string, depth: number) =>
      scene.add.image(0, 0, key).setBlendMode(ADD).setDepth(depth);
    this.pulse = image(glowKey('pulse'), 800);
    this.her = image(glowKey('her'), 810);
    this.core = image(glowKey('glint'), 812);
    this.rings = [0, 1, 2].map(() => ({
      img: image('walk:ring', 811).setVisible(false),
      age: RING_LIFE,
    }));
  }

  /** She starts a line: her light brightens and a ripple goes out. */
  speak(): void {
    this.speaking = 1;
    const ring = this.rings.reduce((a, b) => (a.age >= b.age ? a : b));
    ring.age = 0;
  }

  /**
   * Places both lights for a frame: the heart's phase, which way she leads, how calm to be,
   * and how much of them is left (`fade`, 0–1: they go as the walk hands back to the story).
   */
  update(
    heart: Heart,
    lead: Spot,
    lens: Lens,
    time: number,
    dt: number,
    calm: boolean,
    fade = 1,
  ): void {
    const { width: w, height: h } = lens;
    const small = Math.min(w, h);
    const swell = heartSwell(heart.phase) * (calm ? 0.5 : 1);
    const fright = Math.max(0, (heart.bpm - HEART.calm) / (HEART.fastest - HEART.calm));
    // Wide and low, rising from the bottom edge: it reads as a pulse, and a software canvas
    // only pays for the pixels it covers.
    const reach = Math.max(w, h) * 0.5 * (1 + 0.05 * swell);
    const pulse = (0.2 + 0.3 * swell + 0.08 * fright) * fade;
    this.pulse.setPosition(w / 2, h * 1.02).setScale((reach * 2) / GLOW_SIZE, reach / GLOW_SIZE);
    this.pulse.setAlpha(pulse).setVisible(pulse > 0.01);

    const tx = w / 2 + lead.x * Math.min(w * 0.24, 300);
    const ty = lens.horizon + h * 0.05 - lead.z * h * 0.06;
    if (this.herX < 0) [this.herX, this.herY] = [tx, ty];
    const follow = Math.min(1, dt * 2.2);
    this.herX += (tx - this.herX) * follow;
    this.herY += (ty - this.herY) * follow;
    this.speaking = Math.max(0, this.speaking - dt * 0.35);
    const breath = Math.sin(time * 1.3) * (calm ? 0.02 : 0.06);
    const size = small * 0.34 * (1 + breath + 0.12 * this.speaking);
    this.her.setPosition(this.herX, this.herY).setScale(size / GLOW_SIZE);
    this.her.setAlpha((0.22 + 0.3 * this.speaking + 0.05 * Math.sin(time * 1.3)) * fade);
    this.core.setPosition(this.herX, this.herY).setScale((small * 0.035) / GLOW_SIZE);
    this.core.setAlpha((0.45 + 0.4 * this.speaking) * fade);
    for (const ring of this.rings) {
      ring.age += dt * (calm ? 0.7 : 1);
      const t = ring.age / RING_LIFE;
      ring.img.setVisible(t < 1);
      if (t >= 1) continue;
      ring.img.setPosition(this.herX, this.herY);
      ring.img
        .setScale(((0.15 + t) * small * 0.5) / RING_SIZE)
        .setAlpha(0.5 * (1 - t) * (1 - t) * fade);
    }
  }
}
