import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, seeded } from '../paint-kit';
import { grain, vignette } from '../film';
import { towerRow } from './skyline';
import { bench, lampPost, roundTree, type Foliage } from './p2-park';

const EDGE = 590; // the roof's far edge, where the lawn meets the glass rail
const LEAVES: Foliage = {
  shade: '#5c7a52',
  mid: '#7f9a5c',
  lit: '#b4bf6a',
  trunk: '#6a5040',
  sunSide: -1,
};

/** The rooftop park in late-afternoon gold: a lawn of round trees walled in by pale towers. */
export const paintRooftopPark: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    const rand = seeded(81);
    ctx.fillStyle = linear(ctx, 0, 0, 0, EDGE, [
      [0, '#a9b6d2'],
      [0.55, '#e9cfb6'],
      [1, '#f8c493'],
    ]);
    ctx.fillRect(0, 0, 1920, EDGE);
    // Far towers soft in haze; the near ones wall the park in, sunlit on their left faces.
    towerRow(ctx, {
      seed: rand,
      baseY: EDGE,
      span: [200, 1800],
      widths: [80, 150],
      heights: [300, 500],
      gap: 24,
      colors: ['#e4c3b6', '#ecd0bf', '#bca9bb'],
    });
    ctx.fillStyle = rgba('#f6d6b8', 0.4); // haze puts the far row behind the near ones
    ctx.fillRect(0, 0, 1920, EDGE);
    towerRow(ctx, {
      seed: rand,
      baseY: EDGE,
      span: [400, 1560],
      widths: [130, 210],
      heights: [330, 470],
      gap: 70,
      colors: ['#f2d8c2', '#dcbaa8', '#b8a7bc'],
      floors: { color: rgba('#a48ea6', 0.25), every: 18 },
      windows: { color: '#fff1d6', chance: 0.08, cell: 14 },
    });
    for (const [x, w, h, top] of [
      [-40, 330, 1000, '#f1d2b4'],
      [300, 190, 640, '#ecd0bc'],
      [1420, 200, 700, '#ebcdbb'],
      [1600, 360, 1000, '#f0cfb2'],
    ] as const) {
      towerRow(ctx, {
        seed: rand,
        baseY: EDGE + 10,
        span: [x, x + 1],
        widths: [w, w],
        heights: [h, h],
        colors: [top, '#d9b7a6', '#b3a0b6'],
        floors: { color: rgba('#a48ea6', 0.28), every: 22 },
        windows: { color: '#fff1d6', chance: 0.12, cell: 18 },
      });
    }
    // Evening: the street canyons below fill with cool shade while the tops still hold the sun.
    ctx.save();
    ctx.globalCompositeOperation = 'multiply';
    ctx.fillStyle = linear(ctx, 0, 200, 0, EDGE, [
      [0, '#ffffff'],
      [1, '#cbb6cc'],
    ]);
    ctx.fillRect(0, 200, 1920, EDGE - 200);
    ctx.restore();
    glow(ctx, 80, 160, 900, '#ffcf94', 0.6); // the sun, low on the left behind the towers
    stringLights(ctx);

    // The glass rail at the roof's edge, then the lawn, brighter where the sun reaches.
    ctx.fillStyle = rgba('#eef3f0', 0.3);
    ctx.fillRect(0, EDGE - 54, 1920, 54);
    ctx.fillStyle = '#f6e6d2';
    ctx.fillRect(0, EDGE - 56, 1920, 4);
    ctx.fillStyle = linear(ctx, 0, EDGE, 0, 1080, [
      [0, '#93a46a'],
      [0.4, '#758a58'],
      [1, '#556a4c'],
    ]);
    ctx.fillRect(0, EDGE, 1920, 1080 - EDGE);
    ctx.fillStyle = '#557347'; // a clipped hedge along the rail
    ctx.beginPath();
    for (let x = -20; x < 1940; x += 46) ctx.ellipse(x, EDGE + 4, 30, 16, 0, Math.PI, 0);
    ctx.fillRect(-20, EDGE, 1960, 14);
    ctx.fill();
    glow(ctx, 1000, 640, 560, '#ecd489', 0.3); // last sun lying on the grass
    // A pale stone path winding from our feet toward the far rail.
    ctx.fillStyle = '#ead8bf';
    ctx.beginPath();
    ctx.moveTo(760, 1080);
    ctx.bezierCurveTo(900, 860, 1240, 760, 1000, EDGE);
    ctx.lineTo(1060, EDGE);
    ctx.bezierCurveTo(1380, 760, 1140, 880, 1140, 1080);
    ctx.fill();

    // Trees back to front, each casting a long shadow away from the low sun.
    for (const [x, y, h] of [
      [980, 600, 150],
      [700, 612, 250],
      [1250, 616, 270],
      [420, 650, 330],
      [1530, 660, 340],
    ] as const) {
      ctx.save();
      ctx.translate(x + h * 0.9, y + 4);
      ctx.scale(1, 0.1);
      glow(ctx, 0, 0, h, '#2f4a34', 0.5);
      ctx.restore();
      roundTree(ctx, rand, x, y, h, LEAVES);
    }
    lampPost(ctx, 560, 700, 220);
    lampPost(ctx, 1390, 700, 220);
    bench(ctx, 880, 690, 220, '#b07a52', '#3e3a40');
    bench(ctx, 1200, 740, 240, '#b07a52', '#3e3a40');
    vignette(ctx, '#5a4a5a', 0.35);
    grain(ctx, 0.4);
  });

/** A string of bulbs looped between the towers, the park's own small lights coming on. */
function stringLights(ctx: CanvasRenderingContext2D): void {
  ctx.strokeStyle = rgba('#4a3f48', 0.6);
  ctx.lineWidth = 2;
  for (const [x0, x1, y, sag] of [[290, 1630, 280, 150]] as const) {
    ctx.beginPath();
    ctx.moveTo(x0, y);
    ctx.quadraticCurveTo((x0 + x1) / 2, y + sag * 2, x1, y);
    ctx.stroke();
    for (let t = 0.04; t < 1; t += 0.045) {
      // A point on the same curve: the bulbs hang where the wire does.
      const x = x0 + (x1 - x0) * t;
      const by = y + sag * 4 * t * (1 - t) + 6;
      glow(ctx, x, by, 22, '#ffd08a', 0.6, true);
      ctx.fillStyle = '#fff2d2';
      ctx.beginPath();
      ctx.arc(x, by, 4, 0, Math.PI * 2);
      ctx.fill();
    }
  }
}
