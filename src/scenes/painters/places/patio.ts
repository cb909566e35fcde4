import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, seeded } from '../paint-kit';
import { grain, vignette } from '../film';
import { softFocus } from '../lens';
import { towerRow } from './skyline';
import { papers, table, wineGlass } from './p2-patio-table';
import { chair, diners, olive, valance } from './p2-patio-terrace';

const RAIL = 540;

/** Catherine's patio lunch at midday: white cloth, two glasses, the papers, towers in the glare. */
export const paintPatio: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    const rand = seeded(71);
    ctx.fillStyle = linear(ctx, 0, 0, 0, RAIL, [
      [0, '#cfdde4'],
      [0.6, '#eef0ea'],
      [1, '#faf1e2'],
    ]);
    ctx.fillRect(0, 0, 1920, RAIL);
    glow(ctx, 1300, 120, 800, '#fffdf6', 0.9); // noon glare, almost overhead
    // The city beyond the rail: far towers washed out by noon, near ones crisp with cool shade.
    towerRow(ctx, {
      seed: rand,
      baseY: RAIL,
      span: [-20, 1960],
      widths: [60, 130],
      heights: [140, 300],
      gap: 20,
      colors: ['#ece8e2', '#f3eee6', '#d6dbe0'],
    });
    towerRow(ctx, {
      seed: rand,
      baseY: RAIL,
      span: [-80, 1980],
      widths: [140, 240],
      heights: [260, 420],
      gap: 160,
      colors: ['#f4efe8', '#e8e2da', '#b9c6d0'],
      floors: { color: rgba('#9fb0bf', 0.3), every: 16 },
    });
    ctx.fillStyle = rgba('#fbf4ea', 0.3);
    ctx.fillRect(0, 0, 1920, RAIL);

    // The terrace: pale stone running to the glass rail, its steel top catching the sun.
    ctx.fillStyle = linear(ctx, 0, RAIL, 0, 1080, [
      [0, '#efe3cf'],
      [1, '#d9c2a2'],
    ]);
    ctx.fillRect(0, RAIL, 1920, 1080 - RAIL);
    ctx.strokeStyle = rgba('#b89c7a', 0.3);
    ctx.lineWidth = 2;
    for (let i = -10; i <= 10; i++) {
      ctx.beginPath();
      ctx.moveTo(960 + i * 120, RAIL + 60);
      ctx.lineTo(960 + i * 330, 1080);
      ctx.stroke();
    }
    ctx.fillStyle = rgba('#e6f0f2', 0.28);
    ctx.fillRect(0, RAIL - 70, 1920, 130);
    ctx.fillStyle = '#c9d2d8';
    ctx.fillRect(0, RAIL - 74, 1920, 7);
    ctx.fillStyle = '#fbfdfd';
    ctx.fillRect(0, RAIL - 74, 1920, 2);
    for (let x = 120; x < 1920; x += 360) ctx.fillRect(x, RAIL - 70, 3, 130);

    diners(ctx, 250, 600);
    olive(ctx, rand, 1740, 650);
    chair(ctx, 640, 500); // two empty chairs across the table: whoever sits, sits here
    chair(ctx, 1280, 500);
    table(ctx, 960, 660, 390, 76);
    papers(ctx, 640, 610, 1.3);
    wineGlass(ctx, 1130, 668, 1.15);
    wineGlass(ctx, 1235, 646, 1.05);
    // A bud vase with one coral bloom: the only warm colour on the table.
    ctx.fillStyle = rgba('#dfe8ea', 0.85);
    ctx.fillRect(1010, 572, 14, 64);
    ctx.fillStyle = '#e8604c';
    ctx.beginPath();
    ctx.arc(1017, 566, 12, 0, Math.PI * 2);
    ctx.fill();

    // The umbrella's shade: noon sun is nearly overhead, so the shade is a soft cool pool under
    // the table, multiplied so colours stay clear and painted small so its edge comes out soft.
    // The papers stay at its sunny rim.
    ctx.save();
    ctx.globalCompositeOperation = 'multiply';
    softFocus(ctx, 16, (c) => {
      c.fillStyle = '#bccadb';
      c.beginPath();
      c.ellipse(1080, 790, 760, 190, 0, 0, Math.PI * 2);
      c.fill();
    });
    ctx.restore();
    valance(ctx);
    vignette(ctx, '#8a8f9a', 0.3);
    grain(ctx, 0.4);
  });
