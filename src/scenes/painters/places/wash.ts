import { backgrounds, type BackgroundKey } from '../../../assets/manifest';
import type { BackgroundPainter } from '../types';
import { grain, vignette } from '../film';
import { bokeh } from '../lens';
import { glow, inDesignSpace, linear, seeded } from '../paint-kit';

/** Mixes a `#rrggbb` colour toward white (t > 0) or black (t < 0). */
function shade(hex: string, t: number): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(t >= 0 ? c + (255 - c) * t : c * (1 + t));
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix);
  return `#${(((r ?? 0) << 16) | ((g ?? 0) << 8) | (b ?? 0)).toString(16).padStart(6, '0')}`;
}

/**
 * A place's colour as light: a soft gradient in its tint with a glow and a few out-of-focus
 * lights. The stage uses it for a place whose painting has not arrived yet, so a new scene
 * changes the mood of the screen instead of going blank.
 */
export function washFor(key: BackgroundKey): BackgroundPainter {
  const tint = backgrounds[key].tint;
  // A cut to black is just that: no light at all.
  if (key === 'black') {
    return (ctx, width, height) => {
      ctx.fillStyle = tint;
      ctx.fillRect(0, 0, width, height);
    };
  }
  const dark = parseInt(tint.slice(1, 3), 16) + parseInt(tint.slice(3, 5), 16) < 220;
  return (ctx, width, height) =>
    inDesignSpace(ctx, width, height, () => {
      ctx.fillStyle = linear(ctx, 0, 0, 0, 1080, [
        [0, shade(tint, dark ? 0.12 : 0.35)],
        [0.6, tint],
        [1, shade(tint, -0.45)],
      ]);
      ctx.fillRect(0, 0, 1920, 1080);
      glow(ctx, 960, 330, 760, shade(tint, 0.6), dark ? 0.28 : 0.4);
      const rand = seeded(key.length * 97 + tint.charCodeAt(2));
      // Out-of-focus lights read on dark places; on pale ones a few faint ones are enough.
      const lights = dark ? 26 : 12;
      bokeh(
        ctx,
        rand,
        lights,
        { x: 0, y: 80, w: 1920, h: 560 },
        [shade(tint, dark ? 0.7 : 0.2), '#ffe2c8'],
        14,
        dark ? 70 : 48,
      );
      vignette(ctx, shade(tint, -0.7), 0.55);
      grain(ctx, 0.4);
    });
}
