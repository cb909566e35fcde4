import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, seeded } from '../paint-kit';
import { bokeh } from '../lens';
import { grain, vignette } from '../film';
import { towerRow } from './skyline';
import { crowd } from './passersby';

const WARM_WINDOW = '#ffd59a';
const HORIZON = 720;

/** The plaza at dusk: pale towers blushing against a violet sky, walkways full of small people. */
export const paintPlazaNight: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    const rand = seeded(2);
    ctx.fillStyle = linear(ctx, 0, 0, 0, HORIZON, [
      [0, '#2b2445'],
      [0.35, '#54456c'],
      [0.65, '#b06a7e'],
      [0.85, '#f09a7c'],
      [1, '#f7c39a'],
    ]);
    ctx.fillRect(0, 0, 1920, 1080);
    glow(ctx, 960, HORIZON - 60, 760, '#ffc08f', 0.5); // the sun just gone, still warming the haze

    // Far towers sink into haze; nearer ones catch the last coral light on their faces.
    towerRow(ctx, {
      seed: rand,
      baseY: HORIZON,
      span: [-30, 1960],
      widths: [70, 130],
      heights: [150, 360],
      gap: 40,
      colors: ['#8c6a8e', '#c88a94', '#775c82'],
      windows: { color: WARM_WINDOW, chance: 0.06, cell: 8 },
    });
    haze(ctx, 300, 0.55);
    towerRow(ctx, {
      seed: rand,
      baseY: HORIZON,
      span: [360, 1560],
      widths: [110, 170],
      heights: [230, 450],
      gap: 170,
      colors: ['#eac8bd', '#c2939c', '#98728f'],
      floors: { color: rgba('#98728f', 0.3), every: 15 },
      windows: { color: WARM_WINDOW, chance: 0.2, cell: 11 },
    });
    haze(ctx, 480, 0.35);
    // Two tall pale towers frame the plaza and leave the middle open for figures.
    for (const [x, w] of [
      [-80, 400],
      [1600, 400],
    ] as const) {
      towerRow(ctx, {
        seed: rand,
        baseY: 780,
        span: [x, x + 1],
        widths: [w, w],
        heights: [960, 1000],
        colors: ['#d9b2b2', '#9a7089', '#7d6180'],
        floors: { color: rgba('#6f5475', 0.3), every: 26 },
        windows: { color: WARM_WINDOW, chance: 0.28, cell: 20 },
      });
    }

    walkway(ctx, rand, 560, 0.55);
    walkway(ctx, rand, 660, 1);

    // Plaza paving: pale stone holding the sky's colour, with pools of lamp light.
    ctx.fillStyle = linear(ctx, 0, HORIZON, 0, 1080, [
      [0, '#e2ad9c'],
      [0.15, '#c89ea2'],
      [1, '#6e5670'],
    ]);
    ctx.fillRect(0, HORIZON, 1920, 1080 - HORIZON);
    for (const x of [300, 820, 1320, 1700]) glow(ctx, x, 790, 240, '#ffc48f', 0.35);
    crowd(ctx, rand, 150, 1800, 830, 86, 16, ['#3d2f4f', '#4b3553', '#5a3a4c']);
    bokeh(
      ctx,
      rand,
      26,
      { x: 0, y: 520, w: 1920, h: 300 },
      ['#ffc98f', '#ff9f7a', '#ffe2b8'],
      10,
      36,
    );
    vignette(ctx, '#1f1830', 0.5);
    grain(ctx, 0.4);
  });

/** Atmospheric haze thickening toward the horizon, so each row of towers sits further back. */
function haze(ctx: CanvasRenderingContext2D, from: number, strength: number): void {
  ctx.fillStyle = linear(ctx, 0, from, 0, HORIZON, [
    [0, rgba('#f4a587', 0)],
    [1, rgba('#f4a587', strength)],
  ]);
  ctx.fillRect(0, from, 1920, HORIZON - from);
}

/** An elevated walkway: dark underside, lit deck, people behind a glowing glass balustrade. */
function walkway(ctx: CanvasRenderingContext2D, rand: () => number, y: number, near: number): void {
  const deck = 26 * near;
  ctx.fillStyle = rgba('#4a3757', 0.85);
  for (let x = 160 + rand() * 120; x < 1800; x += 420)
    ctx.fillRect(x, y + deck, 14 * near, 780 - y);
  crowd(ctx, rand, 40, 1880, y, 48 * near, Math.round(20 * near), [
    '#3a2c4a',
    '#54374f',
    '#2f2840',
  ]);
  // Glass: a pale wash over the people's legs, a bright handrail along its top.
  const rail = 24 * near;
  ctx.fillStyle = rgba('#ffe9d6', 0.22);
  ctx.fillRect(0, y - rail, 1920, rail);
  ctx.fillStyle = rgba('#ffdcae', 0.3);
  ctx.fillRect(0, y - rail - 4 * near, 1920, 10 * near);
  ctx.fillStyle = '#ffe4bd';
  ctx.fillRect(0, y - rail, 1920, 2.5 * near);
  ctx.fillStyle = linear(ctx, 0, y, 0, y + deck, [
    [0, '#e4bdb3'],
    [0.25, '#8b6883'],
    [1, '#4d3a5a'],
  ]);
  ctx.fillRect(0, y, 1920, deck);
}
