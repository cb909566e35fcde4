import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, seeded } from '../paint-kit';
import { grain, vignette } from '../film';
import { gull } from './p2-beach-props';
import { dawnClouds, dawnTowers, morningMoon } from './p2-dawn';
import { mast, parapet, stairHut } from './p2-roof';

const HORIZON = 500; // eye level: from this high up, most of the city stands below it
const LEDGE = 700; // the top of the parapet they sit on
const SUN = { x: 1110, y: HORIZON - 34, r: 50 };

/** The last image: the roof at first light, the pale city below in haze, a low ledge to sit on. */
export const paintRoofDawn: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    const rand = seeded(141);
    ctx.fillStyle = linear(ctx, 0, 0, 0, LEDGE, [
      [0, '#5f5b8c'],
      [0.3, '#a57aa0'],
      [0.5, '#e69a94'],
      [0.66, '#ffc49a'],
      [0.74, '#ffdcb4'],
      [1, '#f4bca6'],
    ]);
    ctx.fillRect(0, 0, 1920, LEDGE + 30);
    morningMoon(ctx, 790, 130, 24);
    glow(ctx, SUN.x, SUN.y, 1000, '#ffab84', 0.45);
    dawnClouds(ctx);
    ctx.save();
    ctx.translate(SUN.x, HORIZON);
    ctx.scale(1, 0.22); // first light running along the horizon both ways from the sun
    glow(ctx, 0, 0, 1300, '#ffd6a6', 0.6);
    ctx.restore();
    glow(ctx, SUN.x, SUN.y, 340, '#fff0cc', 0.95);
    ctx.fillStyle = '#fff6e0';
    ctx.beginPath();
    ctx.arc(SUN.x, SUN.y, SUN.r, 0, Math.PI * 2);
    ctx.fill();

    // Rows of towers, each nearer and taller than the last, their feet lost in the haze
    // between: looking down from this high, the city is layers of edges catching the light.
    const haze = (from: number, to: number, a: number) => {
      ctx.fillStyle = linear(ctx, 0, from, 0, to, [
        [0, rgba('#ffd9b8', 0)],
        [1, rgba('#ffd9b8', a)],
      ]);
      ctx.fillRect(0, from, 1920, LEDGE - from);
    };
    const rows = [
      [HORIZON + 40, [26, 60], [40, 150], 6, ['#dcaab2', '#f0c4b4', '#f2c8b6'], '#ffe6cc', 0],
      [HORIZON + 120, [44, 90], [70, 190], 24, ['#c495a8', '#e2b4b0', '#dcaab0'], '#ffd8bc', 0.01],
      [LEDGE + 20, [80, 150], [130, 270], 90, ['#9e7898', '#c89caa', '#bc88a0'], '#ffc6a4', 0.025],
    ] as const;
    for (const [baseY, widths, heights, gap, colors, rim, lit] of rows) {
      const floors = baseY > LEDGE ? 14 : undefined;
      dawnTowers(ctx, {
        seed: rand,
        sunX: SUN.x,
        baseY,
        span: [-40, 1960],
        widths,
        heights,
        gap,
        colors,
        rim,
        lit,
        floors,
      });
      haze(baseY - heights[1] * 0.6, baseY, 0.9);
    }
    for (const [x, w, h] of [
      [250, 200, 560],
      [1500, 220, 500],
    ] as const) {
      dawnTowers(ctx, {
        seed: rand,
        sunX: SUN.x,
        baseY: LEDGE + 20,
        span: [x, x + 1],
        widths: [w, w],
        heights: [h, h],
        gap: 0,
        colors: ['#74587a', '#9a7290', '#a2708a'],
        rim: '#ffb898',
        lit: 0.05,
        floors: 18,
      });
    }
    haze(LEDGE - 120, LEDGE, 0.35);
    for (const [x, y, s] of [
      [820, 300, 26],
      [860, 322, 18],
      [1380, 250, 22],
      [620, 380, 16],
    ] as const) {
      gull(ctx, x, y, s, '#5a4060');
    }

    parapet(ctx, LEDGE, SUN.x);
    stairHut(ctx, 260, 420, 860);
    mast(ctx, 1790, 860, 330);
    vignette(ctx, '#3a2440', 0.4);
    grain(ctx, 0.4);
  });
