/** The elevator's lit controls: the floor indicator above the doors and the call buttons. */
import { glow, rgba, roundRect } from '../paint-kit';

/** The floor indicator: a dark strip of numbers with the current floor lit amber. */
export function floorDisplay(ctx: CanvasRenderingContext2D, cx: number, cy: number): void {
  ctx.fillStyle = '#2e1d1a';
  roundRect(ctx, cx - 300, cy - 40, 600, 80, 40);
  ctx.fill();
  ctx.font = '600 40px "Helvetica Neue", Arial, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  // Theodore lives on twenty-six (chapter 0); the car is arriving there.
  const floors = [24, 25, 26, 27, 28];
  floors.forEach((n, i) => {
    const fx = cx - 220 + i * 110;
    const lit = n === 26;
    if (lit) glow(ctx, fx, cy, 70, '#ffb36b', 0.8);
    ctx.fillStyle = lit ? '#fff1d6' : rgba('#d9a98a', 0.35);
    ctx.fillText(String(n), fx, cy + 2);
  });
  ctx.fillStyle = '#ffb36b';
  ctx.beginPath(); // the up arrow, because they are going home
  ctx.moveTo(cx + 300 + 50, cy - 18);
  ctx.lineTo(cx + 300 + 70, cy + 14);
  ctx.lineTo(cx + 300 + 30, cy + 14);
  ctx.fill();
}

/** The call-button panel on the right wall, one button glowing coral. */
export function buttons(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  ctx.fillStyle = '#d8ae92';
  roundRect(ctx, x, y, 90, 230, 14);
  ctx.fill();
  for (let r = 0; r < 5; r++) {
    for (let c = 0; c < 2; c++) {
      const bx = x + 26 + c * 38;
      const by = y + 30 + r * 42;
      const lit = r === 1 && c === 0;
      if (lit) glow(ctx, bx, by, 40, '#ff8a6b', 0.8);
      ctx.fillStyle = lit ? '#ffd2b8' : '#9f7562';
      ctx.beginPath();
      ctx.arc(bx, by, 11, 0, Math.PI * 2);
      ctx.fill();
    }
  }
}
