import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba } from '../paint-kit';
import { grain, vignette } from '../film';
import { beachBelowSky, HORIZON, type BeachLight } from './p2-beach';

const DAY: BeachLight = {
  // The sun is high and behind us to the right: short shadows falling left and toward us.
  light: { sun: [2600, -900], reach: 0.45, flatten: 0.35, shadow: '#c99a7e', alpha: 0.36 },
  sea: [
    [0, '#bfdcd6'],
    [0.25, '#8fcfc8'],
    [0.7, '#7cc4bd'],
    [1, '#c9e8dc'],
  ],
  shineX: 1250,
  shine: '#fffaf0',
  foam: '#fff8ee',
  wet: '#dcc0a0',
  sand: [
    [0.59, '#f1dcc0'],
    [0.8, '#f3dcbc'],
    [1, '#e6c19c'],
  ],
  far: ['#e6ded6', '#eee6dc', '#d9d0c8'],
  people: ['#c8553f', '#5a6f86', '#8a5a48', '#e08a5e', '#3f4f63'],
  parasols: [
    ['#ee7a5e', '#fff3e4'],
    ['#5fb3ad', '#fff3e4'],
    ['#f2b45a', '#fff3e4'],
    ['#e2584a', '#f6d7b8'],
  ],
  pole: '#efe6da',
  gull: '#7d7f8a',
};

/** The beach by day: pale sand, a turquoise-and-cream sea under hazy sky, parasols and gulls. */
export const paintBeach: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    // Hazy summer sky: a soft blue high up that turns to warm cream at the horizon.
    ctx.fillStyle = linear(ctx, 0, 0, 0, HORIZON, [
      [0, '#a9cfd8'],
      [0.45, '#cfe2df'],
      [0.85, '#f4e8d8'],
      [1, '#fbefe0'],
    ]);
    ctx.fillRect(0, 0, 1920, HORIZON);
    glow(ctx, 1700, -80, 900, '#fffbee', 0.85); // the sun itself is out of frame, up to the right
    clouds(ctx);
    beachBelowSky(ctx, DAY);
    // Heat haze: the far water and land dissolve into the sky's cream.
    ctx.fillStyle = linear(ctx, 0, HORIZON - 60, 0, HORIZON + 60, [
      [0, rgba('#fbefe0', 0)],
      [0.5, rgba('#fbefe0', 0.55)],
      [1, rgba('#fbefe0', 0)],
    ]);
    ctx.fillRect(0, HORIZON - 60, 1920, 120);
    vignette(ctx, '#c98e68', 0.28);
    grain(ctx, 0.4);
  });

/** A few long thin summer clouds, just brighter streaks in the haze. */
function clouds(ctx: CanvasRenderingContext2D): void {
  for (const [x, y, w] of [
    [420, 150, 520],
    [1180, 110, 640],
    [1500, 260, 420],
    [160, 300, 360],
  ] as const) {
    ctx.save();
    ctx.translate(x, y);
    ctx.scale(1, 0.09); // a round glow squashed flat reads as a wisp of cloud
    glow(ctx, 0, 0, w / 2, '#ffffff', 0.7);
    ctx.restore();
  }
}
