import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, roundRect, seeded } from '../paint-kit';
import { grain, vignette } from '../film';
import { trainView, type Box } from './p2-train-view';

const GLASS: Box = { x: 330, y: 130, w: 1260, h: 490 };

/** The bullet train: a wide window seat, gold mountains racing past, the carriage warm inside. */
export const paintTrain: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    const rand = seeded(101);
    // The carriage wall: warm cream panels, brighter nearer the window's light.
    ctx.fillStyle = linear(ctx, 0, 0, 0, 1080, [
      [0, '#d9b894'],
      [0.5, '#ecd3b2'],
      [1, '#b98a68'],
    ]);
    ctx.fillRect(0, 0, 1920, 1080);
    glow(ctx, 960, 380, 1000, '#ffe6c0', 0.55);

    // The view, clipped to the rounded glass, with a sheen across it.
    ctx.save();
    roundRect(ctx, GLASS.x, GLASS.y, GLASS.w, GLASS.h, 70);
    ctx.clip();
    trainView(ctx, rand, GLASS);
    ctx.fillStyle = linear(ctx, GLASS.x, GLASS.y, GLASS.x + 500, GLASS.y + GLASS.h, [
      [0, rgba('#ffffff', 0.16)],
      [0.5, rgba('#ffffff', 0.03)],
      [1, rgba('#ffffff', 0)],
    ]);
    ctx.fillRect(GLASS.x, GLASS.y, GLASS.w, GLASS.h);
    ctx.restore();
    ctx.lineWidth = 26;
    ctx.strokeStyle = '#f3e2cc';
    roundRect(ctx, GLASS.x - 13, GLASS.y - 13, GLASS.w + 26, GLASS.h + 26, 82);
    ctx.stroke();
    ctx.lineWidth = 6;
    ctx.strokeStyle = '#8a6650';
    roundRect(ctx, GLASS.x - 1, GLASS.y - 1, GLASS.w + 2, GLASS.h + 2, 70);
    ctx.stroke();

    // Ceiling and luggage rack, then the sill and a fold-down table with a paper cup.
    ctx.fillStyle = linear(ctx, 0, 0, 0, 70, [
      [0, '#f6eadb'],
      [1, '#dcc2a4'],
    ]);
    ctx.fillRect(0, 0, 1920, 70);
    ctx.fillStyle = '#a4826a';
    ctx.fillRect(0, 70, 1920, 8);
    // The sill: a pale top face, then its rounded front edge in shadow.
    ctx.fillStyle = '#f3e3cc';
    ctx.fillRect(240, 644, 1440, 30);
    ctx.fillStyle = linear(ctx, 0, 674, 0, 704, [
      [0, '#c9a07c'],
      [1, '#a57a5a'],
    ]);
    ctx.fillRect(240, 674, 1440, 30);
    glow(ctx, 1000, 660, 420, '#ffd9a0', 0.35); // the sun laid along the sill
    sunPatch(ctx);
    cup(ctx, 1180, 664);
    seat(ctx, 120, 1);
    seat(ctx, 1800, -1);
    vignette(ctx, '#5a3624', 0.45);
    grain(ctx, 0.4);
  });

/** A paper cup of coffee on the sill, with a lid and a warm rim of light. */
function cup(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  ctx.fillStyle = '#fbf3e8';
  ctx.beginPath();
  ctx.moveTo(x - 26, y - 80);
  ctx.lineTo(x + 26, y - 80);
  ctx.lineTo(x + 20, y);
  ctx.lineTo(x - 20, y);
  ctx.fill();
  ctx.fillStyle = '#c9442f'; // a coral sleeve: Theodore's colour
  ctx.fillRect(x - 24, y - 56, 48, 26);
  ctx.fillStyle = '#3d2a22';
  roundRect(ctx, x - 30, y - 92, 60, 14, 6);
  ctx.fill();
  ctx.fillStyle = rgba('#fff3dc', 0.8);
  ctx.fillRect(x + 14, y - 78, 5, 74);
}

/** The window's light thrown down onto the lower wall, slanting away from the low sun. */
function sunPatch(ctx: CanvasRenderingContext2D): void {
  ctx.save();
  ctx.globalCompositeOperation = 'screen';
  ctx.fillStyle = linear(ctx, 0, 704, 0, 1080, [
    [0, rgba('#ffd49a', 0.35)],
    [1, rgba('#ffd49a', 0.05)],
  ]);
  ctx.beginPath();
  ctx.moveTo(420, 704);
  ctx.lineTo(1380, 704);
  ctx.lineTo(1060, 1080);
  ctx.lineTo(40, 1080);
  ctx.fill();
  ctx.restore();
}

/** A high-backed seat at the edge of the frame in coral fabric, its white headrest cover lit. */
function seat(ctx: CanvasRenderingContext2D, x: number, side: 1 | -1): void {
  const w = 320;
  const left = x - w / 2 - side * 30;
  // The back bulges toward us: a rounded slab shaded darker on the side away from the window.
  ctx.fillStyle = linear(ctx, left, 0, left + w, 0, [
    [0, side > 0 ? '#8f2f25' : '#dd6a50'],
    [0.6, '#c54d3a'],
    [1, side > 0 ? '#dd6a50' : '#8f2f25'],
  ]);
  roundRect(ctx, left, 250, w, 900, 110);
  ctx.fill();
  ctx.strokeStyle = rgba('#6e2018', 0.35); // stitched channels down the back
  ctx.lineWidth = 3;
  for (const f of [0.33, 0.66]) {
    ctx.beginPath();
    ctx.moveTo(left + w * f, 470);
    ctx.lineTo(left + w * f, 1080);
    ctx.stroke();
  }
  ctx.fillStyle = '#f7efe4';
  roundRect(ctx, left + 36, 276, w - 72, 170, 50);
  ctx.fill();
  ctx.fillStyle = rgba('#c9b39c', 0.5);
  ctx.fillRect(left + 36, 420, w - 72, 26); // the cover's shadowed hem
  ctx.fillStyle = rgba('#ffe0b0', 0.4);
  roundRect(ctx, side > 0 ? left + w - 22 : left + 6, 300, 16, 760, 8); // the window side's sun
  ctx.fill();
}
