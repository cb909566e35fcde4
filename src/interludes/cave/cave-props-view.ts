/** The cave's things on screen: rocks, fungus light, drips, Doris, the ledge's eye, the ship. */
import Phaser from 'phaser';
import { cellCentre, type CaveMap } from './cave-map';
import { DRIPS, FUNGI, LEDGE_HEIGHT, PLACES } from './cave-places';
import type { CaveWorld } from './cave-world';
import { ATLAS_KEY, SPRITE_RES } from './cave-atlas';
import type { CaveArt } from './cave-textures';

/** Which sprite stands on each kind of cell. */
const ON_CELL: Partial<Record<string, string[]>> = {
  o: ['boulder0', 'boulder1'],
  s: ['stalagmite'],
  r: ['sulkRock'],
  d: ['dorisRock'],
};
const GLOW = { cyan: 'glowCyan', pink: 'glowPink', lime: 'glowLime' } as const;
/** How high the drips fall from (world y of the cave's roof over the floor). */
const ROOF = 260;
const FALL_SECONDS = 0.7;

type Img = Phaser.GameObjects.Image;

/**
 * Places the props once and animates the living ones each frame. Drips that land in view
 * are reported, so the scene can play them.
 */
export class CaveProps {
  private readonly glows: Img[] = [];
  private readonly drops: { drop: Img; splash: Img; landed: boolean }[] = [];
  private readonly doris: Img;
  private readonly eye: Img;
  private readonly beacon: Img;
  /** The rock between the last tunnel and the hidden one, shown standing once both are open. */
  readonly pillar: Img;
  /** Drips that landed this frame: their x, for the sound. */
  readonly landed: number[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly play: Phaser.GameObjects.Container,
    private readonly art: CaveArt,
    map: CaveMap,
  ) {
    map.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const names = ON_CELL[cell];
        if (!names) return;
        const at = cellCentre(c, r);
        this.sprite(names[(c + r) % names.length] ?? '', at.x, at.y + 14, at.y);
      }),
    );
    for (const f of FUNGI) {
      const glow = this.sprite(GLOW[f.hue], f.x, f.y - 10, -5e5).setBlendMode(
        Phaser.BlendModes.ADD,
      );
      this.glows.push(glow.setScale(f.size / SPRITE_RES));
    }
    for (const d of DRIPS) {
      const drop = this.sprite('drop', d.x, ROOF, -4e5).setVisible(false);
      const splash = this.sprite('splash', d.x, d.y, d.y - 1).setVisible(false);
      this.drops.push({ drop, splash, landed: false });
    }
    this.doris = this.sprite('doris0', PLACES.doris.x, PLACES.doris.y - 8, PLACES.doris.y + 1);
    this.eye = this.sprite('eye', PLACES.ledge.x, PLACES.ledge.y - LEDGE_HEIGHT + 24, -3e5);
    this.sprite('ship', PLACES.ship.x, 800, 800);
    const wall = cellCentre(120, 7);
    this.pillar = this.sprite('pillar', wall.x, wall.y + 20, wall.y + 20).setAlpha(0);
    this.beacon = this.sprite('beacon', PLACES.ship.x, 800 - 320, 801).setBlendMode(
      Phaser.BlendModes.ADD,
    );
  }

  /** Adds an atlas sprite to the play layer at world (x, y), drawn at depth `depth`. */
  sprite(frame: string, x: number, y: number, depth: number): Img {
    const o = this.art.origin[frame] ?? { x: 0.5, y: 0.5 };
    const image = this.scene.add.image(x, y, ATLAS_KEY, frame).setOrigin(o.x, o.y);
    image.setScale(1 / SPRITE_RES).setDepth(depth);
    this.play.add(image);
    return image;
  }

  /** One frame of the living props; `calm` stills the flicker, drips are heard in view only. */
  update(world: CaveWorld, calm: boolean, viewLeft: number, viewRight: number): void {
    const t = world.time;
    this.landed.length = 0;
    for (let i = 0; i < this.glows.length; i++) {
      const lit = world.fungusGlow[i] ?? 0;
      const breathe = calm ? 0 : Math.sin(t * 1.7 + i) * 0.08;
      this.glows[i]?.setAlpha(0.35 + breathe + lit * 0.65);
    }
    for (let i = 0; i < DRIPS.length; i++) {
      const d = DRIPS[i];
      const view = this.drops[i];
      if (!d || !view) continue;
      const phase = (t + d.phase) % d.period;
      const falling = phase < FALL_SECONDS;
      view.drop.setVisible(falling);
      if (falling) view.drop.setY(ROOF + (d.y - ROOF) * (phase / FALL_SECONDS) ** 2);
      const since = phase - FALL_SECONDS;
      view.splash.setVisible(since >= 0 && since < 0.5);
      if (since >= 0 && since < 0.5)
        view.splash.setScale((0.4 + since * 1.6) / SPRITE_RES).setAlpha(1 - since * 2);
      if (!falling && !view.landed && d.x > viewLeft && d.x < viewRight) this.landed.push(d.x);
      view.landed = !falling;
    }
    this.doris.setFrame(Math.floor(t * 1.3) % 2 ? 'doris0' : 'doris1');
    // The eye on the ledge: there while the child waits up there, blinking now and then.
    this.eye
      .setVisible(world.child.mode === 'hidden')
      .setScale(1 / SPRITE_RES, (t % 3.1 < 0.15 ? 0.15 : 1) / SPRITE_RES);
    this.beacon
      .setAlpha(0.55 + 0.45 * Math.abs(Math.sin(t * 2.2)))
      .setScale((1.4 + Math.sin(t * 2.2) * 0.2) / SPRITE_RES);
  }
}
