/** Paints the near cave (rock face, floor, pools, fungus) for a stretch of world, once. */
import { grain } from '../../scenes/painters/film';
import { glow, linear, rgba, seeded } from '../../scenes/painters/paint-kit';
import { fungus } from '../../scenes/painters/places/p1-cave-flora';
import { CELL, FLOOR_Y, WORLD_H, type CaveMap } from './cave-map';
import { FUNGI } from './cave-places';
import { ridgeTop } from './cave-shape';
import { floor } from './paint-floor';

const HUES = { cyan: '#7ef0e0', pink: '#f08ad8', lime: '#b8f27a' } as const;

/** A stretch of world to paint: x from `x0`, `w` wide, at `res` pixels per world unit. */
export interface Stretch {
  x0: number;
  w: number;
  res: number;
}

/** The rock face and the ground below the floor: everything under the ridge line, in shadow. */
function rockMass(ctx: CanvasRenderingContext2D, map: CaveMap, from: number, to: number): void {
  const rand = seeded(Math.floor(from) + 11);
  const edge = new Path2D();
  // The ridge's roughness depends on x alone, so neighbouring chunks meet without a seam.
  const rough = (x: number) => ridgeTop(map, x) + Math.sin(x * 0.13) * 3 + Math.sin(x * 0.041) * 4;
  const start = Math.floor((from - 48) / 24) * 24;
  edge.moveTo(start, rough(start));
  for (let x = start + 24; x <= to + 48; x += 24) edge.lineTo(x, rough(x));
  const body = new Path2D(edge);
  body.lineTo(to + 48, WORLD_H);
  body.lineTo(start, WORLD_H);
  body.closePath();
  ctx.fillStyle = linear(ctx, 0, 120, 0, WORLD_H, [
    [0, '#3a2456'],
    [0.3, '#251538'],
    [0.55, '#170c24'],
    [1, '#07040c'],
  ]);
  ctx.fill(body);
  ctx.save();
  ctx.clip(body);
  // Strata and lit seams, so the face reads as stone rather than a flat shape.
  for (let i = 0; i < (to - from) / 30; i++) {
    const x = from + rand() * (to - from);
    const y = ridgeTop(map, x) + 30 + rand() * 260;
    ctx.strokeStyle = rgba(rand() < 0.5 ? '#b9a0ff' : '#f08ad8', 0.05 + rand() * 0.08);
    ctx.lineWidth = 2 + rand() * 3;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.quadraticCurveTo(
      x + 40,
      y - 8 + rand() * 16,
      x + 80 + rand() * 80,
      y + (rand() - 0.5) * 20,
    );
    ctx.stroke();
  }
  ctx.restore();
  ctx.strokeStyle = rgba('#c9b2ff', 0.45);
  ctx.lineWidth = 4;
  ctx.stroke(edge);
}

/** Still pools: dark glass with the fungus light lying on them, one oval per pool. */
function pools(ctx: CanvasRenderingContext2D, map: CaveMap, from: number, to: number): void {
  const seen = new Set<number>();
  for (let row = 0; row < map.rows; row++) {
    for (let col = Math.floor(from / CELL) - 3; col <= to / CELL + 3; col++) {
      if (map.cells[row]?.[col] !== '~' || seen.has(row * map.cols + col)) continue;
      // The pool's extent: its cells to the right and below (pools are small rectangles).
      let c1 = col;
      let r1 = row;
      while (map.cells[row]?.[c1 + 1] === '~') c1++;
      while (map.cells[r1 + 1]?.[col] === '~') r1++;
      for (let r = row; r <= r1; r++) for (let c = col; c <= c1; c++) seen.add(r * map.cols + c);
      const x = ((col + c1 + 1) / 2) * CELL;
      const y = FLOOR_Y + ((row + r1 + 1) / 2) * CELL;
      const rx = ((c1 - col + 1) * CELL) / 2 + 8;
      const ry = ((r1 - row + 1) * CELL) / 2 + 2;
      ctx.fillStyle = linear(ctx, 0, y - ry, 0, y + ry, [
        [0, '#0d1a2e'],
        [1, '#1b3550'],
      ]);
      ctx.beginPath();
      ctx.ellipse(x, y, rx, ry, 0, 0, Math.PI * 2);
      ctx.fill();
      ctx.strokeStyle = rgba('#7ef0e0', 0.35);
      ctx.lineWidth = 2;
      ctx.stroke();
      ctx.fillStyle = rgba('#b9a0ff', 0.25); // the ceiling's light lying on the water
      ctx.beginPath();
      ctx.ellipse(x - rx * 0.25, y - ry * 0.3, rx * 0.45, ry * 0.16, 0, 0, Math.PI * 2);
      ctx.fill();
    }
  }
}

/**
 * Paints one stretch of the near cave into `ctx` (a canvas `w × WORLD_H` world units at
 * `res`): the rock face, the floor, pools and fungus. Above the ridge it stays clear, so the
 * far cave shows through. `open` paints the hidden tunnel as floor.
 */
export function paintNearCave(
  ctx: CanvasRenderingContext2D,
  map: CaveMap,
  s: Stretch,
  open = false,
): void {
  ctx.save();
  ctx.scale(s.res, s.res);
  ctx.translate(-s.x0, 0);
  const from = s.x0;
  const to = s.x0 + s.w;
  rockMass(ctx, map, from, to);
  floor(ctx, map, open, from, to);
  pools(ctx, map, from, to);
  const rand = seeded(Math.floor(from) + 47);
  for (const f of FUNGI) {
    if (f.x < from - 200 || f.x > to + 200) continue;
    glow(ctx, f.x, f.y, 120 * f.size, HUES[f.hue], 0.22, true);
    fungus(ctx, rand, f.x, f.y + 10, 26 * f.size, HUES[f.hue]);
  }
  ctx.restore();
  ctx.save();
  ctx.globalCompositeOperation = 'source-atop'; // grain on the stone only, not the clear air
  ctx.scale((s.w * s.res) / 1920, (WORLD_H * s.res) / 1080); // grain in its own design space
  grain(ctx, 0.3);
  ctx.restore();
}

/** Just the hidden tunnel's floor (clear elsewhere), laid over the rock when the child shows it. */
export function paintSecretFloor(
  ctx: CanvasRenderingContext2D,
  map: CaveMap,
  s: Stretch,
  cells: { col: number; row: number; cols: number; rows: number },
): void {
  ctx.save();
  ctx.scale(s.res, s.res);
  ctx.translate(-s.x0, 0);
  ctx.beginPath();
  ctx.rect(
    cells.col * CELL - 12,
    FLOOR_Y + cells.row * CELL - 10,
    cells.cols * CELL + 24,
    cells.rows * CELL + 20,
  );
  ctx.clip();
  floor(ctx, map, true, s.x0, s.x0 + s.w);
  ctx.restore();
}
