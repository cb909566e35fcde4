import { linear, rgba } from '../../../scenes/painters/paint-kit';

/** The ground tile's size in metres: 4 m of the way, and the depth of the floor from far to near. */
export const GROUND = { w: 4, h: 2.5, lane: 0.9 } as const;

const LOOK = {
  office: { far: '#efd6c2', near: '#c99779', seam: '#a9765c', every: 0.5, slope: 0.35 },
  plaza: { far: '#f6e6da', near: '#c49c88', seam: '#a8826f', every: 1, slope: 0.5 },
} as const;

/** Which floor: the office's warm wood, or the plaza's pale stone. */
export type GroundKind = keyof typeof LOOK;

/**
 * A tile of floor that repeats sideways: far at the top (fading into the painting behind),
 * near at the bottom, with seams slanting toward the viewer and rows closing up with
 * distance, so a flat strip reads as a floor seen from a little above.
 */
export function paintGround(ctx: CanvasRenderingContext2D, m: number, kind: GroundKind): void {
  const look = LOOK[kind];
  const w = GROUND.w * m;
  const h = GROUND.h * m;
  ctx.fillStyle = linear(ctx, 0, 0, 0, h, [
    [0, rgba(look.far, 0)],
    [0.12, look.far],
    [0.45, look.far],
    [1, look.near],
  ]);
  ctx.fillRect(0, 0, w, h);
  ctx.save();
  ctx.lineWidth = Math.max(1, m * 0.012);
  // Rows: spaced wider toward the viewer.
  for (let i = 1; i < 9; i++) {
    const y = h * (0.12 + 0.88 * (i / 9) ** 1.6);
    ctx.strokeStyle = rgba(look.seam, 0.1 + i * 0.015);
    ctx.beginPath();
    ctx.moveTo(0, y);
    ctx.lineTo(w, y);
    ctx.stroke();
  }
  // Seams: slanting, drawn twice across the tile edge so the tile repeats without a join.
  const step = look.every * m;
  for (let x = -w; x < w * 2; x += step) {
    ctx.strokeStyle = rgba(look.seam, 0.2);
    ctx.beginPath();
    ctx.moveTo(x, h * 0.12);
    ctx.lineTo(x + look.slope * h, h);
    ctx.stroke();
  }
  // The lane he runs along catches a little more light.
  ctx.fillStyle = rgba('#fff6ec', 0.16);
  ctx.fillRect(0, GROUND.lane * m - 0.08 * m, w, 0.16 * m);
  ctx.restore();
}

/** Where the pavement ends: the subway steps going down, a railing, the station's round sign. */
export const STATION = { w: 16, h: 10, ground: 3.4 } as const;

/** The mouth of the subway steps, side-on; the pavement meets it at x = 1 m. */
export function paintStation(ctx: CanvasRenderingContext2D, m: number): void {
  const g = STATION.ground * m;
  const top = (STATION.ground - GROUND.lane) * m;
  const lip = 1 * m;
  ctx.fillStyle = linear(ctx, 0, top, 0, STATION.h * m, [
    [0, '#6e4a48'],
    [1, '#2e1d22'],
  ]);
  ctx.fillRect(lip, top, STATION.w * m - lip, STATION.h * m - top);
  // The steps, going down and away to the right, each edge catching the noon light.
  ctx.fillStyle = '#c9a797';
  ctx.beginPath();
  ctx.moveTo(lip, g);
  const tread = 0.32 * m;
  const rise = 0.18 * m;
  let x = lip;
  let y = g;
  while (x < STATION.w * m) {
    ctx.lineTo(x + tread, y);
    ctx.lineTo(x + tread, y + rise);
    x += tread;
    y += rise;
  }
  ctx.lineTo(STATION.w * m, STATION.h * m);
  ctx.lineTo(lip, STATION.h * m);
  ctx.fill();
  ctx.fillStyle = rgba('#fff3e6', 0.5);
  for (let sx = lip, sy = g; sx < STATION.w * m; sx += tread, sy += rise)
    ctx.fillRect(sx, sy - 1, tread, Math.max(2, 0.02 * m));
  // The railing: posts and a rail running down with the steps.
  ctx.strokeStyle = '#efe2d6';
  ctx.lineWidth = 0.06 * m;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(lip - 0.2 * m, g - 1 * m);
  ctx.lineTo(lip + 0.4 * m, g - 1 * m);
  ctx.lineTo(STATION.w * m, g - 1 * m + ((STATION.w * m - lip) * rise) / tread);
  for (let px = lip; px < STATION.w * m; px += 1.4 * m) {
    const py = g + (Math.max(0, px - lip - 0.4 * m) * rise) / tread;
    ctx.moveTo(px, py);
    ctx.lineTo(px, py - 1 * m);
  }
  ctx.stroke();
  // The station's sign: a round coral disc on a pale post, with three white steps on it.
  ctx.fillStyle = '#efe2d6';
  ctx.fillRect(0.3 * m, g - 3.1 * m, 0.08 * m, 3.1 * m);
  ctx.fillStyle = '#d9533f';
  ctx.beginPath();
  ctx.arc(0.34 * m, g - 3.2 * m, 0.36 * m, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#fff6ee';
  for (let i = 0; i < 3; i++)
    ctx.fillRect((0.14 + i * 0.12) * m, g - (3.3 - i * 0.1) * m, 0.12 * m, (0.1 + i * 0.1) * m);
}
