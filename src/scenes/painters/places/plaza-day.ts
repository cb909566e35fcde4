import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, seeded } from '../paint-kit';
import { grain, vignette } from '../film';
import { towerRow } from './skyline';
import { crowd } from './passersby';
import { adScreen } from './p1-ad-screen';

const HORIZON = 660;
// Clothes in the film's warm city palette: coral, red, mustard, a few quiet browns.
const CLOTHES = ['#c4503d', '#e2725b', '#8a4a3f', '#d99a4e', '#6b4a44', '#b86a5a'] as const;

/** The plaza by day: pale towers in a warm haze, walkways, and the OS1 ad glowing white. */
export const paintPlazaDay: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    const rand = seeded(12);
    ctx.fillStyle = linear(ctx, 0, 0, 0, HORIZON, [
      [0, '#e2dcda'],
      [0.5, '#f1e4da'],
      [1, '#f9e0cb'],
    ]);
    ctx.fillRect(0, 0, 1920, HORIZON);
    glow(ctx, 1560, 100, 440, '#fffaf0', 0.8); // a high sun, bleached by haze

    towerRow(ctx, {
      seed: rand,
      baseY: HORIZON,
      span: [-30, 1960],
      widths: [70, 140],
      heights: [200, 420],
      gap: 30,
      colors: ['#efe2da', '#f3e4d8', '#dccbc3'],
      floors: { color: rgba('#c9aea2', 0.25), every: 12 },
    });
    haze(ctx, 160, 0.6);
    towerRow(ctx, {
      seed: rand,
      baseY: HORIZON,
      span: [300, 1620],
      widths: [120, 190],
      heights: [260, 480],
      gap: 150,
      colors: ['#f3e0d3', '#e8cbbb', '#c9a797'],
      floors: { color: rgba('#b48d7d', 0.35), every: 16 },
    });
    haze(ctx, 360, 0.4);
    adScreen(ctx, 640, 70, 640, 340);
    // Two tall pale towers frame the plaza, lit on their sunward faces.
    for (const [x, w] of [
      [-80, 400],
      [1600, 400],
    ] as const) {
      towerRow(ctx, {
        seed: rand,
        baseY: 720,
        span: [x, x + 1],
        widths: [w, w],
        heights: [960, 1000],
        colors: ['#f4e2d6', '#e2c4b4', '#c29f92'],
        floors: { color: rgba('#a88273', 0.3), every: 26 },
      });
    }
    walkway(ctx, rand, 500, 0.55);
    walkway(ctx, rand, 600, 1);

    // Paving: pale stone, brightest in the middle where the ad's light falls on it.
    ctx.fillStyle = linear(ctx, 0, HORIZON, 0, 1080, [
      [0, '#f6e6da'],
      [0.2, '#e6c7b3'],
      [1, '#b98f7e'],
    ]);
    ctx.fillRect(0, HORIZON, 1920, 1080 - HORIZON);
    crowd(ctx, rand, 300, 1620, 716, 96, 9, CLOTHES);
    crowd(ctx, rand, 60, 1860, 790, 136, 11, CLOTHES);
    vignette(ctx, '#b9836a', 0.3);
    grain(ctx, 0.4);
  });

/** Warm haze thickening toward the horizon, so each row of towers sits further back. */
function haze(ctx: CanvasRenderingContext2D, from: number, strength: number): void {
  ctx.fillStyle = linear(ctx, 0, from, 0, HORIZON, [
    [0, rgba('#fbe9dc', 0)],
    [1, rgba('#fbe9dc', strength)],
  ]);
  ctx.fillRect(0, from, 1920, HORIZON - from);
}

/** An elevated walkway by day: pale deck, a shaded underside, people behind clear glass. */
function walkway(ctx: CanvasRenderingContext2D, rand: () => number, y: number, near: number): void {
  const deck = 26 * near;
  ctx.fillStyle = rgba('#b89c94', 0.9);
  for (let x = 160 + rand() * 120; x < 1800; x += 420)
    ctx.fillRect(x, y + deck, 14 * near, HORIZON + 40 - y);
  crowd(ctx, rand, 40, 1880, y, 48 * near, Math.round(22 * near), CLOTHES);
  const rail = 24 * near;
  ctx.fillStyle = rgba('#ffffff', 0.3);
  ctx.fillRect(0, y - rail, 1920, rail);
  ctx.fillStyle = '#fffaf2';
  ctx.fillRect(0, y - rail, 1920, 3 * near);
  ctx.fillStyle = linear(ctx, 0, y, 0, y + deck, [
    [0, '#fbeee4'],
    [0.3, '#d9bcb0'],
    [1, '#a98a84'],
  ]);
  ctx.fillRect(0, y, 1920, deck);
}
