import type Phaser from 'phaser';
import { CART } from '../config';
import type { Cart } from '../cart';
import { REF, THEO_CELL } from '../art/run-textures';
import { screenX, type Layout } from './layout';
import { BACK_LANE } from './crowd-view';

/**
 * The orange vendor's cart: parked in the lane behind until he comes running, then swung
 * out across his way and tipped, oranges rolling to rest on the pavement; the vendor
 * throwing up his hands, kneeling to gather, and at last waving him on.
 */
export class CartView {
  private readonly cart: Phaser.GameObjects.Image;
  private readonly vendor: Phaser.GameObjects.Image;
  private readonly oranges: Phaser.GameObjects.Image[] = [];
  private waveUntil = -1;

  constructor(scene: Phaser.Scene, layer: Phaser.GameObjects.Container) {
    this.vendor = scene.add
      .image(0, 0, 'run:vendor', 'stand')
      .setOrigin(THEO_CELL.footX / THEO_CELL.w, THEO_CELL.footY / THEO_CELL.h);
    this.cart = scene.add.image(0, 0, 'run:cart').setOrigin(0.3, 0.92);
    layer.add([this.vendor, this.cart]);
    for (let i = 0; i < 6; i++) {
      const orange = scene.add.image(0, 0, 'run:orange').setOrigin(0.5, 0.53);
      this.oranges.push(orange);
      layer.add(orange);
    }
  }

  /** The oranges are back: he waves Theodore on for a moment. */
  waveOn(time: number): void {
    this.waveUntil = time + 2.5;
  }

  /** Draws the cart for the cart's state (null: not reached yet), the camera at `cam`. */
  update(l: Layout, cam: number, cart: Cart | null, time: number): void {
    const k = l.ppu / REF;
    const x = screenX(l, CART.cartAt, cam);
    const visible = x > -4 * l.ppu && x < l.w + 4 * l.ppu;
    this.cart.setVisible(visible);
    this.vendor.setVisible(visible);
    const swing = !cart ? 0 : cart.stage === 'swinging' ? 1 - cart.timer / CART.swingTime : 1;
    const upright = !cart || (cart.stage === 'done' && cart.choice === 'helped');
    const out = upright ? 0 : Math.min(1, swing * 1.4);
    // Swung out from the lane behind to the edge of his, and tipped toward him.
    const backY = l.groundY - BACK_LANE.lift * l.ppu;
    const cartY = backY + out * 0.3 * l.ppu;
    this.cart
      .setPosition(x - out * 0.6 * l.ppu, cartY)
      .setScale(k * 0.9)
      .setRotation(upright ? 0 : -0.28 * out);
    const kneeling =
      cart && (cart.stage === 'gathering' || (cart.stage === 'done' && cart.choice === 'ran'));
    const waving =
      time < this.waveUntil || cart?.stage === 'choosing' || cart?.stage === 'swinging';
    this.vendor.setFrame(kneeling ? 'kneel' : waving ? 'wave' : 'stand');
    this.vendor.setPosition(x + 2.3 * l.ppu, backY).setScale(k * 0.9);
    this.oranges.forEach((image, i) => {
      const o = cart?.oranges[i];
      const shown = !!o && o.by === 'nobody' && visible;
      image.setVisible(shown);
      if (!o || !shown) return;
      // They fly from the crate in an arc and come to rest in his lane.
      const t = Math.min(1, swing * 1.15);
      const ox = x + (o.x - CART.cartAt) * t * l.ppu;
      const oy =
        cartY -
        1.6 * l.ppu * (1 - t) -
        Math.sin(Math.PI * t) * 0.9 * l.ppu +
        t * (l.groundY - 0.15 * l.ppu - cartY);
      image
        .setPosition(ox, oy)
        .setScale(k)
        .setRotation(t * (i + 2));
    });
  }
}
