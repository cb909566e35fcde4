import type Phaser from 'phaser';
import type { Lift } from '../lift';
import { DOORWAY } from '../art/lift-art';
import { atScale } from './fit';
import type { Layout } from './layout';

/** Where the riders stand in the painting's design pixels (feet below the frame's bottom). */
const RIDERS = [
  { x: 380, y: 1290 },
  { x: 1540, y: 1300 },
  { x: 700, y: 1230 },
  { x: 1250, y: 1240 },
  { x: 1040, y: 1190 },
  { x: 520, y: 1180 },
];

/**
 * The ride down, from inside: the story's elevator painting, its floor display counting
 * down, the doors (cut from the painting itself) sliding open on a corridor at each stop and
 * on the lobby's noon glare at the end, the backs of the strangers crammed in with him, and
 * his own, bouncing on his toes when the player hurries him.
 */
export class RideView {
  private readonly bg: Phaser.GameObjects.Image;
  private readonly outside: Phaser.GameObjects.Image;
  private readonly leaves: [Phaser.GameObjects.Image, Phaser.GameObjects.Image];
  private readonly pill: Phaser.GameObjects.Image;
  private readonly floor: Phaser.GameObjects.Text;
  private readonly riders: Phaser.GameObjects.Image[];
  private readonly theo: Phaser.GameObjects.Image;
  private shownFloor = -1;
  private fittedFor = '';

  constructor(
    private readonly scene: Phaser.Scene,
    readonly layer: Phaser.GameObjects.Container,
    private readonly bgKey: string,
  ) {
    this.bg = scene.add.image(0, 0, bgKey).setOrigin(0, 0);
    this.outside = scene.add.image(0, 0, 'run:corridor0').setOrigin(0, 0);
    this.leaves = [
      scene.add.image(0, 0, bgKey).setOrigin(0, 0),
      scene.add.image(0, 0, bgKey).setOrigin(0, 0),
    ];
    this.pill = scene.add.image(0, 0, 'run:pill').setOrigin(0.5, 0.5);
    this.floor = scene.add
      .text(0, 0, '', {
        fontFamily: 'Figtree Variable, system-ui, sans-serif',
        fontSize: '56px',
        color: '#ffe2cf',
        fontStyle: '600',
      })
      .setOrigin(0.5, 0.5);
    this.riders = RIDERS.map((_, i) => scene.add.image(0, 0, `run:rider${i}`).setOrigin(0.5, 0.97));
    this.theo = scene.add.image(0, 0, 'run:theoback').setOrigin(0.5, 0.97);
    layer.add([
      this.bg,
      this.outside,
      ...this.leaves,
      this.pill,
      this.floor,
      ...this.riders,
      this.theo,
    ]);
  }

  /** Re-paints the painting and the people at this screen's scale (see fit.ts). */
  private fit(l: Layout, s: number, outside: string): void {
    const size = `${l.w}x${l.h}:${outside}`;
    if (size === this.fittedFor) return;
    this.fittedFor = size;
    const t = this.scene.textures;
    const bg = atScale(t, this.bgKey, s);
    this.bg.setTexture(bg);
    for (const leaf of this.leaves) leaf.setTexture(bg);
    this.outside.setTexture(atScale(t, outside, s));
    this.pill.setTexture(atScale(t, 'run:pill', 1, { w: 300 * s * 2.05, h: 84 * s * 1.02 }));
    this.riders.forEach((rider, i) => rider.setTexture(atScale(t, `run:rider${i}`, s * 0.82)));
    this.theo.setTexture(atScale(t, 'run:theoback', s * 0.9));
  }

  /** Draws the ride for the elevator's state; `urge` is how hard the player is hurrying him. */
  update(l: Layout, lift: Lift, urge: number, time: number, calm: boolean): void {
    const source = this.scene.textures.get(this.bgKey).getSourceImage();
    const s = Math.max(l.w / source.width, l.h / source.height);
    const lobby = lift.stage === 'lobby' || lift.stage === 'out';
    this.fit(l, s, lobby ? 'run:lobby' : `run:corridor${lift.stopsDone % 3}`);
    const ox = Math.round((l.w - this.bg.width) / 2);
    const oy = Math.round((l.h - this.bg.height) / 2);
    const at = (x: number, y: number): [number, number] => [
      Math.round(ox + x * s),
      Math.round(oy + y * s),
    ];
    this.bg.setPosition(ox, oy);
    this.outside.setPosition(...at(DOORWAY.x, DOORWAY.y));
    // The doors are cut from the painting itself and slide into the walls beside them.
    const half = (DOORWAY.w / 2) * s;
    const open = Math.round(lift.doors * half);
    const [dx, dy] = [DOORWAY.x * s, DOORWAY.y * s];
    const dh = DOORWAY.h * s;
    this.leaves[0].setCrop(dx + open, dy, half - open, dh).setPosition(ox - open, oy);
    this.leaves[1].setCrop(dx + half, dy, half - open, dh).setPosition(ox + open, oy);
    this.pill.setPosition(...at(960, 172));
    const floor = Math.max(1, Math.ceil(lift.floor - 0.001));
    if (floor !== this.shownFloor) {
      this.shownFloor = floor;
      this.floor.setText(floor === 1 ? 'L' : String(floor));
    }
    this.floor.setScale(s).setPosition(...at(960, 174));
    // Seven in a car for six: the newest rider shows once the doors have let them in.
    const crowd = Math.min(this.riders.length, Math.max(3, lift.riders - 1));
    this.riders.forEach((rider, i) => {
      rider.setVisible(i < crowd).setPosition(...at(RIDERS[i]!.x, RIDERS[i]!.y));
    });
    const bounce = calm
      ? 0
      : urge > 0.2
        ? Math.abs(Math.sin(time * 9)) * 14
        : Math.sin(time * 1.3) * 2;
    this.theo.setPosition(...at(880, 1290 - bounce));
  }

  /** Shows or hides the ride. */
  setVisible(visible: boolean): void {
    this.layer.setVisible(visible);
  }
}
