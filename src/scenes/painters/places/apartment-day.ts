import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, seeded } from '../paint-kit';
import { softFocus } from '../lens';
import { grain, vignette } from '../film';
import { towerRow } from './skyline';
import { pottedPlant } from './p1-plants';
import { lampOff, sofa } from './p1-apartment-furniture';
import { ROOM } from './p1-room';

const { glassTop: TOP, glassBottom: BOTTOM } = ROOM;

/** Theodore's apartment by day: the same glass wall in pale morning light, a sofa, two plants. */
export const paintApartmentDay: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    // Seed 4 and the night painter's row settings: the same towers stand outside by day.
    const rand = seeded(4);
    softFocus(ctx, 3, (c) => {
      c.fillStyle = linear(c, 0, TOP, 0, BOTTOM, [
        [0, '#e4d6d8'],
        [0.55, '#f4e3d6'],
        [1, '#fbeee1'],
      ]);
      c.fillRect(0, 0, 1920, 1080);
      glow(c, 1560, 230, 760, '#fff7e8', 0.85);
      const pane = (color: string, cell: number, chance: number) => ({ color, cell, chance });
      towerRow(c, {
        seed: rand,
        baseY: BOTTOM,
        span: [-20, 1960],
        widths: [60, 130],
        heights: [260, 520],
        gap: 18,
        colors: ['#eee0d8', '#f3e6dd', '#dac6bd'],
        windows: pane('#c4a79c', 8, 0.18),
      });
      c.fillStyle = rgba('#fbf0e6', 0.35); // morning haze between the two rows
      c.fillRect(0, 0, 1920, BOTTOM);
      towerRow(c, {
        seed: rand,
        baseY: BOTTOM,
        span: [-60, 1980],
        widths: [140, 260],
        heights: [160, 430],
        gap: 120,
        colors: ['#e9d1c2', '#f1dccd', '#ccab9c'],
        floors: { color: rgba('#b99484', 0.28), every: 16 },
        windows: pane('#b58f80', 14, 0.25),
      });
    });

    // The glass: a faint sheen, brighter where the sun stands.
    ctx.fillStyle = linear(ctx, 0, 0, 1920, 1080, [
      [0, rgba('#ffffff', 0.08)],
      [0.5, rgba('#ffffff', 0)],
      [1, rgba('#ffffff', 0.1)],
    ]);
    ctx.fillRect(0, TOP, 1920, BOTTOM - TOP);

    // Frames in the same places as at night, warm grey now that we can see them.
    ctx.fillStyle = '#cdb6aa';
    ctx.fillRect(0, 0, 1920, TOP);
    ctx.fillStyle = '#7d6a68';
    for (const x of ROOM.mullions)
      ctx.fillRect(x - ROOM.mullionW / 2, TOP, ROOM.mullionW, BOTTOM - TOP);
    ctx.fillRect(0, TOP - 6, 1920, 10);
    ctx.fillStyle = '#a88e84';
    ctx.fillRect(0, BOTTOM, 1920, 20);

    // Floor: pale oak, and the window laid across it in slanting panes of sun.
    ctx.fillStyle = linear(ctx, 0, BOTTOM + 20, 0, 1080, [
      [0, '#dcbfa6'],
      [1, '#c79f83'],
    ]);
    ctx.fillRect(0, BOTTOM + 20, 1920, 1080);
    ctx.save();
    ctx.globalCompositeOperation = 'screen';
    for (let i = 0; i < 4; i++) {
      const x0 = ROOM.mullions[i] ?? 0;
      const x1 = ROOM.mullions[i + 1] ?? 1920;
      ctx.fillStyle = linear(ctx, 0, BOTTOM + 20, 0, 1080, [
        [0, rgba('#fff2dc', 0.5)],
        [1, rgba('#fff2dc', 0.12)],
      ]);
      ctx.beginPath();
      ctx.moveTo(x0 + 12, BOTTOM + 20);
      ctx.lineTo(x1 - 12, BOTTOM + 20);
      ctx.lineTo(x1 - 12 - 330, 1080);
      ctx.lineTo(x0 + 12 - 330, 1080);
      ctx.fill();
    }
    // Sunbeams in the air, where the stage's dust will drift.
    for (const [x, w] of [
      [1380, 160],
      [980, 110],
      [560, 70],
    ] as const) {
      ctx.fillStyle = linear(ctx, x, TOP, x - 500, 1000, [
        [0, rgba('#fff6e4', 0.3)],
        [1, rgba('#fff6e4', 0)],
      ]);
      ctx.beginPath();
      ctx.moveTo(x, TOP);
      ctx.lineTo(x + w, TOP);
      ctx.lineTo(x + w - 600, 1000);
      ctx.lineTo(x - 600, 1000);
      ctx.fill();
    }
    ctx.restore();

    lampOff(ctx, ROOM.lampX);
    ctx.fillStyle = rgba('#8a6a5c', 0.22); // the plants' shadows, thrown away from the sun
    for (const [x, y, r] of [
      [680, 902, 120],
      [1000, 892, 90],
    ] as const) {
      ctx.beginPath();
      ctx.ellipse(x, y, r, 12, 0, 0, Math.PI * 2);
      ctx.fill();
    }
    pottedPlant(ctx, seeded(41), {
      x: 760,
      floorY: 900,
      height: 560,
      spread: 0.7,
      leaves: ['#6f8a58', '#87a068', '#5d7a4c'],
      leafSize: 96,
      count: 13,
      pot: '#e9dccc',
    });
    pottedPlant(ctx, seeded(42), {
      x: 1060,
      floorY: 890,
      height: 340,
      spread: 1.1,
      leaves: ['#7f9a62', '#94ad74', '#6c8a55'],
      leafSize: 70,
      count: 10,
      pot: '#d9755a',
    });
    sofa(ctx, ROOM.sofaX);
    vignette(ctx, '#b07c62', 0.3);
    grain(ctx, 0.45);
  });
