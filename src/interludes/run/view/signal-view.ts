import type Phaser from 'phaser';
import { SIGNAL_CELL } from '../art/signal-art';
import type { Layout } from './layout';

/** Shown size of the indicator, and its margin from the corner. */
const HEIGHT = 40;
const MARGIN = 14;

/**
 * The searching indicator in the top corner: arcs of signal lighting one after another and
 * three dots breathing, cool and grey, for as long as the device cannot find her; warm and
 * full the moment she answers. Calm: the arcs hold still at half light.
 */
export class SignalView {
  private readonly pill: Phaser.GameObjects.Image;
  private readonly arcs: Phaser.GameObjects.Image[];
  private readonly dots: Phaser.GameObjects.Image[];
  private readonly floorPill: Phaser.GameObjects.Image;
  private readonly floorText: Phaser.GameObjects.Text;
  private found = false;
  private shownFloor = -1;

  constructor(scene: Phaser.Scene, layer: Phaser.GameObjects.Container) {
    this.pill = scene.add.image(0, 0, 'run:signal', 'pill').setOrigin(0, 0);
    this.arcs = [0, 1, 2].map((i) =>
      scene.add.image(0, 0, 'run:signal', `arc${i}`).setOrigin(0, 0),
    );
    this.dots = [0, 1, 2].map(() => scene.add.image(0, 0, 'run:signal', 'dot').setOrigin(0.5, 0.5));
    // In the elevator, the floor too: the painted display above the doors sits under the lines.
    this.floorPill = scene.add.image(0, 0, 'run:signal', 'badge').setOrigin(0, 0);
    this.floorText = scene.add
      .text(0, 0, '', {
        fontFamily: 'Figtree Variable, system-ui, sans-serif',
        fontSize: '19px',
        color: '#ffe2cf',
        fontStyle: '600',
      })
      .setOrigin(0.5, 0.5);
    layer.add([this.pill, ...this.arcs, ...this.dots, this.floorPill, this.floorText]);
  }

  /** She answered: everything turns warm and lights up. */
  answer(): void {
    this.found = true;
    this.arcs.forEach((arc, i) => arc.setFrame(`warm${i}`));
    this.dots.forEach((dot) => dot.setFrame('warmdot'));
  }

  /** Places the indicator and animates it (`time` in seconds); `floor` while in the elevator. */
  update(l: Layout, time: number, calm: boolean, floor: number | null): void {
    const s = HEIGHT / SIGNAL_CELL.h;
    // Top left beside the lines; on a phone held upright the lines fill the top, so low down.
    const left = MARGIN;
    const top = l.portrait ? l.h - 128 : MARGIN;
    this.floorPill.setVisible(floor !== null);
    this.floorText.setVisible(floor !== null);
    if (floor !== null) {
      const shown = Math.max(1, Math.ceil(floor - 0.001));
      if (shown !== this.shownFloor) this.floorText.setText(`▼ ${shown === 1 ? 'L' : shown}`);
      this.shownFloor = shown;
      const x = left + SIGNAL_CELL.w * s + 8;
      this.floorPill.setScale(s * 0.6, s).setPosition(x, top);
      this.floorText.setPosition(x + SIGNAL_CELL.w * s * 0.3, top + (SIGNAL_CELL.h / 2) * s);
    }
    for (const image of [this.pill, ...this.arcs]) image.setScale(s).setPosition(left, top);
    this.arcs.forEach((arc, i) => {
      // Searching: each arc in turn, a wave going out and finding nothing.
      const beat = (time * 1.4 - i * 0.28) % 1;
      const alpha = this.found
        ? 1
        : calm
          ? 0.45
          : 0.15 + 0.85 * Math.max(0, 1 - Math.abs(beat - 0.2) * 3);
      arc.setAlpha(alpha);
    });
    this.dots.forEach((dot, i) => {
      const x = left + (150 + i * 34) * s;
      const alpha = this.found
        ? 1
        : calm
          ? 0.6
          : 0.3 + 0.7 * Math.max(0, Math.sin(time * 4 - i * 0.9));
      dot
        .setScale(s * (this.found ? 1.25 : 1))
        .setPosition(x, top + (SIGNAL_CELL.h / 2) * s)
        .setAlpha(alpha);
    });
  }
}
