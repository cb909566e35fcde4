import { setThumbnailSource } from '../state/thumbnail';

const WIDTH = 320;
const HEIGHT = 180;

/**
 * Lets saves photograph the stage: the game canvas, cropped to 16:9 from its centre and
 * scaled down to a small JPEG (a few kilobytes) for the save slot's picture.
 */
export function provideStageThumbnails(canvas: HTMLCanvasElement): void {
  setThumbnailSource(() => {
    if (canvas.width === 0 || canvas.height === 0) return null;
    const small = document.createElement('canvas');
    small.width = WIDTH;
    small.height = HEIGHT;
    const ctx = small.getContext('2d');
    if (!ctx) return null;
    const scale = Math.min(canvas.width / WIDTH, canvas.height / HEIGHT);
    const w = WIDTH * scale;
    const h = HEIGHT * scale;
    ctx.drawImage(
      canvas,
      (canvas.width - w) / 2,
      (canvas.height - h) / 2,
      w,
      h,
      0,
      0,
      WIDTH,
      HEIGHT,
    );
    return small.toDataURL('image/jpeg', 0.72);
  });
}
