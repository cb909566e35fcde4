/** Lens tricks for the night places: soft focus on part of the frame, and light squashed flat. */
import { glow } from '../paint-kit';

/** A box on the design canvas: left, top, width, height. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** lens.ts `softFocus` for just `box`: enlarging is most of its cost, and grows with the area. */
export function softBox(
  ctx: CanvasRenderingContext2D,
  factor: number,
  box: Box,
  paint: (small: CanvasRenderingContext2D) => void,
): void {
  const small = document.createElement('canvas');
  small.width = Math.ceil(box.w / factor);
  small.height = Math.ceil(box.h / factor);
  const s = small.getContext('2d');
  if (!s) return paint(ctx);
  s.scale(1 / factor, 1 / factor);
  s.translate(-box.x, -box.y);
  paint(s);
  ctx.save();
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'low'; // bilinear is soft enough when enlarging, and far cheaper
  ctx.drawImage(small, box.x, box.y, small.width * factor, small.height * factor);
  ctx.restore();
}

/** A glow squashed by `sx` × `sy`: thin for reflections in damp paving, low for pools of light. */
export function squashedGlow(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  sx: number,
  sy: number,
  hex: string,
  alpha: number,
  additive = false,
): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(sx, sy);
  glow(ctx, 0, 0, r, hex, alpha, additive);
  ctx.restore();
}
