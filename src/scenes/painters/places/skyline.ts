import { linear, rgba } from '../paint-kit';

/** One row of towers: where it stands, how tall, what colour, how many lit windows. */
export interface TowerRow {
  seed: () => number;
  baseY: number;
  /** Left and right edge of the row. */
  span: readonly [number, number];
  /** Smallest and largest tower width, then height. */
  widths: readonly [number, number];
  heights: readonly [number, number];
  /** Lit face top and bottom, then the narrow shaded side that makes a box read as a tower. */
  colors: readonly [string, string, string];
  /** Floor lines: colour and spacing; pale towers in the film are banded, not gridded. */
  floors?: { color: string; every: number };
  /** Lit windows: colour, chance per cell and cell size. */
  windows?: { color: string; chance: number; cell: number };
  gap?: number;
}

/** Paints a row of pale towers left to right; deterministic for a given seed function. */
export function towerRow(ctx: CanvasRenderingContext2D, row: TowerRow): void {
  const r = row.seed;
  const [w0, w1] = row.widths;
  const [h0, h1] = row.heights;
  let x = row.span[0];
  while (x < row.span[1]) {
    const w = w0 + r() * (w1 - w0);
    const h = h0 + r() * (h1 - h0);
    tower(ctx, row, x, row.baseY - h, w, h);
    x += w + (row.gap ?? 0) * (0.3 + r());
  }
}

function tower(
  ctx: CanvasRenderingContext2D,
  row: TowerRow,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  const r = row.seed;
  const sideW = w * (0.14 + r() * 0.12);
  // Some crowns step back once: the film's towers are simple, but not all boxes.
  const stepped = r() < 0.4;
  ctx.fillStyle = linear(ctx, 0, y, 0, row.baseY, [
    [0, row.colors[0]],
    [1, row.colors[1]],
  ]);
  ctx.fillRect(x, y, w, h);
  if (stepped) ctx.fillRect(x + w * 0.2, y - h * 0.06, w * 0.55, h * 0.06 + 1);
  ctx.fillStyle = row.colors[2];
  ctx.fillRect(x + w - sideW, y, sideW, h);

  if (row.floors) {
    ctx.fillStyle = row.floors.color;
    for (let fy = y + row.floors.every; fy < row.baseY; fy += row.floors.every) {
      ctx.fillRect(x, fy, w - sideW, Math.max(1, row.floors.every * 0.18));
    }
  }
  if (row.windows) {
    const { color, chance, cell } = row.windows;
    const cols = Math.max(1, Math.floor((w - sideW - cell) / cell));
    for (let cy = y + cell; cy < row.baseY - cell; cy += cell * 1.6) {
      for (let c = 0; c < cols; c++) {
        if (r() > chance) continue;
        ctx.fillStyle = rgba(color, 0.45 + r() * 0.55);
        ctx.fillRect(x + cell * 0.6 + c * cell, cy, cell * 0.62, cell * 0.8);
      }
    }
  }
}
