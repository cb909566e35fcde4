/** The winter valley behind the hamlet: far peaks in haze, forested ridges, open drifts of snow. */
import { glow, linear, rgba } from '../paint-kit';
import { treeLine } from './p2-snow-pine';

/**
 * Everything between the sky and the open snow: far mountains, then two ridges of forest
 * rising in layers, each paler with the distance and the cold air, down to `field`.
 */
export function winterValley(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  horizon: number,
  field: number,
): void {
  farRange(ctx, rand, horizon);
  const ridge = (x: number) => horizon - 40 + Math.cos((x / 1920) * Math.PI * 2) * 30;
  treeLine(ctx, rand, -20, 1940, ridge, [26, 48], '#a7b3c4', '#dfe4ec');
  under(ctx, ridge, field, '#afbacb');
  const slope = (x: number) => field - 20 - Math.abs(x - 960) ** 1.6 * 0.0035;
  treeLine(ctx, rand, -20, 1940, slope, [44, 90], '#8695a8', '#d3dae4');
  under(ctx, slope, field, '#8695a8');
  ctx.fillStyle = rgba('#e9e9ee', 0.35); // haze settling over the nearer wood
  ctx.fillRect(0, horizon - 120, 1920, field - horizon + 120);
}

/** Fills everything below the line `y(x)`, so a tree line stands on solid forest. */
function under(
  ctx: CanvasRenderingContext2D,
  y: (x: number) => number,
  field: number,
  color: string,
): void {
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.moveTo(0, field + 40); // no deeper than the snow field that covers it
  for (let x = 0; x <= 1920; x += 40) ctx.lineTo(x, y(x) + 3);
  ctx.lineTo(1920, field + 40);
  ctx.fill();
}

/** Far mountains, barely there: lavender shadows and sunlit snow behind the haze. */
function farRange(ctx: CanvasRenderingContext2D, rand: () => number, horizon: number): void {
  const peaks = [
    [-80, 410],
    [160, 336],
    [420, 398],
    [760, 276],
    [1040, 388],
    [1380, 304],
    [1640, 376],
    [1920, 322],
    [2100, 420],
  ] as const;
  // Each slope broken into a few jittered steps, so ridges are rock and not ruled lines.
  const ridge: [number, number][] = [];
  peaks.forEach(([x, y], i) => {
    const [nx, ny] = peaks[i + 1] ?? [x, y];
    for (let k = 0; k < 4; k++) {
      const j = k === 0 ? 0 : (rand() - 0.5) * 22;
      ridge.push([x + ((nx - x) * k) / 4 + j, y + ((ny - y) * k) / 4 + j * 0.6]);
    }
  });
  ctx.fillStyle = '#c3c7da';
  ctx.beginPath();
  ctx.moveTo(0, horizon);
  for (const [x, y] of ridge) ctx.lineTo(x, y);
  ctx.lineTo(1920, horizon);
  ctx.fill();
  // Each summit's sunward face: the ridge up from its left saddle, then a crooked spine down.
  ctx.fillStyle = rgba('#f4eeee', 0.55);
  for (let i = 4; i < ridge.length; i += 8) {
    const [px, py] = ridge[i] ?? [0, 0];
    ctx.beginPath();
    ctx.moveTo(...(ridge[i - 4] ?? [px, py]));
    for (let k = i - 3; k <= i; k++) ctx.lineTo(...(ridge[k] ?? [px, py]));
    for (let k = 1; k <= 4; k++) {
      ctx.lineTo(px + (rand() - 0.3) * 40 + k * 6, py + ((horizon - py) * k) / 4);
    }
    ctx.lineTo(ridge[i - 4]?.[0] ?? px, horizon);
    ctx.fill();
  }
}

/** The open snow around the cabins: soft drifts, blue in their hollows, bright on their crowns. */
export function snowField(ctx: CanvasRenderingContext2D, field: number): void {
  ctx.fillStyle = linear(ctx, 0, field - 40, 0, 1080, [
    [0, '#f2f3f6'],
    [0.45, '#e1e6ee'],
    [1, '#b9c4d4'],
  ]);
  ctx.beginPath();
  ctx.moveTo(0, field + 10);
  ctx.bezierCurveTo(500, field - 30, 1300, field - 40, 1920, field + 20);
  ctx.lineTo(1920, 1080);
  ctx.lineTo(0, 1080);
  ctx.fill();
  for (const [x, y, w] of [
    [420, 760, 520],
    [1500, 740, 560],
  ] as const) {
    ctx.save();
    ctx.translate(x, y);
    ctx.scale(1, 0.16);
    glow(ctx, 0, 40, w, '#8e9cb8', 0.35); // the hollow in front of the drift, in shade
    glow(ctx, 0, -40, w * 0.8, '#ffffff', 0.6);
    ctx.restore();
  }
}
