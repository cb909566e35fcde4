/**
 * His eyelids, painted for the screen's size: dark, warm at the lashes, each edge a curve so
 * that parting them opens an almond, not a letterbox. They cover everything while shut (and
 * are then not drawn at all: the dark behind them is the camera's own).
 */
import type Phaser from 'phaser';

/** How far the lids curve (fraction of screen height) and how tall each is. */
const SAG = 0.12;
const LID = 0.78;
/** Screen heights the lids travel per unit of "open". */
const TRAVEL = 0.55;
const SHUT = '#07040a';

/** The two lids. */
export class EyeLids {
  private readonly top: Phaser.GameObjects.Image;
  private readonly bottom: Phaser.GameObjects.Image;
  private height = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    depth: number,
  ) {
    for (const key of ['walk:lid:top', 'walk:lid:bottom'])
      if (!scene.textures.exists(key)) scene.textures.createCanvas(key, 8, 8);
    this.top = scene.add
      .image(0, 0, 'walk:lid:top')
      .setOrigin(0, 0)
      .setDepth(depth)
      .setVisible(false);
    this.bottom = scene.add
      .image(0, 0, 'walk:lid:bottom')
      .setOrigin(0, 0)
      .setDepth(depth)
      .setVisible(false);
  }

  /** Paints both lids for a `width` × `height` screen. */
  layout(width: number, height: number): void {
    this.height = height;
    const w = Math.max(8, Math.ceil(width));
    const h = Math.max(8, Math.ceil(height * LID));
    const sag = height * SAG;
    for (const [key, flip] of [
      ['walk:lid:top', false],
      ['walk:lid:bottom', true],
    ] as const) {
      const texture = this.scene.textures.get(key) as Phaser.Textures.CanvasTexture;
      texture.setSize(w, h);
      const ctx = texture.getContext();
      ctx.clearRect(0, 0, w, h);
      ctx.save();
      if (flip) ctx.setTransform(1, 0, 0, -1, 0, h);
      // The lid's edge: highest in the middle, down at the corners (an upper lid; mirrored below).
      const edge = new Path2D();
      edge.moveTo(-20, -20);
      edge.lineTo(w + 20, -20);
      edge.lineTo(w + 20, h - 16);
      edge.quadraticCurveTo(w / 2, h - 16 - sag * 2, -20, h - 16);
      edge.closePath();
      ctx.filter = `blur(${Math.round(Math.max(6, height * 0.018))}px)`;
      ctx.fillStyle = SHUT;
      ctx.fill(edge);
      ctx.filter = 'none';
      ctx.strokeStyle = 'rgba(255, 154, 120, 0.22)'; // light caught in the lashes
      ctx.lineWidth = 2;
      ctx.translate(0, -10);
      ctx.stroke(edge);
      ctx.restore();
      texture.refresh();
    }
    this.top.setSizeToFrame();
    this.bottom.setSizeToFrame();
  }

  /**
   * The band of screen rows (top, bottom) the opening can show when the lids are `open`
   * apart: above and below it the lids are solid and match the dark behind them, so nothing
   * there needs drawing (a software canvas pays for every pixel it covers).
   */
  band(open: number): [number, number] {
    const h = this.height;
    const travel = open * TRAVEL * h;
    const margin = h * 0.04; // the lids' soft edge
    return [h * 0.5 + h * SAG * 0.5 - travel - margin, h * 0.5 - h * SAG * 0.5 + travel + margin];
  }

  /** Places the lids `open` apart (0 shut), at `alpha` (calm fades them instead of sliding). */
  place(open: number, visible: boolean, alpha: number): void {
    const h = this.height;
    const lid = h * LID;
    const sag = h * SAG;
    const travel = open * TRAVEL * h;
    // Wide open, both lids are off the screen: not drawn at all.
    const shown = visible && open < 1.6;
    this.top.setVisible(shown).setAlpha(alpha);
    this.bottom.setVisible(shown).setAlpha(alpha);
    if (!shown) return;
    const topY = h * 0.5 + sag * 0.5 - travel - (lid - 16 - sag);
    const bottomY = h * 0.5 - sag * 0.5 + travel - sag - 16;
    // A few rows past the band, so no edge of what is drawn inside it shows round the lids.
    const [top, bottom] = this.band(open);
    const from = top - 6;
    const to = bottom + 6;
    const width = this.top.width;
    const cut = Math.max(0, Math.min(lid, from - topY));
    this.top.setPosition(0, topY).setCrop(0, cut, width, Math.max(1, lid - cut));
    this.bottom
      .setPosition(0, bottomY)
      .setCrop(0, 0, width, Math.max(1, Math.min(lid, to - bottomY)));
  }
}
