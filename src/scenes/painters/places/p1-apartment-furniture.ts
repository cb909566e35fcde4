/** Theodore's furniture by daylight: the floor lamp switched off and the sofa seen from behind. */
import { linear, rgba, roundRect } from '../paint-kit';

/** The same floor lamp as at night, switched off: a pale paper shade and a thin shadow. */
export function lampOff(ctx: CanvasRenderingContext2D, x: number): void {
  ctx.fillStyle = rgba('#8a6a5c', 0.25);
  ctx.beginPath();
  ctx.ellipse(x - 120, 906, 150, 14, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#6f5a56';
  ctx.fillRect(x - 4, 520, 8, 380);
  ctx.beginPath();
  ctx.ellipse(x, 902, 60, 12, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = linear(ctx, x - 85, 0, x + 85, 0, [
    [0, '#fbf1e4'],
    [1, '#e2cbb6'],
  ]);
  ctx.beginPath();
  ctx.moveTo(x - 55, 400);
  ctx.lineTo(x + 55, 400);
  ctx.lineTo(x + 85, 530);
  ctx.lineTo(x - 85, 530);
  ctx.fill();
}

/** The back of the same low sofa, dusty coral by day, its cushion tops rimmed with sun. */
export function sofa(ctx: CanvasRenderingContext2D, x: number): void {
  ctx.fillStyle = linear(ctx, 0, 740, 0, 970, [
    [0, '#b8705e'],
    [1, '#8e5246'],
  ]);
  roundRect(ctx, x, 770, 660, 200, 30);
  ctx.fill();
  for (const cx of [x + 170, x + 490]) {
    ctx.beginPath();
    ctx.ellipse(cx, 772, 150, 34, 0, Math.PI, 0);
    ctx.fill();
  }
  // A cream throw over one cushion: somebody sat here this morning.
  ctx.fillStyle = '#efe0cc';
  ctx.beginPath();
  ctx.moveTo(x + 380, 760);
  ctx.quadraticCurveTo(x + 470, 728, x + 590, 748);
  ctx.lineTo(x + 600, 900);
  ctx.quadraticCurveTo(x + 520, 880, x + 420, 910);
  ctx.closePath();
  ctx.fill();
  ctx.strokeStyle = rgba('#b89a86', 0.5);
  ctx.lineWidth = 3;
  for (const dx of [440, 500, 556]) {
    ctx.beginPath();
    ctx.moveTo(x + dx, 750);
    ctx.quadraticCurveTo(x + dx + 8, 820, x + dx - 6, 895);
    ctx.stroke();
  }
  ctx.strokeStyle = rgba('#ffe6cc', 0.7);
  ctx.lineWidth = 4;
  for (const cx of [x + 170, x + 490]) {
    ctx.beginPath();
    ctx.ellipse(cx, 772, 150, 34, 0, Math.PI * 1.1, Math.PI * 1.9);
    ctx.stroke();
  }
}
