import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, seeded } from '../paint-kit';
import { grain, vignette } from '../film';
import { snowyPine, type PineLook } from './p2-snow-pine';
import { hamletCabin, type CabinLook } from './p2-hamlet';
import { snowField, winterValley } from './p2-snow-land';
import { fence, lantern, path } from './p2-snow-props';

const HORIZON = 470;
const FIELD = 560; // where the hamlet's open snow begins
const NEAR: PineLook = {
  shade: '#3b5260',
  lit: '#5f7c7c',
  snowShade: '#bfcadb',
  snow: '#f8f9fb',
  trunk: '#4a3a3c',
  sunSide: -1,
};
const MID: PineLook = {
  shade: '#6a7f90',
  lit: '#8ca0a4',
  snowShade: '#ced6e2',
  snow: '#f5f7fa',
  trunk: '#6a5a5c',
  sunSide: -1,
};
const CABINS: CabinLook = {
  wall: '#8a6a5c',
  wallShade: '#5c4a52',
  snow: '#f8f9fb',
  snowShade: '#cdd6e4',
  lamp: '#ffc572',
};

/** The hamlet in the snow: pale pines to the edge of the sky, a few lit cabins, one trodden path. */
export const paintSnowForest: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    const rand = seeded(121);
    // A white winter sky, warming toward the horizon where the low sun sits behind the haze.
    ctx.fillStyle = linear(ctx, 0, 0, 0, FIELD, [
      [0, '#a2b2c8'],
      [0.5, '#d9dbe4'],
      [1, '#f5e1d2'],
    ]);
    ctx.fillRect(0, 0, 1920, FIELD);
    glow(ctx, 620, 250, 600, '#ffeedb', 0.8);
    glow(ctx, 620, 250, 60, '#fffaf2', 0.7);
    winterValley(ctx, rand, HORIZON, FIELD);
    snowField(ctx, FIELD);
    ctx.save();
    ctx.translate(760, 640);
    ctx.scale(1, 0.35);
    glow(ctx, 0, 0, 620, '#ffe6cf', 0.35); // low sun warming the open snow
    ctx.restore();
    for (const [x, y, h] of [
      [520, 620, 170],
      [585, 640, 120],
      [1350, 612, 190],
      [1420, 636, 140],
      [700, 578, 90],
      [1230, 572, 100],
    ] as const) {
      snowyPine(ctx, rand, x, y, h, MID);
    }
    for (const [x, y, w, smoke] of [
      [1180, 600, 92, true],
      [760, 606, 110, false],
      [940, 640, 170, true],
      [1100, 668, 120, false],
    ] as const) {
      hamletCabin(ctx, x, y, w, CABINS, smoke);
    }
    path(ctx);
    fence(ctx);
    lantern(ctx, 880, 760);
    for (const [x, y, h] of [
      [380, 980, 700],
      [1560, 990, 760],
      [110, 1040, 1000],
      [1830, 1060, 1080],
    ] as const) {
      snowyPine(ctx, rand, x, y, h, NEAR);
    }
    vignette(ctx, '#4a5670', 0.3);
    grain(ctx, 0.4);
  });
