import type Phaser from 'phaser';
import { backgroundPainters, figurePainters } from './painters';

/** Size every background is painted at (16:9); it is scaled to cover the screen. */
export const BG_SIZE = { width: 1920, height: 1080 } as const;
/** A texture size in pixels. */
export interface PixelSize {
  width: number;
  height: number;
}

/**
 * The size to paint a background at so it covers a w × h screen at exactly 1:1: 16:9, whole
 * pixels, never above the design size. A software renderer copies a 1:1 picture but resamples
 * every pixel of a scaled one, which made each dissolve drop frames.
 */
export function coverSize(w: number, h: number): PixelSize {
  // Never 0 × 0 (a hidden stage): a canvas texture of no pixels cannot be read back.
  const scale = Math.max(
    1 / BG_SIZE.height,
    Math.min(1, Math.max(w / BG_SIZE.width, h / BG_SIZE.height)),
  );
  return {
    width: Math.ceil(BG_SIZE.width * scale - 1e-6),
    height: Math.ceil(BG_SIZE.height * scale - 1e-6),
  };
}

const SIZED = /^bg:.+@(\d+x\d+)$/;

/** Size every figure is painted at; bottom-anchored. */
export const FIGURE_SIZE = { width: 640, height: 1080 } as const;

/**
 * Paints code-drawn art into Phaser textures the first time a key is needed, and keeps them.
 * Returns null for a key no painter knows, so the stage can skip it instead of crashing.
 */
export class ArtTextures {
  constructor(private readonly textures: Phaser.Textures.TextureManager) {}

  /** Texture key for a background at its design size, painting it on first use. */
  background(key: string): string | null {
    return this.backgroundAt(key, BG_SIZE, `bg:${key}`);
  }

  /** Texture key for a background painted at `size` (see coverSize), painting it on first use. */
  backgroundSized(key: string, size: PixelSize): string | null {
    return this.backgroundAt(key, size, `bg:${key}@${size.width}x${size.height}`);
  }

  /**
   * Frees backgrounds painted for other screen sizes (after a resize), except those in `keep`
   * (still on screen): each is megabytes of canvas.
   */
  forgetOtherSizes(size: PixelSize, keep: readonly string[]): void {
    const current = `${size.width}x${size.height}`;
    for (const key of this.textures.getTextureKeys()) {
      const sized = SIZED.exec(key);
      if (sized && sized[1] !== current && !keep.includes(key)) this.textures.remove(key);
    }
  }

  private backgroundAt(key: string, size: PixelSize, textureKey: string): string | null {
    const painter = (
      backgroundPainters as Record<
        string,
        (typeof backgroundPainters)[keyof typeof backgroundPainters]
      >
    )[key];
    if (!painter) return null;
    return this.paint(textureKey, size, (ctx, w, h) => painter(ctx, w, h));
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
