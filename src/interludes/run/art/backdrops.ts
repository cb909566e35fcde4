import type Phaser from 'phaser';
import { ArtTextures } from '../../../scenes/art-textures';
import { rgba } from '../../../scenes/painters/paint-kit';
import { canvasTexture } from './run-textures';

/** The painted place behind each stretch of the run (the story's own backgrounds). */
export const PLACES = {
  office: 'office',
  elevator: 'elevator',
  plaza: 'plaza_day',
  steps: 'subway_steps',
} as const;

/** Size of the far copies: smaller than the paintings, which softens them and draws faster. */
const FAR = { w: 1280, h: 720 } as const;

/**
 * The story's painting of a place as the far backdrop of the run: the same picture the
 * reader sees, slightly blurred and hazed in noon light so the running figures in front
 * read clearly against it (depth of field, not a new painting). Returns its texture key.
 */
export function farBackdrop(
  textures: Phaser.Textures.TextureManager,
  place: string,
  haze: string,
): string {
  const source = new ArtTextures(textures).background(place);
  return canvasTexture(textures, `run:far:${place}`, FAR.w, FAR.h, (ctx) => {
    const image = source ? (textures.get(source).getSourceImage() as CanvasImageSource) : null;
    if (image) {
      ctx.filter = 'blur(2px)';
      ctx.drawImage(image, 0, 0, FAR.w, FAR.h);
      ctx.filter = 'none';
    }
    ctx.fillStyle = rgba(haze, 0.22);
    ctx.fillRect(0, 0, FAR.w, FAR.h);
  });
}

/** The texture key of a place's full painting (the elevator ride shows it sharp, whole). */
export function sharpBackdrop(
  textures: Phaser.Textures.TextureManager,
  place: string,
): string | null {
  return new ArtTextures(textures).background(place);
}
