/** Where things are in the cave: chambers, landmarks, fungus and drips (world units). */
import { CELL, FLOOR_Y, cellCentre } from './cave-map';

/** How high the child's ledge is above the floor, in world units. */
export const LEDGE_HEIGHT = 250;

/** A chamber of the cave, from the middle of one tunnel to the middle of the next. */
export interface Chamber {
  id: 'landing' | 'drip_hall' | 'garden' | 'beacon';
  fromX: number;
  toX: number;
}

/** The four chambers, west to east (the tunnels' middles are the borders). */
export const CHAMBERS: readonly Chamber[] = [
  { id: 'landing', fromX: 0, toX: 38.5 * CELL },
  { id: 'drip_hall', fromX: 38.5 * CELL, toX: 79.5 * CELL },
  { id: 'garden', fromX: 79.5 * CELL, toX: 120 * CELL },
  { id: 'beacon', fromX: 120 * CELL, toX: 160 * CELL },
];

/** The index of the chamber at world x. */
export function chamberIndexAt(x: number): number {
  const at = CHAMBERS.findIndex((c) => x < c.toX);
  return at < 0 ? CHAMBERS.length - 1 : at;
}

/** A passage the child can stand in to stop the astronaut: a mouth at `x`, rows `top`–`bottom`. */
export interface Choke {
  x: number;
  top: number;
  bottom: number;
}

/** Fixed points of the play. */
export const PLACES = {
  /** Where the astronaut stands when the game starts. */
  spawn: cellCentre(4, 5),
  /** Under the ledge the child waits on, high on the drip hall's back wall (see LEDGE_HEIGHT). */
  ledge: { x: 52 * CELL, y: FLOOR_Y + 14 },
  /** Walking past this x in the drip hall brings the child down on him. */
  ambushX: 49 * CELL,
  /** Where the astronaut stands when the game starts again after the email. */
  resumeAt: cellCentre(59, 5),
  /** The child's sulking rock. */
  sulkRock: cellCentre(66, 4),
  /** Doris the slug's rock, in the fungus garden. */
  doris: cellCentre(99, 6),
  /** The tunnel out of the drip hall: the child holds it in the first half. */
  firstChoke: { x: 77 * CELL, top: 3, bottom: 6 } satisfies Choke,
  /** The tunnel to the beacon: the child holds it in the second half. */
  lastChoke: { x: 117 * CELL, top: 2, bottom: 4 } satisfies Choke,
  /** The hidden tunnel's two ends (the child leads him through it when befriended). */
  tunnelIn: cellCentre(116, 8),
  tunnelOut: cellCentre(124, 7),
  /** The ship: its middle, and the foot of its ramp (reaching it ends the game). */
  ship: { x: 150.5 * CELL, y: 5 * CELL + 600 },
  ramp: cellCentre(150, 6),
} as const;

/** A clump of glowing fungus: lights up when the astronaut brushes it. */
export interface Fungus {
  x: number;
  y: number;
  size: number;
  hue: 'cyan' | 'pink' | 'lime';
}

const clump = (col: number, row: number, size: number, hue: Fungus['hue']): Fungus => ({
  ...cellCentre(col, row),
  size,
  hue,
});

/** Every clump on the floor, most of them in the fungus garden. */
export const FUNGI: readonly Fungus[] = [
  clump(9, 2, 1, 'cyan'),
  clump(20, 8, 1.2, 'pink'),
  clump(33, 2, 0.9, 'lime'),
  clump(44, 8, 1, 'cyan'),
  clump(61, 2, 0.8, 'pink'),
  clump(72, 8, 1, 'lime'),
  clump(85, 2, 1.1, 'pink'),
  clump(90, 9, 1.3, 'cyan'),
  clump(95, 3, 1, 'lime'),
  clump(103, 9, 1.2, 'pink'),
  clump(108, 1, 1.4, 'cyan'),
  clump(113, 8, 1, 'lime'),
  clump(127, 2, 0.9, 'cyan'),
  clump(138, 9, 1, 'pink'),
];

/** A drip: falls from the ceiling at `x` onto the floor at `y`, every `period` seconds. */
export interface Drip {
  x: number;
  y: number;
  period: number;
  phase: number;
}

/** The drips, thickest in the drip hall. */
export const DRIPS: readonly Drip[] = [
  { x: 700, y: 700, period: 4.2, phase: 1.1 },
  { x: 1820, y: 760, period: 3.1, phase: 0.2 },
  { x: 2140, y: 680, period: 2.6, phase: 1.7 },
  { x: 2380, y: 820, period: 3.7, phase: 0.9 },
  { x: 2700, y: 720, period: 2.9, phase: 2.4 },
  { x: 2980, y: 880, period: 3.3, phase: 0.5 },
  { x: 3900, y: 700, period: 4.6, phase: 3.0 },
  { x: 5400, y: 740, period: 5.1, phase: 1.9 },
];
