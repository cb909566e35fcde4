import type Phaser from 'phaser';

/** Copies made so far, to free when the scene ends. */
const made = new Set<string>();

/**
 * A copy of texture `key` painted at `scale` (or at exactly `w`×`h`), so it is drawn 1:1.
 * On the software Canvas renderer a scaled draw costs more than ten times an unscaled one
 * (every pixel filtered), so big art (backdrops, floors, the station) is re-painted once per
 * screen size instead of scaled every frame. Drawn 1:1 only at whole-pixel positions.
 */
export function atScale(
  textures: Phaser.Textures.TextureManager,
  key: string,
  scale: number,
  size?: { w: number; h: number },
): string {
  const source = textures.get(key).getSourceImage() as HTMLCanvasElement | HTMLImageElement;
  const w = Math.max(1, Math.round(size?.w ?? source.width * scale));
  const h = Math.max(1, Math.round(size?.h ?? source.height * scale));
  const copy = `${key}@${w}x${h}`;
  if (textures.exists(copy)) return copy;
  const texture = textures.createCanvas(copy, w, h);
  if (!texture) return key;
  texture.getContext().drawImage(source, 0, 0, w, h);
  texture.refresh();
  made.add(copy);
  return copy;
}

/** Frees every copy (the scene is ending, or the screen changed size for good). */
export function freeCopies(textures: Phaser.Textures.TextureManager): void {
  for (const key of made) if (textures.exists(key)) textures.remove(key);
  made.clear();
}
