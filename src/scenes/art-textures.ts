import type Phaser from 'phaser';
import { backgroundPainters, figurePainters } from './painters';

/** Size every background is painted at (16:9); it is scaled to cover the screen. */
export const BG_SIZE = { width: 1920, height: 1080 } as const;
/** Size every figure is painted at; bottom-anchored. */
export const FIGURE_SIZE = { width: 640, height: 1080 } as const;

/**
 * Paints code-drawn art into Phaser textures the first time a key is needed, and keeps them.
 * Returns null for a key no painter knows, so the stage can skip it instead of crashing.
 */
export class ArtTextures {
  constructor(private readonly textures: Phaser.Textures.TextureManager) {}

  /** Texture key for a background, painting it on first use. */
  background(key: string): string | null {
    const painter = (
      backgroundPainters as Record<
        string,
        (typeof backgroundPainters)[keyof typeof backgroundPainters]
      >
    )[key];
    if (!painter) return null;
    return this.paint(`bg:${key}`, BG_SIZE, (ctx, w, h) => painter(ctx, w, h));
  }

  /** Texture key for a figure in a pose, painting it on first use (null if not painted yet). */
  figure(who: string, pose: string): string | null {
    const figure = figurePainters[who as keyof typeof figurePainters];
    if (!figure) return null;
    const drawn = pose === 'default' ? figure.poses[0] : pose;
    if (!drawn || !figure.poses.includes(drawn)) return null;
    return this.paint(`fig:${who}:${drawn}`, FIGURE_SIZE, (ctx, w, h) =>
      figure.paint(ctx, drawn, w, h),
    );
  }

  private paint(
    textureKey: string,
    size: { width: number; height: number },
    draw: (ctx: CanvasRenderingContext2D, w: number, h: number) => void,
  ): string | null {
    if (this.textures.exists(textureKey)) return textureKey;
    const texture = this.textures.createCanvas(textureKey, size.width, size.height);
    if (!texture) return null;
    try {
      draw(texture.getContext(), size.width, size.height);
    } catch (error) {
      console.warn(`Could not paint ${textureKey}`, error);
    }
    texture.refresh();
    return textureKey;
  }
}
