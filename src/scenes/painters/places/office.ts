import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, roundRect, seeded } from '../paint-kit';
import { grain, vignette } from '../film';
import { towerRow } from './skyline';
import { monitor } from './office-desk';

/** The letter office by day: warm glass cubicles, pale wood, a hazy tower view, a glowing letter. */
export const paintOffice: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    const rand = seeded(1);
    // Wall and ceiling: cream warming toward the floor, so the light feels like late morning.
    ctx.fillStyle = linear(ctx, 0, 0, 0, 1080, [
      [0, '#f6e6d6'],
      [0.6, '#efd2bb'],
      [1, '#e2b596'],
    ]);
    ctx.fillRect(0, 0, 1920, 1080);

    // The long window: sky, then two hazy rows of towers, nearer ones warmer.
    ctx.fillStyle = linear(ctx, 0, 70, 0, 560, [
      [0, '#f3cdb5'],
      [1, '#fbeadc'],
    ]);
    ctx.fillRect(0, 70, 1920, 490);
    glow(ctx, 1500, 170, 520, '#fff4e4', 0.9);
    const haze = { seed: rand, baseY: 560, span: [-40, 1960] as const, gap: 30 };
    towerRow(ctx, {
      ...haze,
      widths: [90, 170],
      heights: [250, 420],
      colors: ['#f1d9cb', '#f6e3d6', '#e9cbbb'],
    });
    towerRow(ctx, {
      ...haze,
      widths: [140, 260],
      heights: [150, 330],
      gap: 90,
      colors: ['#ebc4ae', '#f0d3c0', '#dcab93'],
      floors: { color: rgba('#c98f76', 0.35), every: 18 },
    });
    ctx.fillStyle = rgba('#fff3e6', 0.35); // atmosphere between glass and towers
    ctx.fillRect(0, 70, 1920, 490);

    // Pale wood mullions and sill frame the view into calm panels.
    ctx.fillStyle = '#dcb792';
    for (let x = 0; x <= 1920; x += 320) ctx.fillRect(x - 7, 70, 14, 490);
    ctx.fillRect(0, 60, 1920, 16);
    ctx.fillRect(0, 150, 1920, 6);
    ctx.fillStyle = linear(ctx, 0, 556, 0, 640, [
      [0, '#e7c6a3'],
      [1, '#c99873'],
    ]);
    ctx.fillRect(0, 556, 1920, 84);

    // Floor: pale planks running away from us; mostly under the dialogue box, so kept quiet.
    ctx.fillStyle = linear(ctx, 0, 640, 0, 1080, [
      [0, '#deb28c'],
      [1, '#c99470'],
    ]);
    ctx.fillRect(0, 640, 1920, 440);
    ctx.strokeStyle = rgba('#a8724f', 0.25);
    ctx.lineWidth = 2;
    for (let i = -12; i <= 12; i++) {
      ctx.beginPath();
      ctx.moveTo(960 + i * 60, 640);
      ctx.lineTo(960 + i * 260, 1080);
      ctx.stroke();
    }

    sunShafts(ctx);
    cubicle(ctx, 40, 330, 560, rand, '#e8604c');
    cubicle(ctx, 1440, 330, 440, rand, '#f08a6c');
    monitor(ctx);
    vignette(ctx, '#b5664a', 0.35);
    grain(ctx, 0.5);
  });

/** Diagonal daylight from the window, added on top so it brightens whatever it crosses. */
function sunShafts(ctx: CanvasRenderingContext2D): void {
  ctx.save();
  ctx.globalCompositeOperation = 'screen';
  for (const [x, w] of [
    [1250, 180],
    [1560, 120],
    [880, 90],
  ] as const) {
    ctx.fillStyle = linear(ctx, x, 80, x - 420, 900, [
      [0, rgba('#fff1dc', 0.4)],
      [1, rgba('#fff1dc', 0)],
    ]);
    ctx.beginPath();
    ctx.moveTo(x, 80);
    ctx.lineTo(x + w, 80);
    ctx.lineTo(x + w - 520, 1000);
    ctx.lineTo(x - 520, 1000);
    ctx.fill();
  }
  ctx.restore();
}

/** A glass cubicle: coral rail, pale wood base, a colleague and a chair softened behind glass. */
function cubicle(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  rand: () => number,
  accent: string,
): void {
  const h = 400;
  // Colleague first, so the glass washes over them.
  const px = x + w * (0.35 + rand() * 0.3);
  ctx.fillStyle = rgba(accent, 0.55);
  roundRect(ctx, px - 60, y + 170, 120, 150, 50);
  ctx.fill();
  ctx.fillStyle = '#6b3f33';
  ctx.beginPath();
  ctx.arc(px, y + 130, 40, 0, Math.PI * 2);
  ctx.fill();
  glow(ctx, px + 90, y + 200, 90, '#fff2d8', 0.6);
  ctx.fillStyle = rgba('#fff7ee', 0.7);
  roundRect(ctx, px + 55, y + 160, 80, 56, 6);
  ctx.fill();
  ctx.fillStyle = '#c9442f';
  roundRect(ctx, px - 80, y + 240, 160, 130, 30); // chair back, the room's coral accent
  ctx.fill();

  ctx.fillStyle = linear(ctx, x, y, x + w, y + h, [
    [0, rgba('#ffffff', 0.34)],
    [0.5, rgba('#fff4ea', 0.16)],
    [1, rgba('#ffffff', 0.3)],
  ]);
  ctx.fillRect(x, y, w, h);
  ctx.fillStyle = accent;
  ctx.fillRect(x, y, w, 10);
  ctx.fillStyle = rgba('#ffffff', 0.5);
  for (const f of [0.33, 0.66]) ctx.fillRect(x + w * f, y + 10, 4, h - 70);
  ctx.fillStyle = '#d3a47d';
  ctx.fillRect(x, y + h - 60, w, 60);
}
