import type Phaser from 'phaser';
import { RUN } from '../config';
import { REF, THEO_CELL, handOf } from '../art/run-textures';
import type { Runner } from '../runner';
import type { Layout } from './layout';

/** What he is doing, as the view needs to know it (the rules' phase, boiled down). */
export type Doing = 'run' | 'wait' | 'jab' | 'gather' | 'arrived' | 'hidden';

/**
 * Theodore on screen: the frame for what he is doing (running, walking, a stumble, a jump,
 * a sidestep into the lane behind, jabbing the button, kneeling among oranges, bent double
 * at the end), his shadow, and the small light of the phone in his hand, which searches
 * cool and grey until she answers and it turns warm.
 */
export class RunnerView {
  private readonly body: Phaser.GameObjects.Image;
  private readonly shadow: Phaser.GameObjects.Image;
  private readonly glow: Phaser.GameObjects.Image;
  private warm = false;
  private warmSince = 0;

  constructor(scene: Phaser.Scene, layer: Phaser.GameObjects.Container) {
    this.shadow = scene.add.image(0, 0, 'run:shadow').setOrigin(0.5, 0.5);
    this.body = scene.add
      .image(0, 0, 'run:theo', 'stand')
      .setOrigin(THEO_CELL.footX / THEO_CELL.w, THEO_CELL.footY / THEO_CELL.h);
    this.glow = scene.add.image(0, 0, 'run:glow-cool').setBlendMode('ADD');
    layer.add([this.shadow, this.body, this.glow]);
  }

  /** Her answer arrives: the phone's light turns warm. */
  answered(): void {
    this.warm = true;
    this.warmSince = performance.now();
    this.glow.setTexture('run:glow-warm');
  }

  /** 0 to 1 over the second after she answers: the warmth spreading from the phone. */
  private bloom(calm: boolean): number {
    return calm ? 1 : Math.min(1, (performance.now() - this.warmSince) / 1000);
  }

  /** The frame for this moment. */
  private frameFor(r: Runner, doing: Doing): string {
    if (doing === 'arrived') return 'bent';
    if (doing === 'jab') return 'jab';
    if (r.stumble > RUN.stumbleTime * 0.35) return 'stumble';
    if (r.dodge > 0 && r.dodgeKind === 'hop') return 'hop';
    const speed = Math.abs(r.v);
    if (doing === 'gather' && speed < 0.3) return 'kneel';
    if (speed < 0.25) return 'stand';
    const frame = Math.floor(r.gait * 8) % 8;
    return speed < 3 ? `walk${frame}` : `run${frame}`;
  }

  /** Draws him at screen `x`, `lift` metres up the lane behind (boarding the elevator, say). */
  update(
    l: Layout,
    r: Runner,
    doing: Doing,
    x: number,
    time: number,
    calm: boolean,
    lift = 0,
  ): void {
    const visible = doing !== 'hidden';
    this.body.setVisible(visible);
    this.shadow.setVisible(visible);
    this.glow.setVisible(visible);
    if (!visible) return;
    const frame = this.frameFor(r, doing);
    const k = l.ppu / REF;
    const phase = r.dodge > 0 ? 1 - r.dodge / RUN.dodgeTime : 0;
    const arc = Math.sin(Math.PI * phase);
    // A jump rises off the ground; a sidestep slips up into the lane behind and back.
    const hop = r.dodgeKind === 'hop' ? arc * 0.55 : 0;
    const side = (r.dodgeKind === 'swerve' ? arc * 0.42 : 0) + lift;
    const scale = k * (1 - side * 0.14);
    const feetY = l.groundY - side * l.ppu;
    this.body
      .setFrame(frame)
      .setScale(scale)
      .setPosition(x, feetY - hop * l.ppu);
    this.shadow.setPosition(x + 0.1 * l.ppu, feetY).setScale(scale * (1 - hop * 0.8) * 0.8);
    const hand = handOf[frame] ?? { x: 30, y: -120 };
    const pulse = this.warm
      ? calm
        ? 0.9
        : 0.75 + 0.25 * Math.sin(time * 3)
      : calm
        ? 0.55
        : 0.35 + 0.3 * Math.sin(time * 7);
    this.glow
      .setPosition(x + hand.x * scale, feetY - hop * l.ppu + (hand.y - 8) * scale)
      .setScale(scale * (this.warm ? 1.2 + this.bloom(calm) * 2.2 : 0.42))
      .setAlpha(pulse);
  }
}
