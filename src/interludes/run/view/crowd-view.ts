import type Phaser from 'phaser';
import { obstacleX, walkerX, type Obstacle, type Walker } from '../course';
import type { PropArt } from '../art/prop-textures';
import { PEOPLE_CELL, REF, personFrame } from '../art/run-textures';
import { FINISH_AT } from '../run-state';
import { onScreen, screenX, type Layout } from './layout';

/** The back lane: people a little further off than him, a little smaller. */
export const BACK_LANE = { lift: 0.5, scale: 0.88 } as const;

/** A person seen in the crowd this frame, for the overheard captions. */
export interface Talker {
  /** Who it is (a walker's start, or minus an obstacle's id), so a caption stays with them. */
  id: number;
  x: number;
  top: number;
}

/**
 * Everyone and everything on the pavement: the obstacles in his lane (people, a chair,
 * a box, rolling oranges) and the city's walkers in the lane behind. A bump shows as a
 * wobble; a bumped chair rolls off; the crowd on the steps rises up them as it comes.
 */
export class CrowdView {
  private readonly sprites = new Map<number | Walker, Phaser.GameObjects.Image>();
  private readonly bumped = new Map<number, number>();
  /** On-call people on screen this frame (the first `talking` of a pool reused every frame). */
  readonly talkers: Talker[] = [];
  talking = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layer: Phaser.GameObjects.Container,
    private readonly props: Record<string, PropArt>,
  ) {}

  /** Remembers when an obstacle was bumped, for its wobble. */
  bump(id: number, time: number): void {
    this.bumped.set(id, time);
  }

  private sprite(key: number | Walker, texture: string, frame?: string): Phaser.GameObjects.Image {
    let image = this.sprites.get(key);
    if (!image) {
      image = this.scene.add.image(0, 0, texture, frame).setOrigin(0.5, 1);
      this.sprites.set(key, image);
      this.layer.add(image);
    }
    return image;
  }

  /**
   * Draws the walkers behind and the obstacles in his lane at section time `t`. `part`
   * (0–1) moves those still coming into the lane behind: the crowd parts round him once
   * he has stopped at the top of the steps.
   */
  update(
    l: Layout,
    cam: number,
    t: number,
    time: number,
    walkers: Walker[],
    obstacles: Obstacle[],
    part = 0,
  ): void {
    const k = l.ppu / REF;
    this.talking = 0;
    for (const w of walkers) {
      const x = walkerX(w, t);
      const sx = screenX(l, x, cam);
      const image = this.sprite(w, 'run:people', personFrame(w.look, w.onCall, 0));
      image.setVisible(onScreen(l, sx, 60));
      if (!image.visible) continue;
      const step = Math.floor(Math.abs(x) * 2.2) % PEOPLE_CELL.steps;
      const y = l.groundY - BACK_LANE.lift * l.ppu;
      image.setFrame(personFrame(w.look, w.onCall, step)).setFlipX(w.vx < 0);
      image
        .setPosition(sx, y + (PEOPLE_CELL.h - PEOPLE_CELL.footY) * k * BACK_LANE.scale)
        .setScale(k * BACK_LANE.scale);
      if (w.onCall) this.talker(w.x0, sx, y - 1.85 * l.ppu * BACK_LANE.scale);
    }
    for (const o of obstacles) this.obstacle(l, cam, t, time, o, k, o.fate === 'ahead' ? part : 0);
  }

  private obstacle(
    l: Layout,
    cam: number,
    t: number,
    time: number,
    o: Obstacle,
    k: number,
    part: number,
  ): void {
    const person = o.kind === 'person';
    const art = person ? null : this.props[o.kind === 'orange' ? 'orange' : o.kind];
    const image = this.sprite(
      o.id,
      art?.key ?? 'run:people',
      person ? personFrame(o.look, o.look % 2 === 0, 0) : undefined,
    );
    let x = obstacleX(o, t);
    const since = time - (this.bumped.get(o.id) ?? -99);
    // A bumped chair rolls on a little way; anything else just rocks.
    if (o.kind === 'chair' && o.fate === 'bumped') x += Math.min(1.6, since * 2.5);
    const sx = screenX(l, x, cam);
    image.setVisible(t >= o.from && onScreen(l, sx, 80));
    if (!image.visible) return;
    // The crowd from the station rises up the steps toward him.
    const onSteps = Math.max(0, x - (FINISH_AT + 0.6)) * 0.56 * l.ppu;
    let y = l.groundY + onSteps - part * BACK_LANE.lift * l.ppu;
    const scale = k * (1 - part * (1 - BACK_LANE.scale));
    if (person) {
      const step = o.vx === 0 ? 0 : Math.floor(Math.abs(x) * 2.2) % PEOPLE_CELL.steps;
      image.setFrame(personFrame(o.look, o.look % 2 === 0, step)).setFlipX(o.vx < 0);
      y += (PEOPLE_CELL.h - PEOPLE_CELL.footY) * scale;
      if (o.look % 2 === 0) this.talker(-o.id, sx, y - 2.1 * l.ppu);
    }
    const wobble = since < 0.5 ? Math.sin(since * 30) * (0.5 - since) * 0.3 : 0;
    const roll = o.kind === 'orange' ? -x / 0.12 : 0;
    const tipped = o.kind === 'box' && o.fate === 'bumped' ? 0.35 : 0;
    if (o.kind === 'orange') {
      image.setOrigin(0.5, 0.53); // it rolls about its middle
      y -= 0.15 * l.ppu;
    }
    image
      .setPosition(sx, y)
      .setScale(scale)
      .setRotation(wobble + roll + tipped);
  }

  private talker(id: number, x: number, top: number): void {
    const t = this.talkers[this.talking] ?? (this.talkers[this.talking] = { id: 0, x: 0, top: 0 });
    t.id = id;
    t.x = x;
    t.top = top;
    this.talking += 1;
  }

  /** Forgets every sprite (a new stretch of the run). */
  clear(): void {
    for (const image of this.sprites.values()) image.destroy();
    this.sprites.clear();
    this.bumped.clear();
  }
}
