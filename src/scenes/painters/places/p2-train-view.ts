/** What the bullet train's window shows: gold sky, snow-capped ranges, near hills smeared by speed. */
import { glow, linear, rgba } from '../paint-kit';

/** A box in design space. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Paints `paint` into `box` at 1/`fx` width and 1/`fy` height, then stretches it back: the
 * more `fx` exceeds `fy`, the more everything smears sideways, like scenery seen at speed.
 */
function streak(
  ctx: CanvasRenderingContext2D,
  box: Box,
  fx: number,
  fy: number,
  paint: (c: CanvasRenderingContext2D) => void,
): void {
  const small = document.createElement('canvas');
  small.width = Math.ceil(box.w / fx);
  small.height = Math.ceil(box.h / fy);
  const s = small.getContext('2d');
  if (!s) return;
  s.scale(1 / fx, 1 / fy);
  s.translate(-box.x, -box.y);
  paint(s);
  ctx.save();
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'low';
  ctx.drawImage(small, box.x, box.y, box.w, box.h);
  ctx.restore();
}

/** A mountain range: alternating seeded peaks and saddles, filled down to `floor`. */
function ridge(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  box: Box,
  top: number,
  rise: number,
  step: number,
  floor: number,
): [number, number][] {
  const pts: [number, number][] = [];
  let peak = true;
  for (let x = box.x - step; x <= box.x + box.w + step; x += step * (0.5 + rand() * 0.6)) {
    // Peaks reach up to `top`; the saddles between them sag by up to `rise`.
    pts.push([x, peak ? top + rand() * rise * 0.5 : top + rise * (0.6 + rand() * 0.4)]);
    peak = !peak;
  }
  ctx.beginPath();
  ctx.moveTo(box.x - step, floor);
  for (const [x, y] of pts) ctx.lineTo(x, y);
  ctx.lineTo(box.x + box.w + step, floor);
  return pts;
}

/** The whole view through the window, painted inside `box`. */
export function trainView(ctx: CanvasRenderingContext2D, rand: () => number, box: Box): void {
  const { x, y, w, h } = box;
  const floor = y + h;
  ctx.fillStyle = linear(ctx, 0, y, 0, floor, [
    [0, '#f0c987'],
    [0.55, '#fbe3b4'],
    [1, '#fff0d4'],
  ]);
  ctx.fillRect(x, y, w, h);
  glow(ctx, x + w * 0.78, y + h * 0.42, 520, '#fff6dc', 0.9); // the low sun, off to the right
  // Far snowy range: gold where the sun strikes, each peak's shadowed left flank in lavender,
  // and snow above a ragged snowline.
  ctx.fillStyle = '#dcc2c4'; // a paler range further off, for depth
  ridge(ctx, rand, box, y + h * 0.2, h * 0.22, 120, floor);
  ctx.fill();
  ctx.save();
  ctx.fillStyle = '#ecbd8c';
  const pts = ridge(ctx, rand, box, y + h * 0.12, h * 0.34, 190, floor);
  ctx.fill();
  ctx.clip();
  ctx.fillStyle = '#b29ab6';
  ctx.beginPath();
  for (let i = 2; i < pts.length; i += 2) {
    const [px, py] = pts[i] ?? [0, 0];
    const [vx, vy] = pts[i - 1] ?? [0, 0];
    ctx.moveTo(px, py);
    ctx.lineTo(vx, vy);
    ctx.lineTo(vx + (px - vx) * 0.2, floor);
    ctx.lineTo(px + 20, floor);
  }
  ctx.fill();
  ctx.fillStyle = rgba('#fff6ea', 0.94);
  ctx.beginPath();
  ctx.moveTo(x, y);
  for (let sx = x; sx <= x + w; sx += 24) ctx.lineTo(sx, y + h * 0.24 + rand() * 30);
  ctx.lineTo(x + w, y);
  ctx.fill();
  ctx.restore();
  ctx.fillStyle = linear(ctx, 0, y + h * 0.3, 0, y + h * 0.62, [
    [0, rgba('#fbe3b4', 0)],
    [1, rgba('#fbe3b4', 0.6)],
  ]); // haze pooling in the valleys between the ranges
  ctx.fillRect(x, y + h * 0.3, w, h * 0.7);
  // Mid hills, moving a little: golden slopes, lightly smeared.
  streak(ctx, box, 10, 3, (c) => {
    c.fillStyle = '#d69a5c';
    ridge(c, rand, box, y + h * 0.52, h * 0.14, 140, floor);
    c.fill();
    c.fillStyle = '#b77a4c';
    ridge(c, rand, box, y + h * 0.68, h * 0.1, 110, floor);
    c.fill();
  });
  // The embankment and its masts rushing past: only streaks of colour survive.
  streak(ctx, box, 40, 4, (c) => {
    c.fillStyle = '#7a5038';
    ridge(c, rand, box, y + h * 0.8, h * 0.06, 60, floor);
    c.fill();
    for (let mx = x + 200; mx < x + w; mx += 420 + rand() * 200) {
      c.fillStyle = rgba('#4a3028', 0.45);
      c.fillRect(mx, y + h * 0.1, 14, h);
    }
  });
  // Overhead wires barely move at speed: they stay sharp while everything below them smears.
  ctx.strokeStyle = rgba('#5a3a2c', 0.55);
  ctx.lineWidth = 2;
  for (const [y0, sag] of [
    [y + h * 0.08, 20],
    [y + h * 0.13, 14],
  ] as const) {
    ctx.beginPath();
    ctx.moveTo(x, y0);
    ctx.quadraticCurveTo(x + w / 2, y0 + sag, x + w, y0);
    ctx.stroke();
  }
}
