/** The beach below its sky, shared by day and sunset so both paintings hold the same shore. */
import { glow, linear, rgba, seeded, type Stop } from '../paint-kit';
import { towerRow } from './skyline';
import { gull, parasol, towel, type Sunlight } from './p2-beach-props';
import { beachPeople } from './p2-beach-people';

/** Where the sea meets the sky, and where the last wave runs out onto the sand. */
export const HORIZON = 440;
export const SHORE = 640;

/** The colours one light gives the same beach. */
export interface BeachLight {
  light: Sunlight;
  sea: readonly Stop[];
  /** Where the sun's glints gather on the water (x) and their colour. */
  shineX: number;
  shine: string;
  foam: string;
  wet: string;
  sand: readonly Stop[];
  /** The far spit of land with its small pale towers: lit face, foot, shaded side. */
  far: readonly [string, string, string];
  people: readonly string[];
  parasols: readonly (readonly [string, string])[];
  pole: string;
  gull: string;
}

// Parasols back to front: x, foot y, size, colour pair. The centre strip keeps two of them.
const PARASOLS = [
  [330, 652, 0.5, 2],
  [1150, 654, 0.56, 3],
  [520, 668, 0.8, 1],
  [1345, 672, 0.78, 2],
  [905, 706, 1.05, 0],
  [170, 735, 1.35, 0],
  [1690, 742, 1.3, 1],
] as const;

/** Paints far land, sea, surf, sand, parasols, people and gulls in the given light. */
export function beachBelowSky(ctx: CanvasRenderingContext2D, b: BeachLight): void {
  const rand = seeded(61); // the same seed for both lights: nothing moves between them
  towerRow(ctx, {
    seed: rand,
    baseY: HORIZON + 2,
    span: [1470, 1960],
    widths: [14, 34],
    heights: [18, 70],
    gap: 6,
    colors: b.far,
  });
  ctx.fillStyle = b.far[1];
  ctx.fillRect(1380, HORIZON - 4, 560, 8);

  ctx.fillStyle = linear(ctx, 0, HORIZON, 0, SHORE, b.sea);
  ctx.fillRect(0, HORIZON, 1920, SHORE - HORIZON + 20);
  // Glints: short bright dashes, denser and longer under the sun, thinning with distance.
  ctx.save();
  ctx.globalCompositeOperation = 'screen';
  for (let i = 0; i < 260; i++) {
    const t = rand();
    const y = HORIZON + 4 + t * t * (SHORE - HORIZON - 30);
    const spread = 120 + t * 900;
    const x = b.shineX + (rand() + rand() - 1) * spread;
    const near = 1 - Math.abs(x - b.shineX) / spread;
    ctx.fillStyle = rgba(b.shine, 0.15 + near * 0.55);
    ctx.fillRect(x, y, (6 + rand() * 30) * (0.4 + t), 1.5 + t * 2.5);
  }
  ctx.restore();
  // Wave crests as faint lines running part of the way across.
  ctx.fillStyle = rgba(b.foam, 0.45);
  for (const [y, x0, x1] of [
    [548, 120, 860],
    [572, 980, 1840],
    [600, -20, 700],
    [612, 1100, 1940],
  ] as const) {
    ctx.fillRect(x0, y, x1 - x0, 3);
  }

  // The shore: a dark band of wet sand, the last wash of foam with a scalloped lip.
  ctx.fillStyle = linear(ctx, 0, 0, 0, 1080, b.sand);
  ctx.fillRect(0, SHORE, 1920, 1080 - SHORE);
  ctx.fillStyle = linear(ctx, 0, SHORE, 0, SHORE + 46, [
    [0, b.wet],
    [1, rgba(b.wet, 0)],
  ]);
  ctx.fillRect(0, SHORE, 1920, 46);
  // The last wash of a wave: a thin sheet of foam whose lip runs unevenly up the sand.
  ctx.fillStyle = rgba(b.foam, 0.75);
  ctx.beginPath();
  ctx.moveTo(0, SHORE - 6);
  for (let x = 0; x < 1920; x += 240) {
    const reach = SHORE + 4 + rand() * 16;
    ctx.bezierCurveTo(x + 60, reach, x + 150, reach, x + 240, SHORE + rand() * 4);
  }
  ctx.lineTo(1920, SHORE - 12);
  ctx.closePath();
  ctx.fill();
  glow(ctx, 960, SHORE + 120, 900, b.foam, 0.12); // sand near the water catching the sky

  for (const [x, y, s, c] of PARASOLS) {
    towel(ctx, x - 110 * s, y + 8 * s, 120 * s, b.parasols[(c + 1) % 4]?.[0] ?? '#fff', b.foam);
    parasol(ctx, b.light, x, y, s, b.parasols[c] ?? ['#fff', '#fff'], b.pole);
  }
  beachPeople(ctx, b.light, SHORE, b.people, b.foam);
  for (const [x, y, s] of [
    [760, 210, 34],
    [812, 236, 24],
    [1140, 170, 40],
    [1220, 300, 20],
    [420, 330, 26],
    [1530, 250, 30],
  ] as const) {
    gull(ctx, x, y, s, b.gull);
  }
}
