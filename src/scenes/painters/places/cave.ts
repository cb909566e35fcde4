import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, seeded } from '../paint-kit';
import { bokeh } from '../lens';
import { grain, vignette } from '../film';
import { crystals, fungus, rock } from './p1-cave-flora';
import { ROOM } from './p1-room';

const CYAN = '#7ef0e0';
const PINK = '#f08ad8';
const LIME = '#b8f27a';
const LILAC = '#b9a0ff';

/** The hologram cave filling the living room: violet dark, glowing fungus, crystal, a faint room. */
export const paintCave: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    const rand = seeded(3);
    ctx.fillStyle = linear(ctx, 0, 0, 0, 1080, [
      [0, '#160c24'],
      [0.5, '#2e1c48'],
      [1, '#1a0f28'],
    ]);
    ctx.fillRect(0, 0, 1920, 1080);
    room(ctx, rand, 0.09);
    glow(ctx, 960, 430, 640, '#8a68d0', 0.6); // the far chamber, where the path leads

    // Rock in layers, each nearer and darker, opening onto the lit chamber in the middle.
    const far = rgba('#b9a0ff', 0.22);
    const near = rgba('#f08ad8', 0.2);
    rock(ctx, rand, [0, 300, 380, 330, 620, 470, 700, 620], [0, 620], '#261640', far);
    rock(ctx, rand, [1920, 280, 1520, 320, 1290, 460, 1220, 620], [1920, 620], '#261640', far);
    ctx.fillStyle = linear(ctx, 0, 580, 0, 1080, [
      [0, '#3b2452'],
      [1, '#1c102a'],
    ]);
    ctx.beginPath(); // the cave floor, rising gently to the chamber
    ctx.moveTo(0, 700);
    ctx.quadraticCurveTo(600, 600, 960, 600);
    ctx.quadraticCurveTo(1320, 600, 1920, 700);
    ctx.lineTo(1920, 1080);
    ctx.lineTo(0, 1080);
    ctx.fill();
    crystals(ctx, rand, 770, 610, 130, LILAC);
    crystals(ctx, rand, 1230, 604, 100, '#8fd0ff');
    fungus(ctx, rand, 1060, 612, 46, CYAN);
    fungus(ctx, rand, 880, 640, 34, LIME);
    // Nearer walls and the ceiling's drips close in, holding the brightest growth.
    const leftWall = [0, 140, 300, 200, 470, 380, 420, 560, 520, 700, 420, 900, 480, 1080];
    const rightWall = [
      1920, 120, 1640, 180, 1460, 360, 1500, 560, 1400, 720, 1480, 900, 1420, 1080,
    ];
    rock(ctx, rand, leftWall, [0, 1080], '#100919', near);
    rock(ctx, rand, rightWall, [1920, 1080], '#100919', near);
    const drips: number[] = [];
    for (let x = -40; x <= 1960; x += 34 + rand() * 40) {
      // Mostly a low ceiling line, now and then a long stalactite hanging into the dark.
      drips.push(x, (drips.length / 2) % 2 ? 40 + rand() * 50 : 80 + rand() ** 2 * 220);
    }
    rock(ctx, rand, drips, [1960, 0, -40, 0], '#0c0614', far);
    fungus(ctx, rand, 520, 700, 64, PINK);
    fungus(ctx, rand, 1410, 716, 66, LIME);
    fungus(ctx, rand, 330, 520, 44, CYAN);
    fungus(ctx, rand, 1600, 500, 48, PINK);
    crystals(ctx, rand, 200, 760, 120, PINK);
    crystals(ctx, rand, 1740, 740, 130, CYAN);
    bokeh(ctx, rand, 14, { x: 200, y: 200, w: 1520, h: 560 }, [CYAN, LILAC, PINK], 6, 18);

    // Hologram: fine scanlines, and the room's glass wall showing faintly through.
    ctx.fillStyle = rgba('#d8c8ff', 0.04);
    for (let y = 0; y < 1080; y += 6) ctx.fillRect(0, y, 1920, 2);
    room(ctx, rand, 0.05);
    vignette(ctx, '#07040c', 0.6);
    grain(ctx, 0.45);
  });

/** The living room behind the projection: mullions, the sill line, a few city lights. */
function room(ctx: CanvasRenderingContext2D, rand: () => number, alpha: number): void {
  ctx.strokeStyle = rgba('#c9b8ff', alpha);
  ctx.lineWidth = 3;
  ctx.beginPath();
  for (const x of ROOM.mullions) {
    ctx.moveTo(x, ROOM.glassTop);
    ctx.lineTo(x, ROOM.glassBottom);
  }
  ctx.moveTo(0, ROOM.glassTop);
  ctx.lineTo(1920, ROOM.glassTop);
  ctx.moveTo(0, ROOM.glassBottom);
  ctx.lineTo(1920, ROOM.glassBottom);
  ctx.stroke();
  for (let i = 0; i < 12; i++) {
    glow(ctx, rand() * 1920, 380 + rand() * 380, 10 + rand() * 16, '#ffb070', alpha * 2);
  }
}
