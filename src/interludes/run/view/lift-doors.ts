import type Phaser from 'phaser';
import { LIFT } from '../config';
import { LIFT_FRAME } from '../art/office-end';
import { REF } from '../art/run-textures';
import { DEPTHS } from './dressing';
import { atScale } from './fit';
import { screenX, type Layout } from './layout';

/**
 * The elevator at the end of the office floor, against the wall: its frame and lit car,
 * and two brushed doors that slide apart (slowly) when it finally comes.
 */
export class LiftDoors {
  private readonly frame: Phaser.GameObjects.Image;
  private readonly leaves: [Phaser.GameObjects.Image, Phaser.GameObjects.Image];

  private fittedFor = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    layer: Phaser.GameObjects.Container,
  ) {
    this.frame = scene.add.image(0, 0, 'run:liftframe').setOrigin(0.5, 1);
    this.leaves = [
      scene.add.image(0, 0, 'run:liftleaf').setOrigin(0, 0),
      scene.add.image(0, 0, 'run:liftleaf').setOrigin(1, 0).setFlipX(true),
    ];
    layer.add([this.frame, ...this.leaves]);
  }

  /** Draws the elevator with the camera at `cam` and its doors `open` (0 shut to 1 open). */
  update(l: Layout, cam: number, open: number): void {
    const { scale, lift } = DEPTHS.wall;
    const k = (l.ppu / REF) * scale;
    const m = l.ppu * scale;
    if (this.fittedFor !== k) {
      this.fittedFor = k;
      this.frame.setTexture(atScale(this.scene.textures, 'run:liftframe', k));
    }
    const x = Math.round(screenX(l, LIFT.doorAt, cam));
    const base = Math.round(l.groundY - lift * l.ppu);
    this.frame.setPosition(x, base);
    const { door, w, h } = LIFT_FRAME;
    const left = x - (w / 2) * m + door.x * m;
    const top = base - h * m + door.y * m;
    // Each leaf slides into the wall beside it: it narrows toward its own edge.
    const narrow = Math.max(0.001, 1 - open);
    this.leaves[0].setPosition(left, top).setScale(k * narrow, k);
    this.leaves[1].setPosition(left + door.w * m, top).setScale(k * narrow, k);
    const shown = x > -w * m && x < l.w + w * m;
    this.frame.setVisible(shown);
    for (const leaf of this.leaves) leaf.setVisible(shown);
  }
}
