/**
 * What opening his eyes shows: the night street (the chapter's own painting, drawn nearer to
 * the stand as he walks toward it), the people around him as dark rim-lit shapes, and his
 * eyelids parting to a slit for a peek, or all the way at the counter; at the end the
 * painting eases back to how the story shows it. Nothing is drawn while his eyes are shut.
 */
import type Phaser from 'phaser';
import { ArtTextures } from '../../scenes/art-textures';
import type { Person } from './walk-crowd';
import { silhouetteKey, SIL } from './walk-figures';
import { project, type Lens, type Projected } from './walk-lens';
import { START } from './walk-map';
import type { Walker } from './walk-move';
import { EyeLids } from './walk-lids';

/** The stand in the painting, as a fraction of its width and height: the zoom's centre. */
const PAINTED_STAND = { u: 1148 / 1920, v: 600 / 1080 } as const;

/** The painting's camera (p3-street.ts): its centre column, horizon row and focal length. */
const PAINTED_LENS = { centre: 960, horizon: 470, focal: 900 } as const;

/** Only the people this near are placed over the painting (which has its own crowd further off). */
const NEAR_ENOUGH = 8;

/** Height (metres) of each figure, for its silhouette's size. */
function figureHeight(p: Person): number {
  if (p.kind === 'family') return [1.8, 1.62, 1.05][Math.round(p.tone * 3)] ?? 1.6;
  if (p.kind === 'stroller') return SIL.figure / 205; // the pram is drawn 205 px high: a metre
  return 1.6 + p.tone * 0.25;
}

/** The open-eyed street and the lids over it. */
export class PeekView {
  private readonly street: Phaser.GameObjects.Image | null;
  private readonly figures: (Phaser.GameObjects.Image | null)[];
  private readonly lids: EyeLids;
  private readonly at: Projected = { x: 0, y: 0, perMetre: 0 };
  /** How open his eyes are: 0 shut, about 0.4 a peek's slit, 1.8 wide open. */
  private open = 0;
  private target = 0;

  constructor(scene: Phaser.Scene, people: readonly Person[]) {
    const painted = new ArtTextures(scene.textures).background('night_crowd');
    this.street = painted ? scene.add.image(0, 0, painted).setDepth(200).setVisible(false) : null;
    this.street?.setOrigin(PAINTED_STAND.u, PAINTED_STAND.v);
    this.figures = people.map((p) => {
      const key = silhouetteKey(p.kind, p.tone);
      return key ? scene.add.image(0, 0, key).setOrigin(0.5, 1).setVisible(false) : null;
    });
    this.lids = new EyeLids(scene, 600);
  }

  /** Repaints the lids for a new screen size. */
  layout(lens: Lens): void {
    this.lids.layout(lens.width, lens.height);
  }

  /** Opens his eyes to a peek's slit, all the way, or shuts them. */
  look(how: 'shut' | 'peek' | 'wide'): void {
    this.target = how === 'shut' ? 0 : how === 'peek' ? 0.4 : 1.8;
  }

  /** How much of the street shows (0–1): the dark world fades by as much. */
  get seeing(): number {
    return Math.min(1, this.open / 0.4);
  }

  /**
   * Opens or shuts the lids a frame's worth and places the street and the people; `home` (0–1)
   * eases the painting back to the story's own framing and lets the people go.
   */
  update(
    theo: Walker,
    people: readonly Person[],
    lens: Lens,
    dt: number,
    calm: boolean,
    home = 0,
  ): void {
    const speed = this.target > this.open ? (calm ? 2.5 : 5) : 3.2;
    this.open +=
      Math.sign(this.target - this.open) * Math.min(Math.abs(this.target - this.open), dt * speed);
    const visible = this.open > 0.005;
    // Calm: the lids stand at the peek's slit and the whole view fades, nothing slides.
    const slit = calm ? this.target : this.open;
    this.lids.place(slit, visible, calm ? this.seeing : 1);
    const band = this.target < 1 ? this.lids.band(slit) : null;
    // People are placed through the painting's own perspective, so they stand in it at its scale.
    let seen = lens;
    if (this.street) {
      this.street.setVisible(visible).setAlpha(calm ? this.seeing : 1);
      if (visible) seen = this.placeStreet(this.street, theo, lens, home, band);
    }
    const [from, to] = band ?? [0, lens.height];
    people.forEach((p, i) => {
      const figure = this.figures[i];
      if (!figure) return;
      const dz = p.z - theo.z;
      // Wide awake at the counter, the painting's own crowd is all there is to see.
      const near = visible && this.target < 1 && p.active && dz < NEAR_ENOUGH;
      const on = near && project(seen, p.x - theo.x, 0, dz, this.at);
      figure.setVisible(on);
      if (!on) return;
      const scale = (this.at.perMetre * figureHeight(p)) / SIL.figure;
      figure.setPosition(this.at.x, this.at.y).setDepth(300 + (NEAR_ENOUGH - dz) * 10);
      figure.setScale(scale).setAlpha((calm ? this.seeing : 1) * (1 - home));
      // Only the part inside the opening: the lids are drawn just there, too.
      const top = this.at.y - SIL.h * scale;
      const cy = Math.max(0, (from - top) / scale);
      const ch = Math.min(SIL.h, (to - top) / scale) - cy;
      figure.setVisible(ch >= 1).setCrop(0, cy, SIL.w, Math.max(1, ch));
      figure.setFlipX(p.pace < 0 || p.vx < 0);
    });
  }

  /**
   * The painting, covering the screen, drawn nearer (round the stand) as he walks; only the
   * rows in `band` (screen top and bottom) are drawn while the lids hide the rest. Returns
   * the painting's perspective as it now falls on the screen.
   */
  private placeStreet(
    street: Phaser.GameObjects.Image,
    theo: Walker,
    lens: Lens,
    home: number,
    band: [number, number] | null,
  ): Lens {
    const cover = Math.max(lens.width / 1920, lens.height / 1080);
    const nearer = 1 + Math.min(1, Math.max(0, theo.z) / 14) ** 1.6 * 1.5 * (1 - home);
    const aside = (theo.x - START.x) * 70 * cover * (1 - home);
    const x = lens.width / 2 + (PAINTED_STAND.u - 0.5) * 1920 * cover - aside;
    const y = lens.height / 2 + (PAINTED_STAND.v - 0.5) * 1080 * cover;
    const scale = cover * nearer;
    street.setPosition(x, y).setScale(scale);
    // The screen (or the band of it) in the painting's own pixels: only that is drawn.
    const left = x - PAINTED_STAND.u * 1920 * scale;
    const top = y - PAINTED_STAND.v * 1080 * scale;
    const [from, to] = band ?? [0, lens.height];
    const cx = Math.max(0, -left / scale);
    const cy = Math.max(0, (from - top) / scale);
    const cw = Math.min(1920 - cx, lens.width / scale + 1);
    const ch = Math.min(1080 - cy, (to - Math.max(from, top)) / scale + 1);
    street.setCrop(cx, cy, Math.max(1, cw), Math.max(1, ch));
    const { centre, horizon, focal } = PAINTED_LENS;
    return {
      ...lens,
      cx: left + centre * scale,
      horizon: top + horizon * scale,
      focal: focal * scale,
    };
  }
}
