import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, roundRect, seeded } from '../paint-kit';
import { softFocus } from '../lens';
import { grain, vignette } from '../film';
import { seated } from './p1-walkers';

// Three windows across the far side of the car; the middle one fills a phone's crop.
const WINDOWS = [
  [70, 560],
  [690, 1230],
  [1360, 1850],
] as const;
const WIN_Y = 190;
const WIN_H = 300;
const SEAT_Y = 700;

/** Inside a subway car by day: warm coral seats, daylight streaking past, quiet passengers. */
export const paintSubway: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    const rand = seeded(6);
    ctx.fillStyle = linear(ctx, 0, 0, 0, 1080, [
      [0, '#f1dfcc'],
      [0.55, '#e4c5ad'],
      [1, '#b88a74'],
    ]);
    ctx.fillRect(0, 0, 1920, 1080);

    // The view: daylight and the city smeared sideways by speed, clipped to the glass.
    const glass = new Path2D();
    for (const [x0, x1] of WINDOWS) glass.roundRect(x0, WIN_Y, x1 - x0, WIN_H, 34);
    ctx.save();
    ctx.clip(glass);
    softFocus(ctx, 6, (c) => streaks(c, rand));
    ctx.fillStyle = linear(ctx, 0, WIN_Y, 1920, WIN_Y + WIN_H, [
      [0, rgba('#ffffff', 0.1)],
      [0.5, rgba('#ffffff', 0)],
      [1, rgba('#ffffff', 0.12)],
    ]);
    ctx.fillRect(0, WIN_Y, 1920, WIN_H);
    ctx.restore();
    ctx.strokeStyle = '#9d7a6a'; // rubber seals round each window
    ctx.lineWidth = 10;
    ctx.stroke(glass);

    // Ceiling: a long light panel, the car's warm even light.
    ctx.fillStyle = '#d9bca6';
    ctx.fillRect(0, 0, 1920, 110);
    ctx.fillStyle = linear(ctx, 0, 20, 0, 80, [
      [0, '#fffaf0'],
      [1, '#ffe9d2'],
    ]);
    roundRect(ctx, 120, 24, 1680, 50, 25);
    ctx.fill();
    glow(ctx, 960, 60, 700, '#fff2de', 0.35);
    adPanels(ctx, rand);
    rail(ctx, rand);

    bench(ctx);
    sunPatches(ctx);
    // Passengers across the aisle, soft because the lens is focused near.
    softFocus(ctx, 4, (c) => {
      const pose = { lean: 0, hair: 'short', phone: false, crossed: false } as const;
      seated(c, 300, SEAT_Y + 10, 330, '#7a5558', { ...pose, hair: 'long', lean: -0.05 });
      seated(c, 880, SEAT_Y + 10, 310, '#66505e', { ...pose, phone: true });
      seated(c, 1600, SEAT_Y + 10, 340, '#8e5a4e', {
        ...pose,
        hair: 'bun',
        crossed: true,
        lean: 0.04,
      });
    });
    for (const x of [630, 1295]) pole(ctx, x);
    vignette(ctx, '#5a362c', 0.4);
    grain(ctx, 0.45);
  });

/** The city going by: pale sky, then long soft smears of tower, roof and sun, fading at both ends. */
function streaks(ctx: CanvasRenderingContext2D, rand: () => number): void {
  ctx.fillStyle = linear(ctx, 0, WIN_Y, 0, WIN_Y + WIN_H, [
    [0, '#fff6ea'],
    [0.4, '#f6dfcc'],
    [1, '#c99e8c'],
  ]);
  ctx.fillRect(0, WIN_Y, 1920, WIN_H);
  const colors = ['#d9b3a0', '#c48f7e', '#fff8ee', '#b58a80', '#e98d72'];
  for (let i = 0; i < 46; i++) {
    const y = WIN_Y + 110 + rand() * (WIN_H - 110);
    const x = rand() * 2100 - 200;
    const w = 300 + rand() * 900;
    const hex = colors[Math.floor(rand() * colors.length)] ?? '#ffffff';
    const a = 0.35 + rand() * 0.45;
    ctx.fillStyle = linear(ctx, x, 0, x + w, 0, [
      [0, rgba(hex, 0)],
      [0.3, rgba(hex, a)],
      [0.7, rgba(hex, a)],
      [1, rgba(hex, 0)],
    ]);
    ctx.fillRect(x, y, w, 4 + rand() * 16);
  }
}

