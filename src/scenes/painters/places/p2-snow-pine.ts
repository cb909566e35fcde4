/** Snow-laden pines for the winter places: tiered firs with snow resting on every tier. */
import { linear } from '../paint-kit';

/** The colours of a pine in one light: needles in shade and lit, snow in shade and lit, trunk. */
export interface PineLook {
  shade: string;
  lit: string;
  snowShade: string;
  snow: string;
  trunk: string;
  /** -1 when the light comes from the left, 1 from the right. */
  sunSide: -1 | 1;
}

/**
 * A fir `h` tall standing on `baseY`. Each tier is a dark skirt of needles with a cap of snow
 * on its upper slope; the tier above hides the cap's top, so only a white band and the dark
 * drooping tips below it show, which is what reads as "heavy with snow".
 */
export function snowyPine(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  x: number,
  baseY: number,
  h: number,
  look: PineLook,
): void {
  const tiers = Math.max(3, Math.min(10, Math.round(h / 46)));
  const halfW = h * (0.25 + rand() * 0.05);
  const foot = baseY - h * 0.025;
  const body = foot - (baseY - h);
  if (h < 260) {
    // Only small trees show their trunk; a big fir's lowest boughs sweep the snow.
    ctx.fillStyle = look.trunk;
    ctx.fillRect(x - h * 0.016, foot - 6, h * 0.032, baseY - foot + 4);
  }
  // One gradient per tree across its width: the light side brighter, for both needles and snow.
  const left = x - halfW;
  const right = x + halfW;
  const lr = (a: string, b: string) =>
    linear(ctx, left, 0, right, 0, [
      [0, look.sunSide < 0 ? b : a],
      [1, look.sunSide < 0 ? a : b],
    ]);
  const needles = lr(look.shade, look.lit);
  const snow = lr(look.snowShade, look.snow);
  const tierH = body * (tiers > 3 ? 0.26 : 0.5);
  for (let k = 0; k < tiers; k++) {
    const t = k / tiers;
    const bottom = foot - body * t * 0.88;
    const apex = k === tiers - 1 ? baseY - h : bottom - tierH;
    const w = halfW * (1 - t * 0.85) * (0.85 + rand() * 0.3);
    const droop = tierH * 0.25;
    // The bough tips hang unevenly, so the skirt's hem is a ragged row of points.
    const hem: [number, number][] = [];
    const n = 3 + Math.floor(w / 30);
    for (let i = 0; i <= n; i++) {
      const u = i / n;
      const edge = Math.abs(u * 2 - 1);
      hem.push([
        x + w - u * w * 2,
        bottom - droop * (1 - edge) - (i % 2) * tierH * 0.08 + rand() * 3,
      ]);
    }
    ctx.fillStyle = needles;
    ctx.beginPath();
    ctx.moveTo(x, apex);
    for (const [hx, hy] of hem) ctx.lineTo(hx, hy);
    ctx.closePath();
    ctx.fill();
    // The cap: snow on the tier's upper slope, its lower edge lumpy where it clumps on the boughs.
    const capY = bottom - tierH * (0.5 + rand() * 0.08);
    ctx.fillStyle = snow;
    ctx.beginPath();
    ctx.moveTo(x, apex - 1);
    let bx = x + w * 0.9;
    ctx.lineTo(bx, capY + droop * 0.9);
    while (bx > x - w * 0.9) {
      const step = w * (0.22 + rand() * 0.3);
      const nx = Math.max(x - w * 0.9, bx - step);
      const ny = capY + droop * (Math.abs(nx - x) / w) + rand() * tierH * 0.08;
      ctx.quadraticCurveTo((bx + nx) / 2, ny + tierH * (0.1 + rand() * 0.14), nx, ny);
      bx = nx;
    }
    ctx.closePath();
    ctx.fill();
  }
  // Snow drifted round the foot hides where the trunk meets the ground.
  ctx.fillStyle = look.snowShade;
  ctx.beginPath();
  ctx.ellipse(x, baseY + 2, halfW * 0.7, h * 0.025, 0, Math.PI, 0);
  ctx.fill();
}

/** A far tree line along `y`: small flat firs in one haze colour, snow-dusted only in their crowns. */
export function treeLine(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  x0: number,
  x1: number,
  y: (x: number) => number,
  size: readonly [number, number],
  color: string,
  dust: string,
): void {
  ctx.fillStyle = color;
  ctx.beginPath();
  const tops: [number, number, number][] = [];
  for (let x = x0; x < x1; x += size[0] * (0.25 + rand() * 0.5)) {
    const h = size[0] + rand() * (size[1] - size[0]);
    const base = y(x) + 4;
    ctx.moveTo(x, base - h);
    ctx.lineTo(x + h * 0.24, base);
    ctx.lineTo(x - h * 0.24, base);
    tops.push([x, base - h, h]);
  }
  ctx.fill();
  ctx.fillStyle = dust;
  ctx.beginPath();
  for (const [x, top, h] of tops) {
    ctx.moveTo(x, top);
    ctx.lineTo(x + h * 0.1, top + h * 0.4);
    ctx.lineTo(x - h * 0.1, top + h * 0.4);
  }
  ctx.fill();
}
