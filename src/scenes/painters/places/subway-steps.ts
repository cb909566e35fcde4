import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, seeded } from '../paint-kit';
import { bokeh } from '../lens';
import { grain, vignette } from '../film';
import { towerRow } from './skyline';
import { hurrying, walker } from './p1-walkers';
import { stairwell, TOP, wallX } from './p1-stairwell';

const COATS = ['#2c1f2e', '#3b2737', '#4a2c36', '#5a2f32', '#33263a'] as const;

/** The subway steps at dusk: we look up the stairs to the street, commuters streaming past. */
export const paintSubwaySteps: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    const rand = seeded(10);
    // The street beyond the top of the stairs: evening sky, towers, lights coming on.
    ctx.fillStyle = linear(ctx, 0, 0, 0, TOP.y1, [
      [0, '#3a2f55'],
      [0.45, '#8d5a7c'],
      [0.8, '#ee946f'],
      [1, '#f8c08e'],
    ]);
    ctx.fillRect(TOP.x0 - 10, 0, TOP.x1 - TOP.x0 + 20, TOP.y1 + 10);
    towerRow(ctx, {
      seed: rand,
      baseY: TOP.y1,
      span: [TOP.x0 - 60, TOP.x1 + 60],
      widths: [60, 120],
      heights: [120, 280],
      gap: 10,
      colors: ['#6a4a6e', '#8a5a74', '#4e3a5c'],
      windows: { color: '#ffd59a', chance: 0.3, cell: 9 },
    });
    glow(ctx, 960, TOP.y1, 420, '#ffb98a', 0.45, true); // the street's glow spilling down the steps
    bokeh(
      ctx,
      rand,
      16,
      { x: TOP.x0, y: 140, w: TOP.x1 - TOP.x0, h: 260 },
      ['#ffc98f', '#ff9f7a'],
      8,
      26,
    );

    stairwell(ctx, rand);

    // Commuters, far to near: up on the right, down on the left, smaller toward the street.
    for (let i = 0; i < 30; i++) {
      const d = (i / 30) ** 1.2 * 0.8; // 0 at the street, 1 at our feet
      const footY = TOP.y1 + 8 + d * 560 + rand() * 24;
      const [l, r] = wallX(footY);
      const span = r - l;
      const up = rand() < 0.5;
      const x = l + span * (up ? 0.52 + rand() * 0.38 : 0.1 + rand() * 0.38);
      const h = span * 0.2;
      const color = COATS[Math.floor(rand() * COATS.length)] ?? '#2c1f2e';
      const stride = rand() * 1.6 - 0.8;
      const rim = rgba('#ffb990', 0.7 - d * 0.5); // the street's light along heads and shoulders
      walker(ctx, x, footY - Math.max(1.5, h * 0.012), h, rim, stride);
      hurrying(ctx, x, footY, h, color, stride, 0, up ? -h * 0.05 : h * 0.05);
    }
    vignette(ctx, '#1c1220', 0.55);
    grain(ctx, 0.45);
  });
