/** The cave's floor plan: a grid of cells seen from the side, with depth running down the rows. */

/** Size of one map cell in world units. */
export const CELL = 40;
/** World y of the back edge of the floor (row 0); rows grow toward the viewer. */
export const FLOOR_Y = 600;
/** How tall the painted world is (ceiling at 0; deep rock in front, for tall screens to look into). */
export const WORLD_H = 1600;

/**
 * The floor, drawn as it is played: `#` rock wall, `.` floor, `o` boulder, `s` stalagmite,
 * `~` pool, `r` the child's sulking rock, `d` Doris's rock, `h` the hidden tunnel (rock until
 * the child shows it), `S` the ship's hull. Four chambers, west to east: the landing, the drip hall, the fungus
 * garden and the beacon chamber, joined by tunnels; the last tunnel is the child's choke.
 */
const PLAN = [
  '################################################################################################################################################################',
  '########.......#######.......#######################.......########...###################.......#######...........#############.......##########################',
  '#####.............s..............############.............................############...................s........................................SSSSSS########',
  '#.............o...........................................s.............................o...................................................o.....SSSSSSSSS....#',
  '#..........................o...................o..................r..............................s................................................SSSSSSSSS....#',
  '#.............................................................................................................o......######....................................#',
  '#...................................................~~~~.............s......................~~~....d.................######....................................#',
  '#..............~~~....o.............#####...........~~~~.....................#####..........~~~......................######.......o............................#',
  '#####..........~~~.............s.############..................o..........############...............o...............hhhhhh............s................########',
  '########...........#######...####################.......#######.......###################...........###..............hhhhhh####..................###############',
  '################################################################################################################################################################',
];

/** A cell's kind, as drawn in the plan. */
export type Cell = '#' | '.' | 'o' | 's' | '~' | 'r' | 'd' | 'h' | 'S';

/** The parsed plan: columns × rows of cells. */
export interface CaveMap {
  cols: number;
  rows: number;
  cells: readonly Cell[][];
}

/** Parses a plan (every row the same length; unknown characters are rock). */
export function parsePlan(plan: readonly string[]): CaveMap {
  const cols = plan[0]?.length ?? 0;
  const cells = plan.map((row) => {
    if (row.length !== cols) throw new Error('every row of a cave plan must be the same length');
    return [...row].map((ch) => ('.os~rdhS'.includes(ch) ? ch : '#') as Cell);
  });
  return { cols, rows: plan.length, cells };
}

/** The cave everyone plays. */
export const CAVE: CaveMap = parsePlan(PLAN);

/** Who is moving: the astronaut walks around rocks and pools; the child hops over them. */
export type Mover = 'astronaut' | 'child';

/** What can change in the cave while it is played: the hidden tunnel, once shown. */
export interface CaveFlags {
  tunnelOpen: boolean;
}

/** The cell at a column and row (outside the map is rock). */
export function cellAt(map: CaveMap, col: number, row: number): Cell {
  return map.cells[row]?.[col] ?? '#';
}

/** True if `who` cannot stand in this cell. */
export function solid(
  map: CaveMap,
  col: number,
  row: number,
  who: Mover,
  flags: CaveFlags,
): boolean {
  const cell = cellAt(map, col, row);
  if (cell === '#' || cell === 'S') return true;
  if (cell === 'h') return !flags.tunnelOpen;
  if (cell === '.') return false;
  return who === 'astronaut'; // boulders, pools and rocks: only the child scrambles over
}

/** The column under a world x. */
export const colOf = (x: number): number => Math.floor(x / CELL);
/** The row under a world y (negative above the floor's back edge). */
export const rowOf = (y: number): number => Math.floor((y - FLOOR_Y) / CELL);
/** World point at the middle of a cell. */
export const cellCentre = (col: number, row: number): { x: number; y: number } => ({
  x: col * CELL + CELL / 2,
  y: FLOOR_Y + row * CELL + CELL / 2,
});

/** The world's width in units. */
export const worldWidth = (map: CaveMap = CAVE): number => map.cols * CELL;
