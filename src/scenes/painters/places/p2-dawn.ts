/** The city at first light: towers backlit by a rising sun, pink along their edges, and dawn cloud. */
import { glow, linear, rgba } from '../paint-kit';

/** One row of dawn towers: where and how big, face colours, rim light and lit windows. */
export interface DawnRow {
  seed: () => number;
  baseY: number;
  span: readonly [number, number];
  widths: readonly [number, number];
  heights: readonly [number, number];
  gap: number;
  /** Face top, face foot, and the narrow side turned toward the sun. */
  colors: readonly [string, string, string];
  rim: string;
  /** Chance a window is already lit, out of every cell of the face. */
  lit: number;
  sunX: number;
  /** Floor bands every so many pixels: the film's pale towers are banded, not gridded. */
  floors?: number;
}

/** How far either side of the sun towers stay low, so the rising disc shows between them. */
const SUN_GAP = 90;

/**
 * Paints a row of towers facing us with the sun behind them: their faces stay in shade, and
 * only the edges turned toward the sun catch a line of pink. That line is what makes towers
 * "come up out of the dark one at a time" as the story says.
 */
export function dawnTowers(ctx: CanvasRenderingContext2D, row: DawnRow): void {
  const r = row.seed;
  const rims: [number, number, number, number, number][] = [];
  const lights: [number, number][] = [];
  const face = linear(ctx, 0, row.baseY - row.heights[1], 0, row.baseY, [
    [0, row.colors[0]],
    [1, row.colors[1]],
  ]);
  for (let x = row.span[0]; x < row.span[1];) {
    const w = row.widths[0] + r() * (row.widths[1] - row.widths[0]);
    const tall = row.heights[0] + r() * (row.heights[1] - row.heights[0]);
    const h = Math.abs(x + w / 2 - row.sunX) < SUN_GAP + w / 2 ? tall * 0.45 : tall;
    const top = row.baseY - h;
    const sunward = x + w / 2 < row.sunX ? 1 : -1; // which side looks toward the sun
    const side = w * (0.16 + r() * 0.1);
    ctx.fillStyle = face;
    ctx.fillRect(x, top, w, h);
    if (r() < 0.35) ctx.fillRect(x + w * 0.22, top - h * 0.07, w * 0.5, h * 0.07 + 1); // a step-back crown
    ctx.fillStyle = row.colors[2];
    ctx.fillRect(sunward > 0 ? x + w - side : x, top, side, h);
    rims.push([sunward > 0 ? x + w - 3 : x, x, top, w, h]);
    if (row.floors) {
      ctx.fillStyle = rgba('#5a3a5a', 0.12);
      for (let fy = top + row.floors; fy < row.baseY; fy += row.floors) ctx.fillRect(x, fy, w, 2);
    }
    for (let wy = top + 14; wy < row.baseY - 10; wy += 13) {
      for (let wx = x + 8; wx < x + w - side - 8; wx += 11) {
        if (r() < row.lit) lights.push([wx, wy]);
      }
    }
    x += w + row.gap * (0.3 + r());
  }
  // Rims and crowns share one colour and one fill each: cheaper, and they read as one light.
  ctx.fillStyle = row.rim;
  ctx.beginPath();
  for (const [rx, x, top, w, h] of rims) {
    ctx.rect(rx, top, 3, h * 0.8);
    ctx.rect(x, top, w, 2);
  }
  ctx.fill();
  ctx.fillStyle = '#ffd79a';
  ctx.beginPath();
  for (const [wx, wy] of lights) ctx.rect(wx, wy, 5, 6);
  ctx.fill();
}

/** Long flat clouds across the dawn: violet bodies whose undersides the sun has turned coral. */
export function dawnClouds(ctx: CanvasRenderingContext2D): void {
  for (const [x, y, w, body] of [
    [420, 150, 900, '#9a7ea6'],
    [1560, 110, 820, '#a384aa'],
    [980, 300, 980, '#dc9298'],
    [300, 380, 620, '#f0a890'],
    [1600, 360, 700, '#f2a48c'],
  ] as const) {
    for (const [dy, k, hex, a] of [
      [0, 0.1, body, 0.7],
      [12, 0.03, '#ffd6b0', 0.55], // the thin lit edge under each
    ] as const) {
      ctx.save();
      ctx.translate(x, y + dy);
      ctx.scale(1, k); // a round glow squashed flat reads as a band of cloud
      glow(ctx, 0, 0, w / 2, hex, a);
      ctx.restore();
    }
  }
}

/** The moon from the cabin song, a thin pale crescent not yet gone from the morning. */
export function morningMoon(ctx: CanvasRenderingContext2D, x: number, y: number, r: number): void {
  glow(ctx, x, y, r * 4, '#fff4ec', 0.25);
  ctx.save();
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.clip();
  // The disc less a second, offset disc: only the sliver facing the sun is left lit.
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.arc(x - r * 0.45, y - r * 0.3, r * 0.95, 0, Math.PI * 2);
  ctx.fillStyle = rgba('#fff6ee', 0.85);
  ctx.fill('evenodd');
  ctx.restore();
}
