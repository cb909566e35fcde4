/**
 * A pedestrian street at night in one-point perspective: two rows of buildings receding to
 * the plaza at its far end, bright shopfronts, lit windows above and neon blade signs.
 * Everything stands in metres and is placed on screen with `at`, so people, stalls and walls agree.
 */
import { linear, rgba, seeded } from '../paint-kit';
import { squashedGlow } from './p3-lens';
import { bladeSign } from './p3-neon';

/** Eye level on screen: every standing adult's head sits near this line, however far away. */
export const HORIZON = 470;
const EYE = 1.6;
const FOCAL = 900;
/** Half the street's width in metres: where the shopfronts stand either side of the centre line. */
export const HALF = 11;
/** How far ahead (metres) the buildings stop and the plaza with the pale towers opens. */
export const END = 42;

/** Screen position of a point `x` metres right of the centre line, `y` up, `z` ahead. */
export function at(x: number, y: number, z: number): [number, number] {
  return [960 + (x * FOCAL) / z, HORIZON + ((EYE - y) * FOCAL) / z];
}

/** Pixels per metre at depth `z`. */
export function perMetre(z: number): number {
  return FOCAL / z;
}

const WALLS = ['#5a3550', '#6b3a52', '#4a2f4c', '#7a4658', '#553a5e'] as const;
// The same tones in shade, for the end walls that face us, away from the shop light.
const END_WALLS = ['#41263d', '#4c2a3e', '#36233b', '#573345', '#3e2a47'] as const;
const GLASS = ['#ffc98a', '#ff9f7a', '#ffd9b0', '#f7a0a8', '#ffb36b'] as const;
const NEON = ['#ff5f8f', '#ff9a4a', '#ffd166', '#7fe0ff', '#ff6b6b'] as const;

/** Lights collected while the walls are built, so hundreds of windows cost a handful of fills. */
interface Lights {
  lit: Path2D[];
  dark: Path2D;
  signs: (() => void)[];
}

/** Both sides of the street, bay by bay from the far end toward us, so nearer walls overlap. */
export function streetSides(ctx: CanvasRenderingContext2D, rand: () => number): void {
  const lights: Lights = { lit: GLASS.map(() => new Path2D()), dark: new Path2D(), signs: [] };
  for (const side of [-1, 1] as const) {
    const cuts = [END];
    while ((cuts.at(-1) ?? 0) > 9) cuts.push((cuts.at(-1) ?? 0) - 5 - rand() * 7);
    for (let i = 0; i < cuts.length - 1; i++) {
      bay(ctx, rand, lights, side, cuts[i + 1] ?? 2, cuts[i] ?? END, i);
    }
  }
  ctx.fillStyle = rgba('#2a1a30', 0.55);
  ctx.fill(lights.dark);
  lights.lit.forEach((path, i) => {
    ctx.fillStyle = rgba(GLASS[i] ?? '#ffc98a', 0.5 + i * 0.1);
    ctx.fill(path);
  });
  // Signs last, far to near: they stand out into the street, in front of farther walls.
  for (const sign of lights.signs) sign();
}

/** A flat wall at x = `side`·HALF between depths z0–z1 and heights y0–y1, added to `p`. */
function wall(side: number, z0: number, z1: number, y0: number, y1: number, p = new Path2D()) {
  const x = side * HALF;
  p.moveTo(...at(x, y0, z0));
  p.lineTo(...at(x, y0, z1));
  p.lineTo(...at(x, y1, z1));
  p.lineTo(...at(x, y1, z0));
  p.closePath();
  return p;
}

function bay(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  lights: Lights,
  side: -1 | 1,
  z0: number,
  z1: number,
  i: number,
): void {
  const tall = 12 + rand() * 16;
  const tone = WALLS[i % WALLS.length] ?? '#5a3550';
  // The end wall facing us shows wherever this building rises above the nearer one.
  const [ex0, ey0] = at(side * HALF, tall, z0);
  const [ex1, foot] = at(side * (HALF + 30), 0, z0);
  ctx.fillStyle = END_WALLS[i % END_WALLS.length] ?? '#3f2640';
  ctx.fillRect(Math.min(ex0, ex1), ey0, Math.abs(ex1 - ex0), foot - ey0);

  // The face along the street, lit from below by its own shops.
  ctx.fillStyle = linear(ctx, 0, at(0, tall, z1)[1], 0, foot, [
    [0, tone],
    [0.75, '#9a5a6e'],
    [1, '#d88a84'],
  ]);
  ctx.fill(wall(side, z0, z1, 0, tall));
  for (let y = 4.8; y < tall - 1.5; y += 3.2) {
    for (let z = z0 + 0.8; z < z1 - 1.6; z += 2.6) {
      const path = rand() < 0.4 ? lights.lit[Math.floor(rand() * GLASS.length)] : lights.dark;
      wall(side, z, z + 1.5, y, y + 1.9, path);
    }
  }

  // Ground floor: one long shop window, lit from inside, its glow running into the paving.
  const glass = GLASS[Math.floor(rand() * GLASS.length)] ?? '#ffc98a';
  ctx.fillStyle = glass;
  ctx.fill(wall(side, z0 + 0.4, z1 - 0.4, 0.2, 3.4));
  ctx.fillStyle = rgba('#fff3e0', 0.35);
  ctx.fill(wall(side, z0 + 0.4, z1 - 0.4, 2.6, 3.4));
  ctx.fillStyle = '#2a1828';
  const frame = wall(side, z0, z1, 3.4, 4.2); // the fascia over the window, then its mullions
  for (let z = z0 + 2.4; z < z1 - 1; z += 2.4) wall(side, z, z + 0.12, 0.2, 3.4, frame);
  ctx.fill(frame);
  for (let z = z0 + 1.2; z < z1 - 0.6; z += 2.4) streak(ctx, side * HALF, -1.8, z, 0.6, glass);

  // A blade sign stands out from the wall just past the bay's near corner.
  if (rand() < 0.75) {
    const z = z0 + 0.6;
    const [sx0, sy0] = at(side * HALF, 8.2, z);
    const [sx1, sy1] = at(side * (HALF - 1.1), 4.8, z);
    const hex = NEON[Math.floor(rand() * NEON.length)] ?? '#ff5f8f';
    const seed = rand();
    lights.signs.push(() => {
      streak(ctx, side * (HALF - 0.55), -6.5, z, 0.5, hex);
      bladeSign(
        ctx,
        seeded(seed * 1e9),
        Math.min(sx0, sx1),
        sy0,
        Math.abs(sx1 - sx0),
        sy1 - sy0,
        hex,
      );
    });
  }
}

/** A light's reflection in the damp paving below (x, y, z): a soft vertical streak. */
function streak(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  z: number,
  a: number,
  hex: string,
) {
  const [sx, sy] = at(x, y, z);
  squashedGlow(ctx, sx, sy, perMetre(z) * 1.6, 0.12, 1, hex, a * 0.5, true);
}
