import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, roundRect, seeded } from '../paint-kit';
import { bokeh, softFocus } from '../lens';
import { grain, vignette } from '../film';
import { towerRow } from './skyline';

const GLASS = { top: 50, bottom: 800 };

/** Theodore's apartment at night: a wall of glass full of city bokeh, one warm lamp, little else. */
export const paintApartmentNight: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    const rand = seeded(4);
    // The city is painted small and scaled up: out of focus, because the focus is the room.
    softFocus(ctx, 3, (c) => {
      // Night sky: ink blue, warming near the horizon where the city's light collects.
      c.fillStyle = linear(c, 0, GLASS.top, 0, GLASS.bottom, [
        [0, '#0f1430'],
        [0.55, '#252a52'],
        [1, '#5a3f63'],
      ]);
      c.fillRect(0, 0, 1920, 1080);
      glow(c, 1100, 760, 900, '#c86f6a', 0.35);

      towerRow(c, {
        seed: rand,
        baseY: GLASS.bottom,
        span: [-20, 1960],
        widths: [60, 130],
        heights: [260, 520],
        gap: 18,
        colors: ['#242a4e', '#3a3560', '#1c2144'],
        windows: { color: '#ffc98a', chance: 0.18, cell: 8 },
      });
      towerRow(c, {
        seed: rand,
        baseY: GLASS.bottom,
        span: [-60, 1980],
        widths: [140, 260],
        heights: [160, 430],
        gap: 120,
        colors: ['#161b3a', '#201f40', '#10142e'],
        windows: { color: '#ffb77a', chance: 0.25, cell: 14 },
      });
    });
    // Street lights and windows blown into discs by the lens.
    bokeh(
      ctx,
      rand,
      46,
      { x: -40, y: 330, w: 2000, h: 480 },
      ['#ffb070', '#ff8a6b', '#ffd9a0', '#ffc48a'],
      14,
      56,
    );
    bokeh(ctx, rand, 5, { x: 0, y: 300, w: 1920, h: 400 }, ['#9fb4ff'], 16, 34);

    // Glass: a faint sheen and the lamp reflected in it, so we know the window is there.
    ctx.fillStyle = linear(ctx, 0, 0, 1920, 1080, [
      [0, rgba('#ffffff', 0.05)],
      [0.5, rgba('#ffffff', 0)],
      [1, rgba('#ffffff', 0.04)],
    ]);
    ctx.fillRect(0, GLASS.top, 1920, GLASS.bottom - GLASS.top);
    glow(ctx, 420, 380, 140, '#ffc68a', 0.22);

    // Mullions and the ceiling edge, dark against the city.
    ctx.fillStyle = '#0b0e22';
    ctx.fillRect(0, 0, 1920, GLASS.top);
    for (const x of [0, 480, 960, 1440, 1920])
      ctx.fillRect(x - 9, GLASS.top, 18, GLASS.bottom - GLASS.top);
    ctx.fillStyle = '#141733';
    ctx.fillRect(0, GLASS.bottom, 1920, 20);

    // Floor: dark boards holding the city's colour in long soft reflections.
    ctx.fillStyle = linear(ctx, 0, GLASS.bottom, 0, 1080, [
      [0, '#1f1f3a'],
      [1, '#0d0f20'],
    ]);
    ctx.fillRect(0, GLASS.bottom + 20, 1920, 1080);
    for (let i = 0; i < 16; i++) {
      // Each reflection is a glow squeezed thin: soft on every side, like light on waxed wood.
      ctx.save();
      ctx.translate(rand() * 1920, GLASS.bottom + 24);
      ctx.scale(0.05 + rand() * 0.08, 1);
      glow(ctx, 0, 0, 260, rand() < 0.7 ? '#ff9f78' : '#ffd2a0', 0.3);
      ctx.restore();
    }

    lamp(ctx, 250);
    sofa(ctx, 1180);
    vignette(ctx, '#05060f', 0.6);
    grain(ctx, 0.5);
  });

/** A tall floor lamp: thin stem, a glowing paper shade and the warm pool it throws. */
function lamp(ctx: CanvasRenderingContext2D, x: number): void {
  glow(ctx, x, 470, 460, '#ffb878', 0.35);
  glow(ctx, x, 900, 260, '#ffb878', 0.25);
  ctx.fillStyle = '#2a1f2a';
  ctx.fillRect(x - 4, 520, 8, 380);
  ctx.beginPath();
  ctx.ellipse(x, 902, 60, 12, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = linear(ctx, 0, 400, 0, 530, [
    [0, '#ffe6c2'],
    [1, '#ffb97d'],
  ]);
  ctx.beginPath();
  ctx.moveTo(x - 55, 400);
  ctx.lineTo(x + 55, 400);
  ctx.lineTo(x + 85, 530);
  ctx.lineTo(x - 85, 530);
  ctx.fill();
  glow(ctx, x, 470, 120, '#fff1dc', 0.5, true);
}

/** The back of a low sofa facing the view, its cushions rimmed by city light: one person lives here. */
function sofa(ctx: CanvasRenderingContext2D, x: number): void {
  ctx.fillStyle = '#14152e';
  roundRect(ctx, x, 770, 660, 200, 30);
  ctx.fill();
  for (const cx of [x + 170, x + 490]) {
    ctx.beginPath();
    ctx.ellipse(cx, 772, 150, 34, 0, Math.PI, 0);
    ctx.fill();
  }
  ctx.strokeStyle = rgba('#ffb68a', 0.4);
  ctx.lineWidth = 3;
  for (const cx of [x + 170, x + 490]) {
    ctx.beginPath();
    ctx.ellipse(cx, 772, 150, 34, 0, Math.PI * 1.1, Math.PI * 1.9);
    ctx.stroke();
  }
}
