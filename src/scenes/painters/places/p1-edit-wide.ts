/** The rest of Amy's edit wall: the wide shot of the porch, and the film planned on index cards. */
import { glow, linear, rgba, roundRect } from '../paint-kit';
import { bezel } from './p1-edit-suite';

/** The third monitor: the wide shot, her mother stretched on the glider and a cat on her feet. */
export function wideShotScreen(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  bezel(ctx, x, y, w, h, '#ffd9a0');
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.fillStyle = linear(ctx, x, y, x + w, y, [
    [0, '#e6d6b8'],
    [0.55, '#d8c48c'],
    [1, '#9aa064'],
  ]);
  ctx.fillRect(x, y, w, h);
  glow(ctx, x + w * 0.85, y + h * 0.3, w * 0.45, '#fff2c0', 0.7); // the garden past the rail
  ctx.fillStyle = '#a88a66'; // porch boards
  ctx.fillRect(x, y + h * 0.8, w, h * 0.2);
  ctx.fillStyle = '#7a6a58'; // the glider's frame and legs
  ctx.fillRect(x + w * 0.1, y + h * 0.42, w * 0.8, h * 0.05);
  ctx.fillRect(x + w * 0.12, y + h * 0.62, w * 0.05, h * 0.2);
  ctx.fillRect(x + w * 0.83, y + h * 0.62, w * 0.05, h * 0.2);
  ctx.fillStyle = '#efe3cf';
  roundRect(ctx, x + w * 0.1, y + h * 0.55, w * 0.8, h * 0.1, h * 0.04);
  ctx.fill();
  // Her, lying along it: head on the left cushion, the cardigan, legs toward the cat.
  ctx.fillStyle = '#b86d5e';
  roundRect(ctx, x + w * 0.22, y + h * 0.47, w * 0.34, h * 0.1, h * 0.05);
  ctx.fill();
  ctx.fillStyle = '#8d7c6e';
  roundRect(ctx, x + w * 0.52, y + h * 0.49, w * 0.28, h * 0.07, h * 0.035);
  ctx.fill();
  ctx.fillStyle = '#c9beb6';
  ctx.beginPath();
  ctx.arc(x + w * 0.17, y + h * 0.5, h * 0.065, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#e8b89c';
  ctx.beginPath();
  ctx.arc(x + w * 0.19, y + h * 0.51, h * 0.05, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#4a3f3a'; // the cat, curled, ears up
  ctx.beginPath();
  ctx.ellipse(x + w * 0.76, y + h * 0.47, w * 0.06, h * 0.05, 0, 0, Math.PI * 2);
  ctx.moveTo(x + w * 0.8, y + h * 0.44);
  ctx.lineTo(x + w * 0.815, y + h * 0.39);
  ctx.lineTo(x + w * 0.83, y + h * 0.45);
  ctx.fill();
  ctx.restore();
  glow(ctx, x + w * 0.3, y + h * 0.3, w * 0.4, '#ffffff', 0.06, true);
}

/** Index cards pinned in columns: a documentary is planned as a wall of scenes on cards. */
export function indexCards(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  x: number,
  y: number,
  cols: number,
  rows: number,
): void {
  const colors = ['#f6ecd6', '#f3dc94', '#f2b8a2', '#bcd3d6', '#f6ecd6'];
  for (let c = 0; c < cols; c++) {
    // Columns run to different lengths: some sequences are worked out, some are not yet.
    const n = rows - Math.floor(rand() * 2);
    for (let r = 0; r < n; r++) {
      ctx.save();
      ctx.translate(x + c * 78 + rand() * 6, y + r * 50 + rand() * 5);
      ctx.rotate((rand() - 0.5) * 0.12);
      ctx.fillStyle = rgba('#3a2418', 0.25);
      ctx.fillRect(3, 4, 64, 40);
      ctx.fillStyle = colors[Math.floor(rand() * colors.length)] ?? '#f6ecd6';
      ctx.fillRect(0, 0, 64, 40);
      ctx.fillStyle = rgba('#6a4538', 0.45);
      for (let l = 0; l < 3; l++) ctx.fillRect(8, 10 + l * 9, 20 + rand() * 30, 2.5);
      ctx.fillStyle = '#d9553f';
      ctx.beginPath();
      ctx.arc(32, 5, 3.5, 0, Math.PI * 2);
      ctx.fill();
      ctx.restore();
    }
  }
}
