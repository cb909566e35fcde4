/** What's lying around Amy's studio: the pinboard of concept sketches and a game controller. */
import { linear, rgba, roundRect } from '../paint-kit';
import { fern } from './p1-fern';

/** A pinboard on an easel: the game's cast drawn on sheets, and a drift of sticky notes. */
export function pinboard(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  x: number,
  y: number,
  w: number,
  h: number,
  floorY: number,
): void {
  ctx.strokeStyle = '#8a6a4a';
  ctx.lineWidth = 12;
  ctx.beginPath(); // easel legs, splayed
  ctx.moveTo(x + w * 0.2, y + h);
  ctx.lineTo(x + w * 0.1, floorY);
  ctx.moveTo(x + w * 0.8, y + h);
  ctx.lineTo(x + w * 0.9, floorY);
  ctx.stroke();
  ctx.fillStyle = '#c9a06e';
  roundRect(ctx, x - 10, y - 10, w + 20, h + 20, 8);
  ctx.fill();
  ctx.fillStyle = linear(ctx, 0, y, 0, y + h, [
    [0, '#e2c69a'],
    [1, '#d3b184'],
  ]);
  ctx.fillRect(x, y, w, h);
  const sw = w * 0.38;
  const sh = h * 0.27;
  for (let i = 0; i < 4; i++) {
    ctx.save();
    ctx.translate(x + w * (0.06 + (i % 2) * 0.5), y + h * (0.06 + Math.floor(i / 2) * 0.32));
    ctx.rotate((rand() - 0.5) * 0.1);
    ctx.fillStyle = '#fbf5e8';
    ctx.fillRect(0, 0, sw, sh);
    sketch(ctx, rand, i, sw, sh);
    ctx.restore();
  }
  const notes = ['#f3dc94', '#f2b8a2', '#bcd3d6', '#a9d1a0', '#c6b2dc'];
  for (let i = 0; i < 9; i++) {
    ctx.save();
    ctx.translate(x + w * 0.05 + rand() * w * 0.78, y + h * 0.7 + rand() * h * 0.18);
    ctx.rotate((rand() - 0.5) * 0.2);
    ctx.fillStyle = notes[i % notes.length] ?? '#f3dc94';
    ctx.fillRect(0, 0, w * 0.13, w * 0.13);
    ctx.restore();
  }
}

/** One concept sheet: the fern, each half of the couple, then the room they share. */
function sketch(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  i: number,
  w: number,
  h: number,
): void {
  if (i === 0) {
    fern(ctx, rand, {
      x: w / 2,
      floorY: h * 0.88,
      size: h * 0.36,
      fronds: 7,
      green: '#5aa04a',
      pot: '#e2725b',
    });
  } else if (i < 3) {
    ctx.fillStyle = i === 1 ? '#e2725b' : '#4f6fb0';
    roundRect(ctx, w * 0.42, h * 0.4, w * 0.16, h * 0.48, w * 0.07);
    ctx.fill();
    ctx.fillStyle = '#f1c6a8';
    ctx.beginPath();
    ctx.arc(w * 0.5, h * 0.28, h * 0.12, 0, Math.PI * 2);
    ctx.fill();
  } else {
    ctx.fillStyle = '#86c2b8';
    ctx.fillRect(w * 0.1, h * 0.12, w * 0.8, h * 0.56);
    ctx.fillStyle = '#f3d9a0';
    ctx.fillRect(w * 0.4, h * 0.2, w * 0.2, h * 0.26);
    ctx.fillStyle = '#e7a866';
    ctx.fillRect(w * 0.1, h * 0.68, w * 0.8, h * 0.18);
  }
  ctx.fillStyle = rgba('#6a4538', 0.4); // a pencilled caption
  ctx.fillRect(w * 0.1, h * 0.92, w * 0.5, 2);
}

/** A game controller left on the desk: the one object that says what this office makes. */
export function gamepad(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  ctx.fillStyle = '#3e3a44';
  roundRect(ctx, x - 46, y - 14, 92, 26, 13);
  ctx.fill();
  for (const side of [-1, 1]) {
    ctx.beginPath();
    ctx.ellipse(x + side * 36, y + 8, 16, 12, side * 0.4, 0, Math.PI * 2);
    ctx.fill();
  }
  for (const [dx, hex] of [
    [22, '#e2725b'],
    [32, '#7fbf8e'],
  ] as const) {
    ctx.fillStyle = hex;
    ctx.beginPath();
    ctx.arc(x + dx, y - 3, 4, 0, Math.PI * 2);
    ctx.fill();
  }
}
