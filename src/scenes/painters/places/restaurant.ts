import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, roundRect, seeded } from '../paint-kit';
import { grain, vignette } from '../film';
import { seated, type Sitter } from './p1-walkers';
import { softBox, squashedGlow } from './p3-lens';
import { neon } from './p3-neon';
import { banquette, cityWindow, pendant, SEAT_Y } from './p3-restaurant-room';
import { candle, tableForTwo } from './p3-dining';

const TABLE_TOP = 700;
// Couples along the banquette either side, their tables lit by their own candles.
const DINERS: readonly [number, string, Partial<Sitter>][] = [
  [150, '#4a2430', { hair: 'long', lean: 0.06 }],
  [345, '#5a2a30', { lean: -0.08 }],
  [1575, '#532838', { hair: 'bun', lean: 0.07 }],
  [1770, '#46222c', { lean: -0.05, crossed: true }],
];

/** The fusion restaurant at night: red walls, coral velvet, low brass lamps, the city outside. */
export const paintRestaurant: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    const rand = seeded(22);
    ctx.fillStyle = linear(ctx, 0, 0, 0, SEAT_Y, [
      [0, '#24100f'],
      [0.12, '#4a1c1c'],
      [0.6, '#6b2f2c'],
      [1, '#7e3630'],
    ]);
    ctx.fillRect(0, 0, 1920, SEAT_Y);
    ctx.fillStyle = rgba('#2a0f10', 0.35); // slatted wall panels, a little rhythm in the dark
    for (let x = 0; x < 1920; x += 46) ctx.fillRect(x, 90, 3, SEAT_Y - 90);
    ctx.fillStyle = '#1e0c0c';
    ctx.fillRect(0, 0, 1920, 84);
    // A warm cove light where ceiling meets wall: the room's one extravagance.
    ctx.fillStyle = linear(ctx, 0, 84, 0, 150, [
      [0, rgba('#ffb880', 0.45)],
      [1, rgba('#ffb880', 0)],
    ]);
    ctx.fillRect(0, 84, 1920, 66);
    ctx.fillStyle = '#ffcf9a';
    ctx.fillRect(0, 82, 1920, 3);

    cityWindow(ctx, rand);
    shelves(ctx, rand);
    const fish = new Path2D(); // the fusion sign: a koi, one line, in coral neon
    fish.moveTo(1400, 210);
    fish.bezierCurveTo(1440, 150, 1540, 158, 1580, 204);
    fish.bezierCurveTo(1540, 250, 1440, 262, 1400, 210);
    fish.moveTo(1580, 204);
    fish.lineTo(1626, 172);
    fish.lineTo(1618, 240);
    fish.closePath();
    fish.moveTo(1434, 204);
    fish.arc(1430, 204, 4, 0, Math.PI * 2);
    glow(ctx, 1510, 210, 260, '#ff7a5c', 0.18, true);
    neon(ctx, fish, '#ff7a5c', 3.5);

    banquette(ctx);
    // Out of focus behind our table: couples leaning in over their candles, one box each side.
    for (const [x0, cx] of [
      [0, 248],
      [1400, 1672],
    ] as const) {
      softBox(ctx, 3, { x: x0, y: 300, w: 520, h: 420 }, (c) => {
        glow(c, cx, 560, 260, '#ffb070', 0.25); // the candle's light on their faces and the wall
        for (const [x, coat, pose] of DINERS.filter(([x]) => Math.abs(x - cx) < 300)) {
          const sit = { lean: 0, hair: 'short', phone: false, crossed: false, ...pose } as const;
          seated(c, x + Math.sign(cx - x) * 4, SEAT_Y - 3, 280, '#c8604a', sit);
          seated(c, x, SEAT_Y, 280, coat, sit);
        }
        c.fillStyle = '#2e1210';
        roundRect(c, cx - 150, 596, 300, 16, 6);
        c.fill();
        for (const dx of [-70, 60]) {
          c.fillStyle = '#f4e6d8';
          c.beginPath();
          c.ellipse(cx + dx, 596, 30, 6, 0, 0, Math.PI * 2);
          c.fill();
        }
        candle(c, cx, 598, 26);
      });
    }

    // Floor: dark boards holding long warm reflections, nearly all under the dialogue box.
    ctx.fillStyle = linear(ctx, 0, 690, 0, 1080, [
      [0, '#3a1a18'],
      [1, '#180a0a'],
    ]);
    ctx.fillRect(0, 686, 1920, 394);
    for (const x of [248, 960, 1672]) squashedGlow(ctx, x, 760, 240, 0.18, 1, '#ffb070', 0.25);

    // Each side lamp washes the wall above it.
    for (const x of [248, 1672]) glow(ctx, x, 200, 300, '#ff9a60', 0.16);
    for (const [x, y, r] of [
      [248, 290, 34],
      [1672, 290, 34],
      [960, 430, 42],
    ] as const) {
      pendant(ctx, x, y, r);
    }
    tableForTwo(ctx, 960, TABLE_TOP, 1.25);

    // Right in front of the lens: a chair back and a glass, too near to be anything but shape.
    softBox(ctx, 8, { x: 0, y: 600, w: 480, h: 480 }, (c) => {
      c.fillStyle = '#140808';
      roundRect(c, -60, 760, 420, 420, 120);
      c.fill();
    });
    glow(ctx, 1700, 900, 130, '#ffb070', 0.4, true);
    vignette(ctx, '#140606', 0.6);
    grain(ctx, 0.45);
  });

/** A backlit bottle shelf on the left wall: amber glass in rows, the bar's own small skyline. */
function shelves(ctx: CanvasRenderingContext2D, rand: () => number): void {
  glow(ctx, 300, 300, 320, '#ffb060', 0.3);
  ctx.fillStyle = rgba('#ffc880', 0.18);
  roundRect(ctx, 90, 130, 420, 360, 14);
  ctx.fill();
  const tints = ['#d98a3a', '#b8502e', '#e8c070', '#7a3a2a', '#f0a060'];
  for (const y of [230, 350, 470]) {
    for (let x = 110; x < 490; x += 26 + rand() * 12) {
      const h = 50 + rand() * 40;
      ctx.fillStyle = rgba(tints[Math.floor(rand() * tints.length)] ?? '#d98a3a', 0.85);
      roundRect(ctx, x, y - h, 18, h, 6);
      ctx.fill();
      ctx.fillRect(x + 6, y - h - 16, 6, 18);
    }
    ctx.fillStyle = '#b8864e';
    ctx.fillRect(90, y, 420, 6);
  }
}
