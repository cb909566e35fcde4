/** The cabin's furniture: a club chair by the fire under a plaid throw, and a basket of logs. */
import { linear, rgba, roundRect } from '../paint-kit';
import { plaid } from './p2-cabin-cloth';

/** A deep club chair by the fire (on its right), a cushion in its lap and a plaid throw over its arm. */
export function clubChair(ctx: CanvasRenderingContext2D, x: number, floorY: number): void {
  // Every part is its own shade, stepping warmer toward the fire, so the shapes separate.
  ctx.fillStyle = '#1e0e08';
  for (const lx of [x - 180, x + 160]) ctx.fillRect(lx, floorY - 40, 20, 40);
  ctx.fillStyle = '#4a1a12';
  roundRect(ctx, x - 150, floorY - 430, 300, 280, 70); // the back
  ctx.fill();
  ctx.fillStyle = '#4a1c14';
  roundRect(ctx, x - 200, floorY - 160, 400, 124, 18); // the base
  ctx.fill();
  ctx.fillStyle = '#8e3a22';
  roundRect(ctx, x - 115, floorY - 240, 230, 50, 18); // seat cushion, top
  ctx.fill();
  ctx.fillStyle = '#6a2a1a';
  ctx.fillRect(x - 115, floorY - 206, 230, 50);
  for (const [ax, hex, roll] of [
    [x - 205, '#6e2a1c', '#86382a'],
    [x + 105, '#9a4226', '#bc6234'],
  ] as const) {
    ctx.fillStyle = hex;
    roundRect(ctx, ax, floorY - 300, 100, 262, 36);
    ctx.fill();
    ctx.fillStyle = roll; // the rolled top of the arm, lit along its crown
    ctx.beginPath();
    ctx.ellipse(ax + 50, floorY - 296, 50, 26, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  // A cream cushion propped in the corner of the seat.
  ctx.save();
  ctx.translate(x - 10, floorY - 285);
  ctx.rotate(-0.12);
  ctx.fillStyle = '#d9c09a';
  roundRect(ctx, -70, -60, 140, 120, 30);
  ctx.fill();
  ctx.fillStyle = rgba('#8a6a4a', 0.5);
  ctx.fillRect(-56, -2, 112, 3);
  ctx.restore();
  // The throw: over the roll of the arm nearest the fire, hanging down its outside in folds.
  const drape = () => {
    ctx.beginPath();
    ctx.moveTo(x + 118, floorY - 306);
    ctx.bezierCurveTo(x + 140, floorY - 340, x + 214, floorY - 336, x + 222, floorY - 290);
    ctx.quadraticCurveTo(x + 236, floorY - 150, x + 256, floorY - 24);
    for (const [hx, hy] of [
      [x + 236, floorY - 8],
      [x + 218, floorY - 30],
      [x + 196, floorY - 12],
      [x + 178, floorY - 40],
    ] as const) {
      ctx.lineTo(hx, hy); // an uneven hem where the folds end at different lengths
    }
    ctx.quadraticCurveTo(x + 176, floorY - 200, x + 150, floorY - 282);
    ctx.closePath();
  };
  plaid(ctx, drape, [x + 110, floorY - 345, 150, 340], ['#a92e22', '#4a120c', '#e8c890'], 40);
  drape();
  // Folds: shadowed troughs, a lit ridge, and the firelight along the outer edge.
  ctx.fillStyle = linear(ctx, x + 150, 0, x + 256, 0, [
    [0, rgba('#1a0806', 0.45)],
    [0.3, rgba('#1a0806', 0.05)],
    [0.5, rgba('#1a0806', 0.35)],
    [0.68, rgba('#ffb070', 0.12)],
    [0.85, rgba('#1a0806', 0.2)],
    [1, rgba('#ffb070', 0.35)],
  ]);
  ctx.fill();
}

/** An iron basket of split logs beside the hearth, their sawn ends lit by the fire. */
export function logBasket(ctx: CanvasRenderingContext2D, x: number, floorY: number): void {
  for (const [dx, dy, r] of [
    [-44, -40, 24],
    [0, -42, 22],
    [44, -38, 24],
    [-22, -80, 22],
    [22, -80, 23],
    [0, -116, 20],
  ] as const) {
    ctx.fillStyle = '#5a3420';
    ctx.beginPath();
    ctx.arc(x + dx + 6, floorY + dy, r, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = linear(ctx, x + dx - r, 0, x + dx + r, 0, [
      [0, '#e0a470'],
      [1, '#a8683e'],
    ]);
    ctx.beginPath();
    ctx.arc(x + dx, floorY + dy, r - 3, 0, Math.PI * 2);
    ctx.fill();
    ctx.strokeStyle = rgba('#7a4428', 0.6);
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.arc(x + dx, floorY + dy, r * 0.45, 0, Math.PI * 2);
    ctx.stroke();
  }
  ctx.fillStyle = '#24140e';
  ctx.fillRect(x - 80, floorY - 46, 160, 8);
  ctx.fillRect(x - 80, floorY - 10, 160, 10);
  for (const lx of [x - 80, x + 72]) ctx.fillRect(lx, floorY - 60, 8, 60);
}
