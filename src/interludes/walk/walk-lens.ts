/**
 * How the street falls on the screen, through his (shut) eyes: a simple pinhole camera at eye
 * height, sized to the window so a phone held upright still sees the pavement ahead and a
 * desktop sees the shopfronts at its edges. Pure numbers, so the drawing can trust it.
 */

/** His eye height (metres): every adult's head sits near the horizon. */
export const EYE = 1.6;
/** Nearer than this (metres ahead) nothing is projected: it is beside him, felt, not seen. */
export const NEAREST = 0.45;

/** The camera for a screen of `width` × `height` pixels. */
export interface Lens {
  width: number;
  height: number;
  cx: number;
  horizon: number;
  /** Pixels per metre at one metre away. */
  focal: number;
}

/** A point on screen and how many pixels a metre is there. */
export interface Projected {
  x: number;
  y: number;
  perMetre: number;
}

/** The lens for a screen: landscape keeps the street's width in view, portrait its depth. */
export function lensFor(width: number, height: number): Lens {
  return {
    width,
    height,
    cx: width / 2,
    horizon: height * (width > height ? 0.46 : 0.54),
    focal: Math.min(width * 0.62, height * 0.83),
  };
}

/**
 * Where a point `dx` metres to his right, `up` metres off the ground and `dz` metres ahead
 * lands on screen, written into `out` (reused: this runs for everyone, every frame). False if
 * it is too near or behind him to draw.
 */
export function project(lens: Lens, dx: number, up: number, dz: number, out: Projected): boolean {
  if (dz < NEAREST) return false;
  const perMetre = lens.focal / dz;
  out.x = lens.cx + dx * perMetre;
  out.y = lens.horizon + (EYE - up) * perMetre;
  out.perMetre = perMetre;
  return true;
}

/**
 * How strongly someone at `distance` metres is sensed with eyes shut: nothing past seven
 * metres, a warm presence inside two, rising smoothly between (0–1).
 */
export function presence(distance: number): number {
  const t = Math.max(0, Math.min(1, (7 - distance) / 5));
  return t * t * (3 - 2 * t);
}
