import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, seeded } from '../paint-kit';
import { grain, vignette } from '../film';
import { towerRow } from './skyline';
import { pottedPlant } from './p1-plants';
import { fern } from './p1-fern';
import { beanbag, duct, pendant, steelWindows } from './p1-studio';
import { gamepad, pinboard } from './p1-studio-board';
import { houseplantScreen, planScreen, wiltScreen } from './p1-studio-screens';

const TOP = 70;
const SILL = 600;
const FLOOR = 650;
const DESK = 600;

/** Amy's game studio by day: factory windows on pale towers, her game on the screens, a fern. */
export const paintAmyOffice: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    const rand = seeded(27);
    // Outside: a warm pale sky and two rows of towers fading into the afternoon haze.
    ctx.fillStyle = linear(ctx, 0, TOP, 0, SILL, [
      [0, '#f0d4a6'],
      [1, '#f9ebd2'],
    ]);
    ctx.fillRect(0, TOP, 1920, SILL - TOP);
    glow(ctx, 1480, 180, 560, '#fff6e2', 0.9);
    const haze = { seed: rand, baseY: SILL, span: [-40, 1960] as const };
    towerRow(ctx, {
      ...haze,
      widths: [80, 150],
      heights: [260, 440],
      gap: 26,
      colors: ['#e4d0b0', '#ecdcc2', '#d0b896'],
    });
    towerRow(ctx, {
      ...haze,
      widths: [150, 260],
      heights: [120, 300],
      gap: 110,
      colors: ['#dcc19a', '#e6d0ae', '#c3a47a'],
      floors: { color: rgba('#b89a72', 0.3), every: 18 },
    });
    ctx.fillStyle = rgba('#fbf1e2', 0.22);
    ctx.fillRect(0, TOP, 1920, SILL - TOP);
    steelWindows(ctx, TOP, SILL);

    // Ceiling, sill and a pale wood floor: a converted loft, so everything is a bit too big.
    ctx.fillStyle = '#d8c6a4';
    ctx.fillRect(0, 0, 1920, TOP - 8);
    duct(ctx, 34, 22);
    ctx.fillStyle = linear(ctx, 0, SILL, 0, FLOOR, [
      [0, '#c7ac82'],
      [1, '#a88a62'],
    ]);
    ctx.fillRect(0, SILL, 1920, FLOOR - SILL);
    ctx.fillStyle = linear(ctx, 0, FLOOR, 0, 1080, [
      [0, '#dcc29a'],
      [1, '#c2a176'],
    ]);
    ctx.fillRect(0, FLOOR, 1920, 1080 - FLOOR);
    sunOnFloor(ctx);

    pendant(ctx, 560, 150, '#e2725b');
    pendant(ctx, 1360, 150, '#e0b23a');
    pinboard(ctx, rand, 80, 250, 330, 300, FLOOR + 120);
    beanbag(ctx, 300, 880, 280, '#e2725b');

    // The long shared desk with Amy's three screens, a gamepad and the fern that sat for its portrait.
    ctx.fillStyle = '#6a5440';
    for (const lx of [470, 1650]) ctx.fillRect(lx, DESK, 16, FLOOR + 110 - DESK);
    houseplantScreen(ctx, rand, 750, 300, 420, 250);
    wiltScreen(ctx, rand, 470, 400, 250, 150);
    planScreen(ctx, 1200, 400, 250, 150);
    ctx.fillStyle = linear(ctx, 0, DESK - 6, 0, DESK + 24, [
      [0, '#efdcbc'],
      [1, '#c4a57c'],
    ]);
    ctx.fillRect(440, DESK - 6, 1260, 30);
    gamepad(ctx, 1060, DESK - 14);
    fern(ctx, rand, {
      x: 1580,
      floorY: DESK - 6,
      size: 150,
      fronds: 11,
      green: '#5d8a48',
      pot: '#efe3cf',
    });
    pottedPlant(ctx, seeded(271), {
      x: 1810,
      floorY: FLOOR + 170,
      height: 620,
      spread: 0.45,
      leaves: ['#5d7a4c', '#6f8a58', '#4c6a3c'],
      leafSize: 110,
      count: 10,
      pot: '#e2725b',
    });
    beanbag(ctx, 1600, 900, 240, '#e0b23a');
    vignette(ctx, '#8a6a44', 0.3);
    grain(ctx, 0.45);
  });

/** The tall panes laid across the floor as slanting patches of sun, and beams in the air. */
function sunOnFloor(ctx: CanvasRenderingContext2D): void {
  ctx.save();
  ctx.globalCompositeOperation = 'screen';
  ctx.fillStyle = linear(ctx, 0, FLOOR, 0, 1080, [
    [0, rgba('#fff2d6', 0.34)],
    [1, rgba('#fff2d6', 0.04)],
  ]);
  for (let x = 0; x < 1920; x += 240) {
    ctx.beginPath();
    ctx.moveTo(x + 14, FLOOR);
    ctx.lineTo(x + 226, FLOOR);
    ctx.lineTo(x + 226 - 300, 1080);
    ctx.lineTo(x + 14 - 300, 1080);
    ctx.fill();
  }
  for (const [x, w] of [
    [1320, 170],
    [860, 100],
  ] as const) {
    ctx.fillStyle = linear(ctx, x, TOP, x - 480, 1000, [
      [0, rgba('#fff6e4', 0.28)],
      [1, rgba('#fff6e4', 0)],
    ]);
    ctx.beginPath();
    ctx.moveTo(x, TOP);
    ctx.lineTo(x + w, TOP);
    ctx.lineTo(x + w - 560, 1000);
    ctx.lineTo(x - 560, 1000);
    ctx.fill();
  }
  ctx.restore();
}
