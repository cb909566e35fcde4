/** The top of Theodore's building: the parapet they sit on, the stair hut, an antenna mast. */
import { glow, linear, rgba } from '../paint-kit';

/** The low parapet across the frame: a lit concrete coping, the wall face in shade, the roof below. */
export function parapet(ctx: CanvasRenderingContext2D, top: number, sunX: number): void {
  const face = top + 22;
  ctx.fillStyle = linear(ctx, 0, face, 0, 1080, [
    [0, '#6e5068'],
    [0.35, '#4e3a52'],
    [1, '#2e2236'],
  ]);
  ctx.fillRect(0, face, 1920, 1080 - face);
  // Cast-concrete panels: faint joints and the streaks years of rain leave under each.
  ctx.fillStyle = rgba('#2a1e2e', 0.35);
  for (let x = 120; x < 1920; x += 300) ctx.fillRect(x, face, 3, 130);
  ctx.fillStyle = rgba('#2a1e2e', 0.08);
  for (let x = 60; x < 1920; x += 170)
    ctx.fillRect(x + (x % 7) * 9, face + 4, 10, 50 + (x % 5) * 14);
  ctx.fillStyle = '#3a2a3e'; // the line where the wall meets the roof deck
  ctx.fillRect(0, face + 130, 1920, 6);
  // Last night's rain in shallow puddles on the deck, holding the pink of the sky.
  for (const [px, py, rx] of [
    [620, face + 190, 230],
    [1340, face + 250, 300],
  ] as const) {
    ctx.fillStyle = linear(ctx, 0, py - 18, 0, py + 18, [
      [0, rgba('#f2b49c', 0.55)],
      [1, rgba('#9a6a8e', 0.35)],
    ]);
    ctx.beginPath();
    ctx.ellipse(px, py, rx, 18, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  // The coping: its top catches the whole sky, its front lip a little of the sun.
  ctx.fillStyle = linear(ctx, 0, top, 0, face, [
    [0, '#e8b0a4'],
    [0.55, '#b88494'],
    [1, '#7a5672'],
  ]);
  ctx.fillRect(-10, top, 1940, face - top);
  ctx.save();
  ctx.translate(sunX, top + 4);
  ctx.scale(1, 0.04); // the sun laid along the coping, brightest straight below it
  glow(ctx, 0, 0, 800, '#ffd2a8', 0.3, true);
  ctx.restore();
}

/** The stair hut at the left: the door they came through, its caged bulb still on from the night. */
export function stairHut(
  ctx: CanvasRenderingContext2D,
  right: number,
  top: number,
  floor: number,
): void {
  ctx.fillStyle = linear(ctx, 0, top, 0, floor, [
    [0, '#5e4460'],
    [1, '#3a2a40'],
  ]);
  ctx.fillRect(-20, top, right + 20, floor - top);
  ctx.fillStyle = '#ffc6a6'; // dawn rim along its roof edge and its sunward corner
  ctx.fillRect(-20, top - 4, right + 30, 6);
  ctx.fillStyle = rgba('#ffc6a6', 0.6);
  ctx.fillRect(right - 4, top, 4, floor - top);
  const dx = right - 190;
  ctx.fillStyle = '#2c1f30';
  ctx.fillRect(dx, floor - 250, 120, 250);
  ctx.fillStyle = rgba('#ffffff', 0.08);
  ctx.fillRect(dx + 10, floor - 240, 100, 4); // the door's kick plate and top rail, barely lit
  ctx.fillRect(dx + 10, floor - 60, 100, 40);
  // The sign the story mentions; too small to read, and it doesn't matter any more.
  ctx.fillStyle = '#d9c8b8';
  ctx.fillRect(dx + 22, floor - 180, 76, 30);
  ctx.fillStyle = '#a23a30';
  ctx.fillRect(dx + 30, floor - 170, 60, 4);
  ctx.fillRect(dx + 30, floor - 162, 40, 4);
  glow(ctx, dx + 60, floor - 285, 110, '#ffc27a', 0.55, true);
  ctx.fillStyle = '#fff0cc';
  ctx.beginPath();
  ctx.arc(dx + 60, floor - 285, 8, 0, Math.PI * 2);
  ctx.fill();
}

/** A thin antenna mast braced with crossbars, its warning light still blinking red into the day. */
export function mast(ctx: CanvasRenderingContext2D, x: number, base: number, top: number): void {
  ctx.strokeStyle = '#4a3650';
  ctx.lineWidth = 6;
  ctx.beginPath();
  ctx.moveTo(x - 18, base);
  ctx.lineTo(x, top);
  ctx.lineTo(x + 18, base);
  ctx.stroke();
  ctx.lineWidth = 2;
  ctx.beginPath();
  for (let y = base - 40, k = 0; y > top + 40; y -= 46, k++) {
    const half = (18 * (y - top)) / (base - top);
    ctx.moveTo(x - half, y);
    ctx.lineTo(x + half, k % 2 ? y : y - 46); // a diagonal brace, then a level one, up the mast
  }
  ctx.stroke();
  ctx.fillStyle = rgba('#ffc6a6', 0.7);
  ctx.fillRect(x - 2, top, 2, base - top); // its sunward edge
  glow(ctx, x, top - 4, 40, '#ff5a4a', 0.7, true);
  ctx.fillStyle = '#ff8a7a';
  ctx.beginPath();
  ctx.arc(x, top - 4, 5, 0, Math.PI * 2);
  ctx.fill();
}
