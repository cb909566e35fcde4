/** The OS1 advertisement: a giant screen of white light with a face lifted toward it. */
import { glow, linear, rgba, roundRect } from '../paint-kit';

/** The billboard at (x, y), `w` × `h`: frame, glowing white field, an upturned face, the logo. */
export function adScreen(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  // The light it throws on the haze and the towers around it comes first, under the frame.
  glow(ctx, x + w / 2, y + h / 2, w * 0.68, '#ffffff', 0.7);
  ctx.fillStyle = '#b7a3a0';
  ctx.fillRect(x + w * 0.2, y + h, 14, 90); // struts down to the walkway
  ctx.fillRect(x + w * 0.8 - 14, y + h, 14, 90);
  ctx.fillStyle = '#8e7a7c';
  roundRect(ctx, x - 14, y - 14, w + 28, h + 28, 10);
  ctx.fill();
  ctx.fillStyle = linear(ctx, x, y, x, y + h, [
    [0, '#ffffff'],
    [0.7, '#fbf6f1'],
    [1, '#f4e8e0'],
  ]);
  ctx.fillRect(x, y, w, h);
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  upturnedFace(ctx, x + w * 0.28, y + h * 0.68, h * 0.58);
  ctx.restore();
  // The wordmark, light and wide, the way the film's ad sets it.
  ctx.fillStyle = '#9a8a88';
  ctx.font = `300 ${Math.round(h * 0.2)}px "Helvetica Neue", Arial, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  const lx = x + w * 0.72;
  const ly = y + h * 0.56;
  ctx.fillText('OS', lx, ly);
  ctx.font = `300 ${Math.round(h * 0.1)}px "Helvetica Neue", Arial, sans-serif`;
  ctx.fillText('1', lx + h * 0.2, ly - h * 0.1);
  ctx.fillStyle = rgba('#9a8a88', 0.55); // a line of tagline too small to read from the plaza
  roundRect(ctx, lx - w * 0.16, ly + h * 0.08, w * 0.32, 6, 3);
  ctx.fill();
  roundRect(ctx, lx - w * 0.1, ly + h * 0.08 + 16, w * 0.2, 6, 3);
  ctx.fill();
  glow(ctx, x + w * 0.6, y + h * 0.4, w * 0.4, '#ffffff', 0.25, true);
}

/** A woman in profile, chin lifted toward the light, hair falling back: the ad sells a feeling. */
function upturnedFace(ctx: CanvasRenderingContext2D, cx: number, cy: number, s: number): void {
  const hair = '#b39289';
  ctx.save();
  ctx.translate(cx, cy);
  ctx.scale(s / 100, s / 100);
  ctx.fillStyle = linear(ctx, -40, 0, 40, 0, [
    [0, '#c9aba1'],
    [1, '#e2c9bf'],
  ]);
  const skin = ctx.fillStyle;
  ctx.fillStyle = hair;
  ctx.beginPath(); // long hair, in world space so it hangs straight down the back
  ctx.moveTo(-6, -66);
  ctx.bezierCurveTo(-58, -64, -66, -10, -62, 40);
  ctx.quadraticCurveTo(-64, 80, -82, 100);
  ctx.lineTo(-10, 100);
  ctx.quadraticCurveTo(-16, 40, 0, -10);
  ctx.fill();
  ctx.fillStyle = skin;
  ctx.beginPath(); // neck and shoulders
  ctx.moveTo(-66, 100);
  ctx.bezierCurveTo(-50, 66, -20, 60, -14, 30);
  ctx.lineTo(-10, -22);
  ctx.lineTo(22, -22);
  ctx.lineTo(24, 30);
  ctx.bezierCurveTo(30, 60, 50, 70, 72, 100);
  ctx.fill();
  ctx.translate(6, -20);
  ctx.rotate(-0.5); // the head tipped back about the top of the neck
  ctx.beginPath(); // back of the head, brow, nose, lips, chin
  ctx.moveTo(0, 10);
  ctx.bezierCurveTo(-30, 12, -44, -20, -40, -48);
  ctx.bezierCurveTo(-36, -80, 0, -92, 20, -74);
  ctx.quadraticCurveTo(28, -64, 28, -54);
  ctx.quadraticCurveTo(36, -42, 40, -36);
  ctx.quadraticCurveTo(34, -31, 29, -31);
  ctx.quadraticCurveTo(33, -25, 30, -21);
  ctx.quadraticCurveTo(33, -15, 28, -12);
  ctx.quadraticCurveTo(30, 0, 18, 4);
  ctx.quadraticCurveTo(10, 8, 0, 10);
  ctx.fill();
  ctx.fillStyle = hair;
  ctx.beginPath(); // hair over the crown and the back of the head
  ctx.moveTo(22, -76);
  ctx.bezierCurveTo(0, -96, -40, -86, -44, -48);
  ctx.bezierCurveTo(-46, -20, -30, 0, -18, 6);
  ctx.bezierCurveTo(-26, -20, -18, -50, 6, -62);
  ctx.quadraticCurveTo(16, -66, 22, -76);
  ctx.fill();
  ctx.strokeStyle = '#a88d86';
  ctx.lineWidth = 2;
  ctx.lineCap = 'round';
  ctx.beginPath(); // one closed eye, the lid curved down
  ctx.arc(16, -50, 6, 0.1 * Math.PI, 0.8 * Math.PI);
  ctx.stroke();
  ctx.restore();
}
