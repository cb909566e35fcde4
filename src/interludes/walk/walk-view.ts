/**
 * The street as he senses it with his eyes shut: almost nothing. People are warm hazes with a
 * glint (a phone, an earring) that brighten as they come near; shop neon smears past at the
 * edges; the stand glows ahead like a hearth; someone at his elbow warms the screen's edge.
 * His pulse and her voice are drawn by walk-voice.ts, over everything.
 */
import Phaser from 'phaser';
import { BODY, GLOW_SIZE, glowKey, NEON, STREAK, streakKey } from './walk-art';
import { seededRand, type Person } from './walk-crowd';
import { project, presence, type Lens, type Projected } from './walk-lens';
import { STAND } from './walk-map';
import type { Walker } from './walk-move';

const ADD = Phaser.BlendModes.ADD;
/** Shop signs along both shopfronts (metres), fixed: the same street every visit. */
const SIGNS = (() => {
  const rand = seededRand(21);
  const signs: { x: number; up: number; z: number; colour: number }[] = [];
  for (const side of [-1, 1]) {
    for (let z = -3 + rand() * 2; z < 24; z += 2.6 + rand() * 2.2)
      signs.push({
        x: side * (5 + rand() * 0.4),
        up: 2.6 + rand(),
        z,
        colour: Math.floor(rand() * NEON.length),
      });
  }
  return signs;
})();

/** Height (metres) of each kind of person, for where their warmth and glint sit. */
function tallness(p: Person): number {
  if (p.kind === 'family') return [1.8, 1.62, 1.05][Math.round(p.tone * 3)] ?? 1.6;
  if (p.kind === 'stroller') return 1;
  return 1.6 + p.tone * 0.25;
}

/** The shut-eyed street: one haze and one glint per person, the smears, the stand, the edges. */
export class DarkStreet {
  private readonly bodies: Phaser.GameObjects.Image[];
  private readonly glints: Phaser.GameObjects.Image[];
  private readonly signs: Phaser.GameObjects.Image[];
  private readonly stand: Phaser.GameObjects.Image;
  private readonly edges: Phaser.GameObjects.Image[];
  /** A bump's bloom on the left and right edges, fading. */
  private readonly bloom = [0, 0];
  private readonly at: Projected = { x: 0, y: 0, perMetre: 0 };

  constructor(scene: Phaser.Scene, people: readonly Person[]) {
    const image = (key: string, depth: number) =>
      scene.add.image(0, 0, key).setBlendMode(ADD).setDepth(depth).setVisible(false);
    this.stand = image(glowKey('stand'), 12);
    this.signs = SIGNS.map((s) => image(streakKey(s.colour), 10));
    this.bodies = people.map(() => image('walk:body', 20));
    this.glints = people.map((p) => image(glowKey(p.kind === 'cyclist' ? 'lamp' : 'glint'), 30));
    this.edges = [0, 1].map(() => image('walk:body', 40));
  }

  /** A bump on `side` (-1 left … 1 right): the edge it came from blooms, softly if calm. */
  bumped(side: number, calm: boolean): void {
    this.bloom[side < 0 ? 0 : 1] = calm ? 0.22 : 0.45;
  }

  /** Places everything for this frame; `seen` (0–1) fades the dark world while his eyes are open. */
  update(
    theo: Walker,
    people: readonly Person[],
    lens: Lens,
    time: number,
    dt: number,
    seen: number,
  ): void {
    const at = this.at;
    SIGNS.forEach((s, i) => {
      const img = this.signs[i];
      if (!img) return;
      const dz = s.z - theo.z;
      const on =
        seen > 0.01 &&
        project(lens, s.x - theo.x, s.up, dz, at) &&
        at.x > -lens.width * 0.6 &&
        at.x < lens.width * 1.6;
      img.setVisible(on);
      if (!on) return;
      img
        .setPosition(at.x, at.y)
        .setScale((at.perMetre * 2.4) / STREAK.w, (at.perMetre * 0.55) / STREAK.h);
      img.setAlpha(seen * (0.1 + 0.26 * Math.max(0, 1 - dz / 18)));
    });
    const standDistance = Math.hypot(STAND.x - theo.x, STAND.counterZ - theo.z);
    if (project(lens, STAND.x - theo.x, 1.3, Math.max(2.5, STAND.counterZ + 0.4 - theo.z), at)) {
      const near = Math.max(0, Math.min(1, 1 - (standDistance - 1.5) / 15));
      const size = Math.min(at.perMetre * 5.5, Math.min(lens.width, lens.height) * 1.1);
      this.stand
        .setVisible(true)
        .setPosition(at.x, at.y)
        .setScale(size / GLOW_SIZE);
      this.stand.setAlpha(seen * (0.06 + 0.2 * near * near));
    } else this.stand.setVisible(false);
    const sides = [this.bloom[0] ?? 0, this.bloom[1] ?? 0];
    people.forEach((p, i) => this.person(p, i, theo, lens, time, seen, sides));
    this.edges.forEach((edge, i) => {
      const alpha = Math.min(0.55, sides[i] ?? 0) * seen;
      edge.setVisible(alpha > 0.01).setAlpha(alpha);
      edge.setPosition(i === 0 ? 0 : lens.width, lens.height * 0.55);
      edge.setScale((lens.width * 0.16) / BODY.w, (lens.height * 1.1) / BODY.h);
      this.bloom[i] = Math.max(0, (this.bloom[i] ?? 0) - dt * 0.9);
    });
  }

  private person(
    p: Person,
    i: number,
    theo: Walker,
    lens: Lens,
    time: number,
    seen: number,
    sides: number[],
  ): void {
    const body = this.bodies[i];
    const glint = this.glints[i];
    if (!body || !glint) return;
    const dx = p.x - theo.x;
    const dz = p.z - theo.z;
    const d = Math.hypot(dx, dz);
    // Someone right beside him is felt at the edge of the screen, not seen ahead.
    if (p.active && p.solid && Math.abs(dz) < 1.1 && Math.abs(dx) < 1.9)
      sides[dx < 0 ? 0 : 1]! += (1 - d / 2.2) * 0.3;
    const sensed = p.kind === 'cyclist' ? Math.max(0, 1 - Math.abs(dz) / 30) : presence(d);
    const tall = tallness(p);
    const shown =
      p.active &&
      p.kind !== 'cook' &&
      seen * sensed > 0.01 &&
      project(lens, dx, tall * 0.55, dz, this.at);
    body.setVisible(shown && p.kind !== 'cyclist');
    glint.setVisible(shown);
    if (!shown) return;
    const { x, y, perMetre } = this.at;
    body.setPosition(x, y).setScale((perMetre * 0.62) / BODY.w, (perMetre * tall * 1.1) / BODY.h);
    body.setAlpha(seen * sensed * 0.5);
    // A glint catches the light now and then: a phone, an earring, a buckle.
    const twinkle = Math.max(0, Math.sin(time * (0.6 + p.tone * 1.4) + p.tone * 40)) ** 6;
    const size = p.kind === 'cyclist' ? 26 : Math.max(5, Math.min(20, perMetre * 0.1));
    glint.setPosition(x + (p.tone - 0.5) * perMetre * 0.3, y - perMetre * tall * 0.32);
    glint
      .setScale(size / GLOW_SIZE)
      .setAlpha(seen * sensed * (p.kind === 'cyclist' ? 0.9 : 0.1 + 0.8 * twinkle));
  }
}
