/** The ship, painted in code: a round little lander waiting at the end of the cave. */
import { glow, linear, radial } from '../../scenes/painters/paint-kit';

/** The ship: a round little lander, pale hull with a coral stripe, a porthole and a ramp. */
export function ship(ctx: CanvasRenderingContext2D): void {
  ctx.fillStyle = 'rgba(8,4,14,0.5)';
  ctx.beginPath();
  ctx.ellipse(0, -4, 190, 22, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = '#8f80ad';
  ctx.lineWidth = 9;
  ctx.lineCap = 'round';
  ctx.beginPath(); // three legs
  for (const [x0, x1] of [
    [-90, -150],
    [0, 0],
    [90, 150],
  ] as const) {
    ctx.moveTo(x0, -90);
    ctx.lineTo(x1, -8);
  }
  ctx.stroke();
  ctx.fillStyle = linear(ctx, -150, 0, 150, 0, [
    [0, '#b8acd0'],
    [0.4, '#f4f0f8'],
    [1, '#ffffff'],
  ]);
  ctx.beginPath();
  ctx.ellipse(0, -170, 150, 100, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#ff7a5c';
  ctx.fillRect(-150, -158, 300, 16);
  ctx.fillStyle = linear(ctx, 0, -300, 0, -230, [
    [0, '#f4f0f8'],
    [1, '#cfc4df'],
  ]);
  ctx.beginPath(); // the dome
  ctx.ellipse(0, -250, 70, 56, 0, Math.PI, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = radial(ctx, 40, -200, 34, [
    [0, '#7ef0e0'],
    [1, '#2a4a66'],
  ]);
  ctx.beginPath(); // the porthole
  ctx.arc(52, -196, 26, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = '#8f80ad';
  ctx.lineWidth = 5;
  ctx.stroke();
  ctx.fillStyle = '#3a2452'; // the hatch, open
  ctx.beginPath();
  ctx.roundRect(-56, -132, 52, 60, 10);
  ctx.fill();
  glow(ctx, -30, -100, 60, '#ffe6a0', 0.5);
  ctx.fillStyle = linear(ctx, 0, -76, 0, 64, [
    [0, '#d8cfe6'],
    [1, '#9d8fb8'],
  ]);
  ctx.beginPath(); // the ramp, down toward us
  ctx.moveTo(-54, -74);
  ctx.lineTo(-6, -74);
  ctx.lineTo(10, 62);
  ctx.lineTo(-64, 62);
  ctx.fill();
}
