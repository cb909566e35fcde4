/**
 * Theodore's living room as apartment-night.ts builds it: the glass wall, its mullions and the
 * sill line. The day painting and the cave hologram reuse these numbers so the room never moves.
 */

/** The glass wall: top and bottom edge, mullion centres and their width. */
export const ROOM = {
  glassTop: 50,
  glassBottom: 800,
  mullions: [0, 480, 960, 1440, 1920],
  mullionW: 18,
  /** Where the floor lamp and the sofa stand in every version of the room. */
  lampX: 250,
  sofaX: 1180,
} as const;
