/** Finishing passes every place shares: a vignette to settle the eye, and film grain. */
import { DESIGN_H, DESIGN_W, radial, rgba, seeded } from './paint-kit';

/** Darkens (or tints) the edges so the eye settles in the middle of the frame. */
export function vignette(ctx: CanvasRenderingContext2D, hex: string, strength: number): void {
  ctx.fillStyle = radial(ctx, DESIGN_W / 2, DESIGN_H * 0.42, DESIGN_W * 0.62, [
    [0.45, rgba(hex, 0)],
    [1, rgba(hex, strength)],
  ]);
  ctx.fillRect(0, 0, DESIGN_W, DESIGN_H);
}

let grainTile: CanvasPattern | null = null;

/** Film grain from one small cached noise tile, so it costs a single pattern fill per paint. */
export function grain(ctx: CanvasRenderingContext2D, strength: number): void {
  if (!grainTile) grainTile = makeGrainTile(ctx);
  if (!grainTile) return;
  ctx.save();
  ctx.globalAlpha = strength;
  ctx.fillStyle = grainTile;
  ctx.fillRect(0, 0, DESIGN_W, DESIGN_H);
  ctx.restore();
}

function makeGrainTile(ctx: CanvasRenderingContext2D): CanvasPattern | null {
  const size = 160;
  const tile = document.createElement('canvas');
  tile.width = tile.height = size;
  const t = tile.getContext('2d');
  if (!t) return null;
  const img = t.createImageData(size, size);
  const rand = seeded(612);
  for (let i = 0; i < img.data.length; i += 4) {
    // Half the specks lighten, half darken, so grain never shifts the overall tone.
    const v = rand() < 0.5 ? 0 : 255;
    img.data[i] = img.data[i + 1] = img.data[i + 2] = v;
    img.data[i + 3] = Math.floor(rand() * 44);
  }
  t.putImageData(img, 0, 0);
  return ctx.createPattern(tile, 'repeat');
}
