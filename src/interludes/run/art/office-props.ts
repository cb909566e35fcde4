import { glow, linear, rgba, roundRect } from '../../../scenes/painters/paint-kit';

/**
 * The office side-on, in the same warm glass-and-apricot as its painting: a writer's
 * cubicle (the back row), a chair and a box of letters left in the aisle, and the elevator
 * doors at the end of the floor. Each paints at (0,0) into its own canvas, `m` pixels a metre.
 */

/**
 * A cubicle from the aisle: glass, a red rail, a writer's back, a screen of handwriting.
 * `look` below 0 is his own desk: the chair pushed away, the screen grey and saying one thing.
 */
export function paintCubicle(ctx: CanvasRenderingContext2D, m: number, look: number): void {
  const w = 3 * m;
  const floor = 2 * m;
  ctx.fillStyle = rgba('#fff6ee', 0.32);
  ctx.fillRect(0, floor - 1.45 * m, w, 1.45 * m);
  ctx.fillStyle = rgba('#ffffff', 0.5);
  ctx.fillRect(0, floor - 1.45 * m, 0.03 * m, 1.45 * m);
  ctx.fillStyle = '#d9533f'; // the red rail along the glass, as in the office painting
  ctx.fillRect(0, floor - 1.5 * m, w, 0.06 * m);
  // Desk and monitor, its handwriting facing us over the writer's shoulder.
  ctx.fillStyle = '#e8ccb6';
  ctx.fillRect(0.3 * m, floor - 0.78 * m, 2.4 * m, 0.07 * m);
  ctx.fillStyle = '#c9a48c';
  roundRect(ctx, 0.95 * m, floor - 1.42 * m, 1.1 * m, 0.64 * m, 0.05 * m);
  ctx.fill();
  ctx.fillStyle = '#fbf3ea';
  ctx.fillRect(1.0 * m, floor - 1.37 * m, 1.0 * m, 0.54 * m);
  ctx.strokeStyle = rgba('#c4503d', 0.7);
  ctx.lineWidth = Math.max(1, 0.012 * m);
  if (look < 0) {
    // Not handwriting now: one grey line of capitals, centred, like a weather report.
    ctx.fillStyle = '#e4e1df';
    ctx.fillRect(1.0 * m, floor - 1.37 * m, 1.0 * m, 0.54 * m);
    ctx.fillStyle = '#8f8a88';
    for (let i = 0; i < 9; i++)
      ctx.fillRect((1.1 + i * 0.09) * m, floor - 1.12 * m, 0.06 * m, 0.07 * m);
    ctx.fillStyle = '#c4503d';
    roundRect(ctx, 2.2 * m, floor - 0.95 * m, 0.55 * m, 0.5 * m, 0.12 * m);
    ctx.fill();
    return;
  }
  for (let row = 0; row < 5; row++) {
    ctx.beginPath();
    const y = floor - 1.3 * m + row * 0.09 * m;
    for (let x = 1.06 * m; x < (1.9 - (row === 4 ? 0.4 : 0)) * m; x += 0.04 * m)
      ctx.lineTo(x, y + Math.sin(x * 0.9 + row + look) * 0.012 * m);
    ctx.stroke();
  }
  glow(ctx, 1.5 * m, floor - 1.1 * m, 0.9 * m, '#fff1dc', 0.35);
  // The writer from behind: a red chair back, shoulders, a head tilted to the screen.
  const coats = ['#8a4a3f', '#6b4a44', '#b86a5a', '#d99a4e'];
  ctx.fillStyle = '#c4503d';
  roundRect(ctx, 1.05 * m, floor - 0.95 * m, 0.9 * m, 0.55 * m, 0.12 * m);
  ctx.fill();
  ctx.fillStyle = coats[look % coats.length] ?? '#6b4a44';
  roundRect(ctx, 1.12 * m, floor - 1.2 * m, 0.76 * m, 0.5 * m, 0.2 * m);
  ctx.fill();
  ctx.beginPath();
  ctx.arc(1.5 * m + (look % 2 ? 0.04 : -0.04) * m, floor - 1.33 * m, 0.14 * m, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#8c6a58';
  ctx.fillRect(0.4 * m, floor - 0.71 * m, 0.05 * m, 0.71 * m);
  ctx.fillRect(2.55 * m, floor - 0.71 * m, 0.05 * m, 0.71 * m);
  if (look % 2 === 0) {
    ctx.fillStyle = '#d9533f'; // a desk lamp on every other desk
    ctx.fillRect(2.3 * m, floor - 1.15 * m, 0.03 * m, 0.37 * m);
    ctx.beginPath();
    ctx.moveTo(2.2 * m, floor - 1.08 * m);
    ctx.lineTo(2.45 * m, floor - 1.2 * m);
    ctx.lineTo(2.4 * m, floor - 1.0 * m);
    ctx.fill();
  }
}

/** An office chair left in the aisle, side-on: seat, back, the five-star base on wheels. */
export function paintChair(ctx: CanvasRenderingContext2D, m: number): void {
  const floor = 1.2 * m;
  ctx.fillStyle = '#c4503d';
  roundRect(ctx, 0.1 * m, floor - 0.55 * m, 0.55 * m, 0.12 * m, 0.05 * m);
  ctx.fill();
  roundRect(ctx, 0.05 * m, floor - 1.05 * m, 0.14 * m, 0.55 * m, 0.06 * m);
  ctx.fill();
  ctx.fillStyle = '#5a3a33';
  ctx.fillRect(0.34 * m, floor - 0.45 * m, 0.06 * m, 0.33 * m);
  ctx.fillRect(0.08 * m, floor - 0.14 * m, 0.6 * m, 0.05 * m);
  for (const x of [0.1, 0.37, 0.65]) {
    ctx.beginPath();
    ctx.arc(x * m, floor - 0.05 * m, 0.05 * m, 0, Math.PI * 2);
    ctx.fill();
  }
}

/** A carton of printed letters someone set down in the aisle, envelopes peeking out. */
export function paintLetterBox(ctx: CanvasRenderingContext2D, m: number): void {
  const floor = 1.2 * m;
  ctx.fillStyle = '#fbf3ea';
  for (let i = 0; i < 5; i++) {
    ctx.save();
    ctx.translate((0.15 + i * 0.11) * m, floor - 0.48 * m);
    ctx.rotate((i - 2) * 0.12);
    ctx.fillRect(0, -0.12 * m, 0.2 * m, 0.22 * m);
    ctx.restore();
  }
  ctx.fillStyle = linear(ctx, 0, floor - 0.45 * m, 0, floor, [
    [0, '#d8a77e'],
    [1, '#b98460'],
  ]);
  ctx.fillRect(0.05 * m, floor - 0.45 * m, 0.7 * m, 0.45 * m);
  ctx.fillStyle = rgba('#8a5a3c', 0.5);
  ctx.fillRect(0.05 * m, floor - 0.45 * m, 0.7 * m, 0.04 * m);
}
