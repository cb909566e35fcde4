/** Where Amy works: the long edit desk with its drives and cold mug, and her chair. */
import { glow, linear, roundRect, rgba } from '../paint-kit';

/** Amy's long desk from x0 to x1, top at `y`, legs to `floorY`, with drives and a mug on it. */
export function editDesk(
  ctx: CanvasRenderingContext2D,
  x0: number,
  x1: number,
  y: number,
  floorY: number,
) {
  ctx.fillStyle = '#3e2a1c';
  for (const lx of [x0 + 30, x1 - 46]) ctx.fillRect(lx, y, 16, floorY - y);
  ctx.fillStyle = linear(ctx, 0, y - 6, 0, y + 26, [
    [0, '#a8744a'],
    [1, '#6a4528'],
  ]);
  ctx.fillRect(x0, y - 6, x1 - x0, 32);
  ctx.fillStyle = '#2e2018';
  roundRect(ctx, (x0 + x1) / 2 - 150, y - 16, 300, 12, 4); // keyboard
  ctx.fill();
  // A stack of hard drives, each with its small light: every hour of footage is in there.
  for (let i = 0; i < 4; i++) {
    ctx.fillStyle = i % 2 ? '#4a3a30' : '#5a463a';
    roundRect(ctx, x0 + 14, y - 20 - i * 22, 100, 20, 4);
    ctx.fill();
    glow(ctx, x0 + 100, y - 10 - i * 22, 10, i === 2 ? '#ff8a6b' : '#9ff0b0', 0.9, true);
  }
  ctx.fillStyle = '#2e2018'; // the machine under the desk, awake
  roundRect(ctx, x1 - 150, y + 60, 80, floorY - y - 60, 6);
  ctx.fill();
  glow(ctx, x1 - 110, y + 90, 14, '#9fd8ff', 0.9, true);
  ctx.fillStyle = '#e9dccc'; // a mug gone cold beside the keyboard
  roundRect(ctx, x1 - 210, y - 46, 36, 42, 6);
  ctx.fill();
  ctx.strokeStyle = '#e9dccc';
  ctx.lineWidth = 5;
  ctx.beginPath();
  ctx.arc(x1 - 172, y - 26, 10, -1.4, 1.4);
  ctx.stroke();
}

/** Her desk chair, pushed back and turned a little away, as if she just got up to dim the lights. */
export function deskChair(ctx: CanvasRenderingContext2D, x: number, floorY: number): void {
  ctx.fillStyle = '#2e2018';
  ctx.fillRect(x - 6, floorY - 120, 12, 110); // gas lift
  for (const dx of [-70, -30, 30, 70]) {
    ctx.beginPath();
    ctx.moveTo(x, floorY - 14);
    ctx.lineTo(x + dx, floorY);
    ctx.lineTo(x + dx * 0.9, floorY + 6);
    ctx.lineTo(x, floorY - 4);
    ctx.fill();
  }
  ctx.fillStyle = '#4a3226';
  roundRect(ctx, x - 90, floorY - 140, 180, 34, 14); // seat
  ctx.fill();
  ctx.fillStyle = linear(ctx, 0, floorY - 280, 0, floorY - 140, [
    [0, '#6a4a36'],
    [1, '#3e2a20'],
  ]);
  roundRect(ctx, x - 76, floorY - 280, 152, 150, 38); // back, toward us
  ctx.fill();
  ctx.fillStyle = rgba('#ffd9a0', 0.2); // the screens' light on its top edge
  roundRect(ctx, x - 60, floorY - 276, 120, 12, 6);
  ctx.fill();
}
