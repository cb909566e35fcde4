/**
 * Catherine's colours and the knit of her top, shared by her memory poses (catherine.ts) and
 * her lunch poses (catherine-lunch.ts) so she is the same woman in both.
 */
import { rgba } from '../paint-kit';

/** Her skin and its shadow. */
export const SKIN = '#f1c6a8';
export const SKIN_SHADOW = '#c98a70';
/** The muted blue knit top and its shadow. */
export const TOP = '#7f9ec3';
export const TOP_SHADOW = '#3f5a80';
/** The ink of her face marks. */
export const INK = '#4a3230';

/** Fine vertical ribs on the knit, faint so they read as texture, not stripes. */
export function knit(ctx: CanvasRenderingContext2D, path: Path2D): void {
  ctx.save();
  ctx.clip(path);
  ctx.fillStyle = rgba('#ffffff', 0.06);
  for (let x = 120; x < 520; x += 14) ctx.fillRect(x, 560, 5, 520);
  ctx.restore();
}
