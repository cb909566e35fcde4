/** The astronaut and the child on screen: frames, shadows, the helmet lamp, dust and scuffle. */
import Phaser from 'phaser';
import type { CaveProps } from './cave-props-view';
import type { CaveWorld } from './cave-world';
import { PLACES } from './cave-places';
import { SPRITE_RES } from './cave-atlas';
import { astronautFrame, childFrame } from './figure-frames';

type Img = Phaser.GameObjects.Image;
const S = 1 / SPRITE_RES;
/** How long boarding takes on screen: up the ramp and in at the hatch. */
const BOARD_SECONDS = 1.8;

/** Draws the two characters from the world's state, each frame. */
export class CaveFigures {
  private readonly astro: Img;
  private readonly astroShadow: Img;
  private readonly lamp: Img;
  private readonly child: Img;
  private readonly childShadow: Img;
  private readonly cloud: Img;
  private readonly dust: Img[] = [];
  private dustAt = 0;
  private readonly lastChild = { x: 0, y: 0 };

  constructor(props: CaveProps) {
    this.astroShadow = props.sprite('shadow', 0, 0, 0);
    this.astro = props.sprite('astro:stand', 0, 0, 0);
    this.lamp = props.sprite('lamp', 0, 0, 0).setBlendMode(Phaser.BlendModes.ADD);
    this.childShadow = props.sprite('shadow', 0, 0, 0);
    this.child = props.sprite('child:stand', 0, 0, 0);
    this.cloud = props.sprite('cloud', 0, 0, 0).setVisible(false);
    for (let i = 0; i < 4; i++) this.dust.push(props.sprite('dust', 0, 0, 0).setAlpha(0));
  }

  /** A puff of dust at a world point (a tackle, a landing). */
  puff(x: number, y: number): void {
    const d = this.dust[this.dustAt++ % this.dust.length];
    if (!d) return;
    d.setPosition(x, y)
      .setDepth(y + 2)
      .setAlpha(1)
      .setScale(0.6 * S);
    d.scene.tweens.add({
      targets: d,
      alpha: 0,
      scale: 1.4 * S,
      y: y - 30,
      duration: 600,
      ease: 'Quad.easeOut',
    });
  }

  /** Places everything for this frame (`calm`: no lamp flicker, no wobble). */
  update(world: CaveWorld, calm: boolean): void {
    const t = world.time;
    const { astronaut: a, child: c, plot } = world;
    let ax = a.x;
    let ay = a.y;
    let fade = 1;
    const aboard =
      plot.phase === 'done' && (plot.outcome === 'befriended' || plot.outcome === 'fought');
    const boarding = plot.phase === 'board' || aboard;
    if (boarding) {
      // Up the ramp and in through the hatch.
      const k = Math.min(1, (aboard ? BOARD_SECONDS : plot.t) / BOARD_SECONDS);
      ax += (PLACES.ship.x - 30 - ax) * k;
      ay += (800 - 40 - ay) * k;
      fade = 1 - Math.max(0, k - 0.7) / 0.3;
    }
    const scuffle = plot.phase === 'scuffle';
    const facing = a.facing;
    this.astro.setFrame(astronautFrame(boarding && fade > 0 ? 'walk' : a.pose, t));
    // Climbing, he stays in front of the hull until he is through the hatch.
    const depth = boarding ? Math.max(ay, 802) : ay;
    this.astro
      .setPosition(ax, ay)
      .setDepth(depth)
      .setScale(S * facing, S)
      .setAlpha(fade)
      .setVisible(!scuffle);
    this.astroShadow
      .setPosition(a.x, a.y)
      .setDepth(a.y - 40)
      .setVisible(!scuffle && fade > 0.5);
    const lampOn = (a.pose === 'stand' || a.pose === 'walk') && !scuffle && !boarding;
    this.lamp.setVisible(lampOn);
    if (lampOn) {
      const flicker = calm ? 0 : Math.sin(t * 23) * 0.04 + Math.sin(t * 7) * 0.05;
      this.lamp
        .setPosition(ax + facing * 24, ay - 138)
        .setDepth(ay + 1)
        .setScale(S * facing, S)
        .setAlpha(0.38 + flicker);
    }
    const moving = Math.hypot(c.x - this.lastChild.x, c.y - this.lastChild.y) > 0.6;
    this.lastChild.x = c.x;
    this.lastChild.y = c.y;
    const hidden = c.mode === 'hidden' || c.mode === 'brawl';
    this.child.setVisible(!hidden);
    this.childShadow.setVisible(!hidden && c.z < 200);
    if (!hidden) {
      this.child.setFrame(childFrame(c.mode, moving, t));
      // Riding or perched, he is drawn just in front of what he sits on.
      this.child
        .setPosition(c.x, c.y - c.z)
        .setDepth(c.y + (c.z > 0 ? 3 : 0))
        .setScale(S * c.facing, S);
      this.childShadow
        .setPosition(c.x, c.y)
        .setDepth(c.y - 40)
        .setScale(S * 0.45, S * 0.6);
    }
    this.cloud.setVisible(scuffle);
    if (scuffle) {
      const wob = calm ? 0 : Math.sin(t * 17) * 0.06;
      this.cloud
        .setPosition(a.x + (calm ? 0 : Math.sin(t * 11) * 8), a.y)
        .setDepth(a.y)
        .setScale(S * (1 + wob), S * (1 - wob));
    }
  }
}