/** The strip of adverts above the windows; one is white, the OS1 campaign again. */
function adPanels(ctx: CanvasRenderingContext2D, rand: () => number): void {
  const tints = ['#f2c9b2', '#e9d9c6', '#ffffff', '#f0b8a4', '#e8d2b0'];
  for (let x = 40, i = 0; x < 1880; x += 250, i++) {
    ctx.fillStyle = tints[(i + Math.floor(rand() * 2)) % tints.length] ?? '#ffffff';
    roundRect(ctx, x, 122, 220, 44, 6);
    ctx.fill();
  }
}

/** The overhead grab rail with its hanging loops, lit from the ceiling. */
function rail(ctx: CanvasRenderingContext2D, rand: () => number): void {
  ctx.fillStyle = '#c7a793';
  ctx.fillRect(0, 176, 1920, 8);
  ctx.strokeStyle = '#a97f6c';
  ctx.lineWidth = 5;
  for (let x = 90; x < 1920; x += 150 + rand() * 30) {
    const sway = (rand() - 0.5) * 10; // the car leans; the straps swing a little
    ctx.beginPath();
    ctx.moveTo(x, 184);
    ctx.lineTo(x + sway, 236);
    ctx.stroke();
    ctx.beginPath();
    ctx.ellipse(x + sway, 250, 12, 14, 0, 0, Math.PI * 2);
    ctx.stroke();
  }
}

/** The long bench: a coral cushion for each place, lit along the top, shadow beneath. */
function bench(ctx: CanvasRenderingContext2D): void {
  for (let x = 0; x < 1920; x += 160) {
    ctx.fillStyle = linear(ctx, 0, 540, 0, SEAT_Y, [
      [0, '#e5826a'],
      [1, '#c4573f'],
    ]);
    roundRect(ctx, x + 4, 536, 152, SEAT_Y - 520, 22);
    ctx.fill();
    ctx.fillStyle = rgba('#ffe2cf', 0.45);
    roundRect(ctx, x + 20, 542, 120, 6, 3);
    ctx.fill();
  }
  ctx.fillStyle = '#d86a4e';
  roundRect(ctx, -20, SEAT_Y, 1960, 46, 18);
  ctx.fill();
  ctx.fillStyle = rgba('#ffd9c4', 0.6);
  ctx.fillRect(0, SEAT_Y + 2, 1920, 4);
  ctx.fillStyle = '#6e4336';
  ctx.fillRect(0, SEAT_Y + 46, 1920, 1080);
}

/** Sun from the windows behind us, thrown across the far wall and seats in slanted panes. */
function sunPatches(ctx: CanvasRenderingContext2D): void {
  ctx.save();
  ctx.globalCompositeOperation = 'soft-light';
  ctx.fillStyle = rgba('#fff1d8', 0.4);
  for (const x of [150, 860, 1500]) {
    ctx.beginPath();
    ctx.moveTo(x, 500);
    ctx.lineTo(x + 380, 500);
    ctx.lineTo(x + 300, 760);
    ctx.lineTo(x - 80, 760);
    ctx.fill();
  }
  ctx.restore();
}

/** A vertical grab pole, a bright highlight down one side so it reads as steel. */
function pole(ctx: CanvasRenderingContext2D, x: number): void {
  ctx.fillStyle = linear(ctx, x - 12, 0, x + 12, 0, [
    [0, '#b7a196'],
    [0.35, '#fff8ee'],
    [1, '#8e766c'],
  ]);
  ctx.fillRect(x - 12, 110, 24, 970);
}
