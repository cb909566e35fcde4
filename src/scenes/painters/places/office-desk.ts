/** Theodore's desk in the letter office: the monitor with a letter on it, and his coral lamp. */
import { glow, linear, rgba, roundRect, seeded } from '../paint-kit';
import { handwriting } from './handwriting';

/** Theodore's monitor, glowing cream with a letter in red-brown handwriting. */
export function monitor(ctx: CanvasRenderingContext2D): void {
  const x = 960;
  const y = 360;
  glow(ctx, x + 180, y + 130, 330, '#ffe9c9', 0.55);
  ctx.fillStyle = '#b98a6a';
  ctx.fillRect(x + 170, y + 250, 20, 70); // stand
  ctx.fillStyle = '#c99a76';
  roundRect(ctx, x - 10, y - 10, 380, 270, 16);
  ctx.fill();
  ctx.fillStyle = linear(ctx, x, y, x, y + 250, [
    [0, '#fffaf1'],
    [1, '#fbead6'],
  ]);
  roundRect(ctx, x, y, 360, 250, 10);
  ctx.fill();
  handwriting(ctx, seeded(612), x + 36, y + 44, 284, 9, 22, rgba('#9b3b2c', 0.85));
  // The desk edge, coral lamp and warm pool: Theodore's corner of the room.
  ctx.fillStyle = linear(ctx, 0, 670, 0, 720, [
    [0, '#e6c09b'],
    [1, '#c38e68'],
  ]);
  ctx.fillRect(740, 670, 820, 50);
  deskLamp(ctx, 1460, 672);
}

/** An architect's lamp in coral, its shade tipped toward the desk and lit from inside. */
function deskLamp(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  glow(ctx, x - 90, y - 50, 170, '#ffcf9e', 0.55);
  ctx.strokeStyle = '#d9553f';
  ctx.lineWidth = 8;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  ctx.moveTo(x, y - 4);
  ctx.lineTo(x + 44, y - 100);
  ctx.lineTo(x - 30, y - 150);
  ctx.stroke();
  ctx.fillStyle = '#c9442f';
  ctx.beginPath();
  ctx.ellipse(x, y, 42, 10, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.save();
  ctx.translate(x - 30, y - 150);
  ctx.rotate(0.55);
  ctx.fillStyle = '#e8604c';
  ctx.beginPath();
  ctx.moveTo(-16, -20);
  ctx.lineTo(16, -20);
  ctx.lineTo(46, 40);
  ctx.lineTo(-46, 40);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = '#fff1d8';
  ctx.beginPath();
  ctx.ellipse(0, 40, 46, 9, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
}
