import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear } from '../paint-kit';
import { grain, vignette } from '../film';
import { beachBelowSky, HORIZON, SHORE, type BeachLight } from './p2-beach';

const SUN = { x: 1180, y: HORIZON - 34, r: 44 };

const SUNSET: BeachLight = {
  // The sun sits on the sea ahead of us: every shadow runs long, straight out of it.
  light: { sun: [SUN.x, HORIZON], reach: 2.6, flatten: 1, shadow: '#4a2f52', alpha: 0.42 },
  sea: [
    [0, '#f0a58a'],
    [0.2, '#c27a88'],
    [0.6, '#7c5a86'],
    [1, '#9a6a8a'],
  ],
  shineX: SUN.x,
  shine: '#ffd49a',
  foam: '#ffd8c4',
  wet: '#b87580',
  sand: [
    [0.59, '#d99a86'],
    [0.75, '#b97a7e'],
    [1, '#6e4a62'],
  ],
  far: ['#b77689', '#c98a90', '#a06a82'],
  people: ['#3c2640', '#4d2c48', '#5e3444', '#33243f', '#4a3050'],
  // Parasols lit from behind: their colours deepen, the cream turns to warm rose.
  parasols: [
    ['#b4464a', '#e3a08e'],
    ['#3f6f7a', '#e3a08e'],
    ['#c9803f', '#e3a08e'],
    ['#9a3a44', '#d48e82'],
  ],
  pole: '#e7b2a0',
  gull: '#3f2a48',
};

/** The same beach at sunset: coral and violet sky, a low sun on the water, long shadows. */
export const paintBeachSunset: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    ctx.fillStyle = linear(ctx, 0, 0, 0, HORIZON, [
      [0, '#4e3f73'],
      [0.35, '#8f5a88'],
      [0.68, '#e07a66'],
      [0.9, '#f7a66e'],
      [1, '#ffd29a'],
    ]);
    ctx.fillRect(0, 0, 1920, HORIZON);
    glow(ctx, SUN.x, SUN.y, 1000, '#ff9a6a', 0.55);
    strata(ctx);
    glow(ctx, SUN.x, SUN.y, 240, '#ffe2b0', 0.8);
    ctx.fillStyle = '#fff1cf';
    ctx.beginPath();
    ctx.arc(SUN.x, SUN.y, SUN.r, 0, Math.PI * 2);
    ctx.fill();
    beachBelowSky(ctx, SUNSET);
    // The sun's road on the water, warmest where it meets the horizon.
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, HORIZON, 1920, SHORE - HORIZON);
    ctx.clip();
    ctx.translate(SUN.x, HORIZON);
    ctx.scale(0.22, 1);
    glow(ctx, 0, 0, SHORE - HORIZON, '#ffc890', 0.55, true);
    ctx.restore();
    // Last light grazing the sand from the water's edge, fading up the beach.
    glow(ctx, SUN.x, SHORE + 10, 620, '#ffb48a', 0.25, true);
    vignette(ctx, '#2a1a3a', 0.5);
    grain(ctx, 0.45);
  });

/** Long low clouds lit from below: violet bodies with a brighter coral underside. */
function strata(ctx: CanvasRenderingContext2D): void {
  for (const [x, y, w, c] of [
    [380, 130, 820, '#8a5282'],
    [1440, 96, 960, '#85507f'],
    [760, 262, 760, '#f08a74'],
    [1640, 300, 560, '#f29a78'],
    [220, 350, 460, '#ffae86'],
  ] as const) {
    for (const [dy, k, hex, a] of [
      [0, 0.1, c, 0.8],
      [10, 0.025, '#ffd2a4', 0.55], // a thin bright edge hugging the underside
    ] as const) {
      ctx.save();
      ctx.translate(x, y + dy);
      ctx.scale(1, k); // a round glow squashed flat reads as a band of cloud
      glow(ctx, 0, 0, w / 2, hex, a);
      ctx.restore();
    }
  }
}
