import type Phaser from 'phaser';
import { GROUND, STATION } from '../art/grounds';
import type { PropArt } from '../art/prop-textures';
import { REF } from '../art/run-textures';
import { DEPTHS, type Dressing } from './dressing';
import { atScale } from './fit';
import { onScreen, screenX, type Layout } from './layout';

/**
 * The set of one stretch of the run: its floor (tiles that scroll with him) and its props
 * at their depths, the far row sliding slower than the lane (parallax; less of it when the
 * player asked for calm). Everything is re-painted at the screen's own scale when the
 * screen changes size, and drawn at whole pixels: only what is on screen is drawn.
 */
export class Scenery {
  /** Floor tiles laid side by side and recycled as he runs (cheaper than a pattern fill). */
  private readonly tiles: Phaser.GameObjects.Image[] = [];
  private readonly under: Phaser.GameObjects.Rectangle;
  private readonly items: { d: Dressing; art: PropArt; image: Phaser.GameObjects.Image }[] = [];
  private fittedFor = '';
  private tileKey = '';

  constructor(
    private readonly scene: Phaser.Scene,
    readonly layer: Phaser.GameObjects.Container,
    private readonly groundArt: PropArt,
    underColor: number,
    dressing: Dressing[],
    props: Record<string, PropArt>,
  ) {
    this.under = scene.add.rectangle(0, 0, 10, 10, underColor).setOrigin(0, 0);
    layer.add(this.under);
    // Far things first, so the nearer ones are drawn over them.
    const order = { mid: 0, wall: 1, lane: 2 } as const;
    for (const d of [...dressing].sort((a, b) => order[a.depth] - order[b.depth])) {
      const art = props[d.art];
      if (!art) continue;
      const image = scene.add
        .image(0, 0, art.key)
        .setOrigin(0, d.art === 'station' ? STATION.ground / STATION.h : 1);
      this.items.push({ d, art, image });
      layer.add(image);
    }
  }

  /** Paints the set for this screen ahead of time (behind a curtain, not mid-run). */
  prepare(l: Layout): void {
    this.fit(l, Math.round(l.groundY - GROUND.lane * l.ppu));
  }

  /** Re-paints the floor and props at this screen's scale (only when it changed). */
  private fit(l: Layout, top: number): void {
    const key = `${l.w}x${l.h}`;
    if (key === this.fittedFor) return;
    this.fittedFor = key;
    const textures = this.scene.textures;
    const k = l.ppu / REF;
    // On a tall screen the floor stretches down to the bottom edge, nearer and nearer.
    const h = Math.max(GROUND.h * l.ppu, l.h - top);
    // One pixel wider than a tile, so each tile's soft last column is covered by the next.
    this.tileKey = atScale(textures, this.groundArt.key, k, {
      w: Math.ceil(GROUND.w * l.ppu) + 1,
      h,
    });
    for (const tile of this.tiles) tile.setTexture(this.tileKey);
    for (const { d, art, image } of this.items)
      image.setTexture(atScale(textures, art.key, k * DEPTHS[d.depth].scale));
  }

  /** Lays the set out around the camera at `cam` metres. */
  update(l: Layout, cam: number, calm: boolean): void {
    const top = Math.round(l.groundY - GROUND.lane * l.ppu);
    this.fit(l, top);
    const tile = GROUND.w * l.ppu;
    const needed = Math.ceil(l.w / tile) + 1;
    while (this.tiles.length < needed) {
      const image = this.scene.add.image(0, 0, this.tileKey).setOrigin(0, 0);
      this.layer.addAt(image, 1);
      this.tiles.push(image);
    }
    const first = screenX(l, Math.floor((cam - l.runnerX / l.ppu) / GROUND.w) * GROUND.w, cam);
    this.tiles.forEach((image, i) => {
      image.setVisible(i < needed);
      image.setPosition(Math.round(first + i * tile), top);
    });
    const bottom = top + (this.tiles[0]?.height ?? 0);
    this.under.setPosition(0, bottom - 1).setSize(l.w, Math.max(0, l.h - bottom + 2));
    this.under.setVisible(bottom < l.h);
    for (const { d, art, image } of this.items) {
      const depth = DEPTHS[d.depth];
      // Calm: the far row drifts nearer the lane's pace, so the layers slide less against each other.
      const f = calm ? 1 - (1 - depth.f) * 0.5 : depth.f;
      const sx = screenX(l, d.x, cam, f);
      const width = art.w * l.ppu * depth.scale;
      const visible = onScreen(l, sx + width / 2, width);
      image.setVisible(visible);
      if (visible) image.setPosition(Math.round(sx), Math.round(l.groundY - depth.lift * l.ppu));
    }
  }

  /** Shows or hides the whole set. */
  setVisible(visible: boolean): void {
    this.layer.setVisible(visible);
  }
}
