/** The first apartment's few belongings, as the memory keeps them: a bed, a chair, a vase. */
import { glow, rgba, roundRect } from '../paint-kit';

/** The unmade bed: pale headboard, two pillows, a duvet thrown back. */
export function bed(ctx: CanvasRenderingContext2D): void {
  ctx.fillStyle = '#dcb08c';
  roundRect(ctx, -60, 560, 720, 220, 40);
  ctx.fill();
  ctx.fillStyle = '#fff8f0';
  roundRect(ctx, 20, 640, 270, 110, 50);
  ctx.fill();
  roundRect(ctx, 320, 650, 270, 100, 50);
  ctx.fill();
  ctx.fillStyle = '#f7e6d8';
  ctx.beginPath();
  ctx.moveTo(-60, 1080);
  ctx.lineTo(-60, 760);
  ctx.bezierCurveTo(120, 720, 260, 800, 420, 760);
  ctx.bezierCurveTo(560, 730, 640, 760, 760, 800);
  ctx.lineTo(820, 1080);
  ctx.fill();
  ctx.strokeStyle = rgba('#dcae90', 0.45);
  ctx.lineWidth = 6;
  ctx.beginPath();
  ctx.moveTo(200, 1080);
  ctx.quadraticCurveTo(260, 900, 420, 820);
  ctx.stroke();
}

/** A wooden chair with her coral cardigan over its back: the one strong colour, hers. */
export function chair(ctx: CanvasRenderingContext2D, x: number): void {
  ctx.fillStyle = '#c48e68';
  for (const px of [x, x + 200]) ctx.fillRect(px, 500, 18, 420);
  ctx.fillRect(x, 500, 218, 28);
  ctx.fillRect(x - 20, 720, 258, 26);
  ctx.fillStyle = '#e07a62';
  ctx.beginPath();
  ctx.moveTo(x - 14, 496);
  ctx.quadraticCurveTo(x + 110, 470, x + 232, 496);
  ctx.lineTo(x + 220, 640);
  ctx.quadraticCurveTo(x + 110, 600, x + 10, 660);
  ctx.closePath();
  ctx.fill();
  ctx.fillRect(x + 170, 560, 44, 200); // a sleeve hanging down
}

/** A small vase on the sill with three stems, soft against the glare. */
export function vase(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  ctx.strokeStyle = '#b89a6a';
  ctx.lineWidth = 5;
  for (const [dx, h] of [
    [-20, 150],
    [0, 190],
    [24, 130],
  ] as const) {
    ctx.beginPath();
    ctx.moveTo(x, y - 40);
    ctx.quadraticCurveTo(x + dx * 0.3, y - h * 0.6, x + dx, y - h);
    ctx.stroke();
    glow(ctx, x + dx, y - h, 26, '#f08a6c', 0.9);
  }
  ctx.fillStyle = '#e8b48e';
  roundRect(ctx, x - 24, y - 60, 48, 60, 16);
  ctx.fill();
}
