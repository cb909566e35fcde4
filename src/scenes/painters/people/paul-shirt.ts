/** Paul's shirt: the marigold floral print, its shading, the collar and the buttons. */
import { shaded } from './figure-kit';
import { PAUL } from './paul-head';

/** Fills a piece of shirt with the pattern: coral flowers and teal dots on marigold. */
export function fabric(ctx: CanvasRenderingContext2D, path: Path2D, x0: number, x1: number): void {
  ctx.save();
  ctx.fillStyle = PAUL.shirt;
  ctx.fill(path);
  ctx.clip(path);
  for (let row = 0; row < 22; row++) {
    for (let col = 0; col < 14; col++) {
      const x = col * 52 + (row % 2) * 26;
      const y = 440 + row * 34;
      if ((row + col) % 2) {
        ctx.fillStyle = '#2f8f83';
        ctx.beginPath();
        ctx.arc(x, y, 4, 0, Math.PI * 2);
        ctx.fill();
        continue;
      }
      ctx.fillStyle = '#e8604c';
      for (let k = 0; k < 4; k++) {
        ctx.beginPath();
        ctx.arc(x + Math.cos(k * 1.57) * 7, y + Math.sin(k * 1.57) * 7, 6, 0, Math.PI * 2);
        ctx.fill();
      }
      ctx.fillStyle = '#fff1cf';
      ctx.beginPath();
      ctx.arc(x, y, 3.5, 0, Math.PI * 2);
      ctx.fill();
    }
  }
  ctx.restore();
  shaded(ctx, path, 'rgba(0,0,0,0)', PAUL.shirtShadow, x0, x1, 0.6);
}

/** Pointed collar flaps and a button placket, the shapes that say "shirt". */
export function collar(ctx: CanvasRenderingContext2D, sY: number): void {
  ctx.fillStyle = '#f8d27a';
  for (const d of [-1, 1]) {
    ctx.beginPath();
    ctx.moveTo(320 + d * 58, sY - 50);
    ctx.lineTo(320 + d * 6, sY + 74);
    ctx.lineTo(320 + d * 58, sY + 46);
    ctx.lineTo(320 + d * 100, sY - 22);
    ctx.closePath();
    ctx.fill();
  }
  ctx.fillStyle = '#fff1cf';
  for (let y = sY + 120; y < 1010; y += 92) {
    ctx.beginPath();
    ctx.arc(326, y, 6, 0, Math.PI * 2);
    ctx.fill();
  }
}
