import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, seeded } from '../paint-kit';
import { softFocus } from '../lens';
import { grain, vignette } from '../film';
import { bed, chair, vase } from './memory-furniture';

/** A memory of the first apartment: sun through sheer curtains, overexposed and out of focus. */
export const paintMemory: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    softFocus(ctx, 5, room);
    // Crisp light on top of the soft room: the sun and the dust are what the memory kept.
    glow(ctx, 960, 300, 620, '#fffaf0', 0.35, true);
    motes(ctx, seeded(5));
    ctx.fillStyle = rgba('#fff6ea', 0.14); // overexposure lifts every shadow
    ctx.fillRect(0, 0, 1920, 1080);
    vignette(ctx, '#d98a5f', 0.6);
    grain(ctx, 0.45);
  });

/** The room itself, painted sharp here and softened by the caller's upscale. */
function room(ctx: CanvasRenderingContext2D): void {
  ctx.fillStyle = linear(ctx, 0, 0, 0, 1080, [
    [0, '#f6dcc0'],
    [1, '#e9b994'],
  ]);
  ctx.fillRect(0, 0, 1920, 1080);
  // The window blazes; a tree outside survives only as pale gold shapes.
  ctx.fillStyle = linear(ctx, 0, 60, 0, 700, [
    [0, '#fffaf0'],
    [1, '#fff0d8'],
  ]);
  ctx.fillRect(580, 60, 760, 640);
  for (const [x, y, r] of [
    [720, 260, 150],
    [860, 170, 120],
    [1220, 330, 170],
  ] as const) {
    glow(ctx, x, y, r, '#e6cf92', 0.7);
  }
  ctx.fillStyle = '#fbeedd';
  ctx.fillRect(954, 60, 12, 640);
  ctx.fillRect(580, 370, 760, 10);
  ctx.fillStyle = '#e2bb98';
  ctx.fillRect(560, 696, 800, 26); // sill
  vase(ctx, 1130, 696);

  curtain(ctx, 520, 380, 1);
  curtain(ctx, 1020, 380, -1);
  ctx.fillStyle = '#c99a78';
  ctx.fillRect(480, 44, 960, 10); // rod

  // Sunlight falling through the gap onto the bed.
  ctx.save();
  ctx.globalCompositeOperation = 'screen';
  ctx.fillStyle = linear(ctx, 960, 100, 500, 1080, [
    [0, rgba('#fff4dc', 0.6)],
    [1, rgba('#fff4dc', 0)],
  ]);
  ctx.beginPath();
  ctx.moveTo(880, 120);
  ctx.lineTo(1080, 120);
  ctx.lineTo(760, 1080);
  ctx.lineTo(200, 1080);
  ctx.fill();
  ctx.restore();

  bed(ctx);
  chair(ctx, 1540);
}

/** A sheer curtain panel: soft folds as one banded gradient, its inner edge swaying inward. */
function curtain(ctx: CanvasRenderingContext2D, x: number, w: number, dir: 1 | -1): void {
  const stops: [number, string][] = [];
  for (let i = 0; i <= 10; i++)
    stops.push([i / 10, rgba(i % 2 ? '#fff3e6' : '#efc4a6', i % 2 ? 0.55 : 0.7)]);
  ctx.fillStyle = linear(ctx, x, 0, x + w, 0, stops);
  const inner = dir > 0 ? x + w : x;
  const outer = dir > 0 ? x : x + w;
  ctx.beginPath();
  ctx.moveTo(outer, 50);
  ctx.lineTo(inner, 50);
  ctx.quadraticCurveTo(inner + dir * 10, 500, inner - dir * 70, 900); // gathered toward the wall
  ctx.lineTo(outer - dir * 20, 900);
  ctx.closePath();
  ctx.fill();
}

/** Dust motes drifting in the sunbeam, each a tiny bright point with a halo. */
function motes(ctx: CanvasRenderingContext2D, rand: () => number): void {
  for (let i = 0; i < 50; i++) {
    const t = rand();
    const x = 880 - t * 420 + rand() * 260;
    const y = 140 + t * 640;
    glow(ctx, x, y, 3 + rand() * 7, '#fffdf4', 0.35 + rand() * 0.4, true);
  }
}
