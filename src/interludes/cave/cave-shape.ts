/** The cave's outline for the painters: how high the rock rises over the floor, column by column. */
import { CELL, FLOOR_Y, cellAt, type CaveMap } from './cave-map';
import { CHAMBERS, LEDGE_HEIGHT, PLACES } from './cave-places';

/** A run of floor in one column: from its back edge (`top`) to its front edge (`bottom`). */
export interface FloorRun {
  col: number;
  top: number;
  bottom: number;
}

/** Every run of standing room (the hidden tunnel counts as rock unless `open`). */
export function floorRuns(map: CaveMap, open: boolean): FloorRun[] {
  const runs: FloorRun[] = [];
  for (let col = 0; col < map.cols; col++) {
    let start = -1;
    for (let row = 0; row <= map.rows; row++) {
      const cell = cellAt(map, col, row);
      const floor = cell !== '#' && (cell !== 'h' || open);
      if (floor && start < 0) start = row;
      if (!floor && start >= 0) {
        runs.push({ col, top: FLOOR_Y + start * CELL, bottom: FLOOR_Y + row * CELL });
        start = -1;
      }
    }
  }
  return runs;
}

/** World y of the back edge of the floor at a column (the rock face stands on it). */
export function backEdge(map: CaveMap, col: number): number {
  for (let row = 0; row < map.rows; row++)
    if (cellAt(map, col, row) !== '#') return FLOOR_Y + row * CELL;
  return FLOOR_Y + map.rows * CELL;
}

/** Borders between chambers (tunnel middles) and the cave's two ends, in world x. */
const WALLS = [0, ...CHAMBERS.slice(1).map((c) => c.fromX), CHAMBERS.at(-1)?.toX ?? 0];

/**
 * World y of the top of the near rock at x: low ridges inside a chamber (the far cave shows
 * over them), a full rock face at the tunnels and the ends, and the child's ledge in the drip
 * hall. Deterministic, so every paint of it matches.
 */
export function ridgeTop(map: CaveMap, x: number): number {
  const col = Math.max(0, Math.min(map.cols - 1, Math.floor(x / CELL)));
  const base = backEdge(map, col);
  const toWall = Math.min(...WALLS.map((w) => Math.abs(x - w)));
  const wave = 130 + 60 * Math.sin(x * 0.0037) + 35 * Math.sin(x * 0.011 + 1.3);
  // Within three cells of a tunnel the rock closes right up to the ceiling.
  const closing = Math.max(0, Math.min(1, (toWall - 3 * CELL) / (5 * CELL)));
  let top = base - wave * closing - (1 - closing) * base;
  const fromLedge = Math.abs(x - PLACES.ledge.x);
  if (fromLedge < 140) {
    // The ledge: a flat shelf at the child's height, with a pillar shoulder either side.
    const shelf = PLACES.ledge.y - LEDGE_HEIGHT + 8;
    top = Math.min(top, fromLedge < 70 ? shelf : shelf + (fromLedge - 70) * 1.6);
  }
  return top;
}
