import type { BackgroundPainter } from '../types';
import { inDesignSpace, linear, rgba, seeded } from '../paint-kit';
import { grain, vignette } from '../film';
import { towerRow } from './skyline';
import { pottedPlant, trailingPlant } from './p1-plants';
import { sleepingScreen, timelineScreen } from './p1-edit-suite';
import { indexCards, wideShotScreen } from './p1-edit-wide';
import { deskChair, editDesk } from './p1-edit-desk';
import { litLamp, wornSofa } from './p1-amy-furniture';

const FLOOR = 800;
const WIN = { x: 1520, y: 96, w: 370, h: 470 };

/** Amy's apartment late in the evening: three edit screens, a lamp, a worn sofa under the window. */
export const paintAmyApartment: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    const rand = seeded(26);
    // Ochre walls gone brown with the hour; the lamp and the screens will bring the colour back.
    ctx.fillStyle = linear(ctx, 0, 0, 0, FLOOR, [
      [0, '#62402a'],
      [0.55, '#a06c3c'],
      [1, '#b07842'],
    ]);
    ctx.fillRect(0, 0, 1920, FLOOR);
    duskWindow(ctx, rand);

    // Floor: dark boards and a faded coral rug the desk chair has worn a path into.
    ctx.fillStyle = linear(ctx, 0, FLOOR, 0, 1080, [
      [0, '#5a3a24'],
      [1, '#2e1c12'],
    ]);
    ctx.fillRect(0, FLOOR, 1920, 280);
    ctx.fillStyle = '#3a2416';
    ctx.fillRect(0, FLOOR - 14, 1920, 16); // skirting board
    ctx.fillStyle = rgba('#c2604a', 0.5);
    ctx.beginPath();
    ctx.moveTo(420, FLOOR + 40);
    ctx.lineTo(1500, FLOOR + 40);
    ctx.lineTo(1640, 1080);
    ctx.lineTo(280, 1080);
    ctx.fill();

    litLamp(ctx, 250, 300, FLOOR + 10);
    pottedPlant(ctx, seeded(261), {
      x: 96,
      floorY: FLOOR + 24,
      height: 600,
      spread: 0.75,
      leaves: ['#5d6e3e', '#73864c', '#4c5c34'],
      leafSize: 92,
      count: 12,
      pot: '#c9a27a',
    });

    // The edit wall: the film planned on cards, then the three screens over the desk.
    indexCards(ctx, rand, 470, 168, 3, 3);
    ctx.fillStyle = '#5a3a24';
    ctx.fillRect(1190, 262, 300, 14); // a shelf of books and a pothos above the wide shot
    const books = ['#c2604a', '#e0b23a', '#efe0c4', '#7a8f6a', '#b86d5e'];
    for (let i = 0; i < 7; i++) {
      ctx.fillStyle = books[i % books.length] ?? '#efe0c4';
      ctx.fillRect(1210 + i * 24, 262 - 60 - ((i * 37) % 20), 20, 60 + ((i * 37) % 20));
    }
    sleepingScreen(ctx, 750, 284, 420, 260);
    timelineScreen(ctx, rand, 460, 374, 260, 170);
    wideShotScreen(ctx, 1200, 374, 260, 170);
    trailingPlant(ctx, seeded(262), 1448, 262, 230, ['#6f8a58', '#87a068', '#5d7a4c']);
    editDesk(ctx, 330, 1500, 600, FLOOR);
    // Archive boxes of tape under the desk: thirty years of her mother, labelled by year.
    for (const [bx, by, bw, bh] of [
      [820, 700, 170, 96],
      [1000, 716, 150, 80],
      [838, 638, 140, 62],
    ] as const) {
      ctx.fillStyle = '#c99a62';
      ctx.fillRect(bx, by, bw, bh);
      ctx.fillStyle = rgba('#5a3a24', 0.3); // the side away from the lamp
      ctx.fillRect(bx + bw * 0.74, by, bw * 0.26, bh);
      ctx.fillStyle = '#f3e6cc';
      ctx.fillRect(bx + 18, by + 20, bw * 0.42, 24);
      ctx.fillStyle = rgba('#6a4538', 0.6);
      ctx.fillRect(bx + 24, by + 30, bw * 0.3, 3);
    }
    deskChair(ctx, 590, FLOOR + 34);
    wornSofa(ctx, 1490, 540, 440);

    vignette(ctx, '#1e0f08', 0.45);
    grain(ctx, 0.45);
  });

/** The window over the sofa: dusk, pale towers going lavender, their first windows lit. */
function duskWindow(ctx: CanvasRenderingContext2D, rand: () => number): void {
  const { x, y, w, h } = WIN;
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.fillStyle = linear(ctx, 0, y, 0, y + h, [
    [0, '#3c3a6a'],
    [0.6, '#8a5a78'],
    [1, '#e0906e'],
  ]);
  ctx.fillRect(x, y, w, h);
  towerRow(ctx, {
    seed: rand,
    baseY: y + h,
    span: [x - 20, x + w + 20],
    widths: [50, 110],
    heights: [180, 380],
    gap: 16,
    colors: ['#6a5a86', '#8a6a86', '#4e4470'],
    windows: { color: '#ffc98a', chance: 0.22, cell: 9 },
  });
  ctx.fillStyle = rgba('#e0906e', 0.18); // evening haze over the towers
  ctx.fillRect(x, y, w, h);
  ctx.restore();
  ctx.strokeStyle = '#3a2416';
  ctx.lineWidth = 16;
  ctx.strokeRect(x, y, w, h);
  ctx.lineWidth = 10;
  ctx.beginPath();
  ctx.moveTo(x + w / 2, y);
  ctx.lineTo(x + w / 2, y + h);
  ctx.stroke();
}
