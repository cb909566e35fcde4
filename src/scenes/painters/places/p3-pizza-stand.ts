/** The pizza stand on the corner: the one warm, sure thing in a street he walks eyes shut. */
import { glow, linear, rgba, roundRect } from '../paint-kit';
import { squashedGlow } from './p3-lens';
import { sliceSign } from './p3-neon';

/** The stand facing us, centred on `cx`, standing on `footY`, `m` pixels to the metre. */
export function pizzaStand(ctx: CanvasRenderingContext2D, cx: number, footY: number, m: number) {
  const w = 4 * m;
  const x = cx - w / 2;
  const counter = footY - 1.1 * m;
  const roof = footY - 2.9 * m;
  // Its light falls on the paving in front and on whoever is queueing.
  squashedGlow(ctx, cx, footY + 0.3 * m, 4.5 * m, 1, 0.22, '#ffb36b', 0.55, true);
  glow(ctx, cx, counter - 0.6 * m, 3.6 * m, '#ffb36b', 0.3, true);

  // Inside: warm light, the oven's mouth, the cook in a paper hat, boxes stacked by the till.
  ctx.fillStyle = linear(ctx, 0, roof, 0, counter, [
    [0, '#ffe2b0'],
    [1, '#ffb066'],
  ]);
  ctx.fillRect(x + 0.15 * m, roof, w - 0.3 * m, counter - roof);
  // The oven: a brick dome with the fire showing in its mouth.
  const ox = x + 0.95 * m;
  ctx.fillStyle = '#a8402e';
  ctx.beginPath();
  ctx.ellipse(ox, counter - 0.15 * m, 0.65 * m, 0.75 * m, 0, Math.PI, 0);
  ctx.fill();
  ctx.fillStyle = '#3a1418';
  ctx.beginPath();
  ctx.ellipse(ox, counter - 0.15 * m, 0.3 * m, 0.3 * m, 0, Math.PI, 0);
  ctx.fill();
  glow(ctx, ox, counter - 0.25 * m, 0.45 * m, '#ffcf5a', 0.9, true);
  cook(ctx, cx + 0.3 * m, counter, m);
  ctx.fillStyle = '#f3e6d2';
  for (let i = 0; i < 4; i++) {
    ctx.fillRect(x + w - 1.1 * m + i * 0.03 * m, counter - (i + 1) * 0.13 * m, 0.75 * m, 0.1 * m);
  }

  // Counter and base: coral panels with a cream rail the customers lean on.
  ctx.fillStyle = linear(ctx, 0, counter, 0, footY, [
    [0, '#e0674e'],
    [1, '#8e3440'],
  ]);
  ctx.fillRect(x, counter, w, footY - counter);
  ctx.fillStyle = '#ffe4c4';
  ctx.fillRect(x - 0.1 * m, counter - 0.08 * m, w + 0.2 * m, 0.14 * m);
  ctx.fillStyle = rgba('#3a1a2a', 0.35);
  for (const f of [0.33, 0.66]) ctx.fillRect(x + w * f, counter + 0.1 * m, 0.04 * m, 0.9 * m);
  ctx.fillStyle = '#3a2030';
  ctx.fillRect(x, roof, 0.15 * m, counter - roof);
  ctx.fillRect(x + w - 0.15 * m, roof, 0.15 * m, counter - roof);

  awning(ctx, x, roof, w, m);
  sliceSign(ctx, cx, roof - 1.25 * m, 1.05 * m, Math.max(1.2, 0.045 * m));
}

/** A striped awning with a scalloped hem, the stand's one bit of showing off. */
function awning(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, m: number): void {
  const h = 0.5 * m;
  const stripes = 8;
  const sw = (w + 0.4 * m) / stripes;
  for (let i = 0; i < stripes; i++) {
    const sx = x - 0.2 * m + i * sw;
    ctx.fillStyle = i % 2 ? '#fff0de' : '#d8443a';
    ctx.fillRect(sx, y - h, sw + 0.5, h);
    ctx.beginPath();
    ctx.arc(sx + sw / 2, y, sw / 2, 0, Math.PI);
    ctx.fill();
  }
  ctx.fillStyle = rgba('#2a1020', 0.25); // the hem's underside in its own shadow
  ctx.fillRect(x - 0.2 * m, y - 0.06 * m, w + 0.4 * m, 0.06 * m);
  ctx.fillStyle = '#5a2433';
  ctx.fillRect(x - 0.1 * m, y - h - 0.12 * m, w + 0.2 * m, 0.14 * m);
}

/** The cook: a soft shape behind the counter, paper hat on, holding a slice out to someone. */
function cook(ctx: CanvasRenderingContext2D, x: number, counter: number, m: number): void {
  ctx.fillStyle = '#6a3038';
  ctx.beginPath();
  ctx.arc(x, counter - 1.25 * m, 0.2 * m, 0, Math.PI * 2);
  ctx.fill();
  roundRect(ctx, x - 0.34 * m, counter - 0.98 * m, 0.68 * m, 1.1 * m, 0.25 * m);
  ctx.fill();
  ctx.fillStyle = '#fffaf0';
  ctx.beginPath();
  ctx.moveTo(x - 0.2 * m, counter - 1.38 * m);
  ctx.lineTo(x - 0.14 * m, counter - 1.6 * m);
  ctx.lineTo(x + 0.14 * m, counter - 1.6 * m);
  ctx.lineTo(x + 0.2 * m, counter - 1.38 * m);
  ctx.fill();
  ctx.strokeStyle = '#6a3038';
  ctx.lineWidth = 0.13 * m;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x - 0.28 * m, counter - 0.8 * m);
  ctx.lineTo(x - 0.75 * m, counter - 0.2 * m);
  ctx.stroke();
  ctx.fillStyle = '#ffcf6a'; // the slice, already on its way
  ctx.beginPath();
  ctx.moveTo(x - 0.7 * m, counter - 0.3 * m);
  ctx.lineTo(x - 1.2 * m, counter - 0.25 * m);
  ctx.lineTo(x - 0.85 * m, counter - 0.05 * m);
  ctx.fill();
}
