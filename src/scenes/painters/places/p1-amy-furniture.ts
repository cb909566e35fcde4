/** Amy's furniture at night: the sofa everyone has slept on, and the lamp she reads by. */
import { glow, linear, rgba, roundRect } from '../paint-kit';

/** A worn mustard sofa seen from the front, `w` wide, its back's top at `y`. */
export function wornSofa(ctx: CanvasRenderingContext2D, x: number, y: number, w: number): void {
  const arm = 86;
  ctx.fillStyle = rgba('#2a1a10', 0.35); // its shadow on the floor
  ctx.beginPath();
  ctx.ellipse(x + w / 2, y + 282, w * 0.55, 22, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = linear(ctx, 0, y, 0, y + 280, [
    [0, '#c9903e'],
    [1, '#8a5a26'],
  ]);
  roundRect(ctx, x + arm * 0.5, y + 40, w - arm, 140, 20); // the frame behind the cushions
  ctx.fill();
  roundRect(ctx, x, y + 170, w, 110, 18); // the base
  ctx.fill();
  // Two back cushions, slumped into each other: the dip between them says "sofa" at a glance.
  const backW = (w - arm * 2) / 2;
  for (let i = 0; i < 2; i++) {
    ctx.fillStyle = i === 0 ? '#c48a3c' : '#bb8236';
    roundRect(ctx, x + arm - 10 + i * backW, y + (i ? 6 : 0), backW + 20, 160, 40);
    ctx.fill();
    ctx.fillStyle = rgba('#ffe0a8', 0.22); // lamplight on the cushion tops
    roundRect(ctx, x + arm + 10 + i * backW, y + (i ? 10 : 4), backW - 20, 16, 8);
    ctx.fill();
  }
  // Seat cushions, the left one sagging and paler: that is where Amy sits.
  const seatW = (w - arm * 2) / 2;
  for (let i = 0; i < 2; i++) {
    const sx = x + arm + i * seatW;
    const sag = i === 0 ? 14 : 5;
    ctx.fillStyle = i === 0 ? '#d6a257' : '#c8903f';
    ctx.beginPath();
    ctx.moveTo(sx + 2, y + 150);
    ctx.quadraticCurveTo(sx + seatW / 2, y + 150 + sag, sx + seatW - 2, y + 150);
    ctx.lineTo(sx + seatW - 2, y + 216);
    ctx.quadraticCurveTo(sx + seatW / 2, y + 224, sx + 2, y + 216);
    ctx.fill();
  }
  for (const ax of [x, x + w - arm]) {
    ctx.fillStyle = '#b07a33';
    roundRect(ctx, ax, y + 84, arm, 196, 34);
    ctx.fill();
    ctx.fillStyle = rgba('#ffe0a8', 0.25); // lamplight along the arm's top
    roundRect(ctx, ax + 8, y + 90, arm - 16, 14, 7);
    ctx.fill();
  }
  pillow(ctx, x + arm + 6, y + 74, -0.3, '#e2725b');
  pillow(ctx, x + w - arm - 116, y + 80, 0.22, '#efe0c4');
  // A striped throw over the right arm, slid half off from a nap.
  ctx.fillStyle = '#b85a48';
  ctx.beginPath();
  ctx.moveTo(x + w - arm - 30, y + 80);
  ctx.quadraticCurveTo(x + w - 10, y + 70, x + w + 6, y + 110);
  ctx.lineTo(x + w - 4, y + 300);
  ctx.quadraticCurveTo(x + w - 60, y + 310, x + w - arm - 10, y + 260);
  ctx.closePath();
  ctx.fill();
  ctx.strokeStyle = rgba('#f3d6b0', 0.6);
  ctx.lineWidth = 6;
  for (const dx of [-4, 30, 62]) {
    ctx.beginPath();
    ctx.moveTo(x + w - arm + dx, y + 78);
    ctx.quadraticCurveTo(x + w - arm + dx + 14, y + 180, x + w - arm + dx - 4, y + 284);
    ctx.stroke();
  }
}

/** A cushion leaning at `tilt`: a soft rounded square with a crease across it. */
function pillow(ctx: CanvasRenderingContext2D, x: number, y: number, tilt: number, hex: string) {
  ctx.save();
  ctx.translate(x + 50, y + 45);
  ctx.rotate(tilt);
  ctx.fillStyle = hex;
  roundRect(ctx, -52, -46, 104, 92, 28);
  ctx.fill();
  ctx.strokeStyle = rgba('#3a2418', 0.15);
  ctx.lineWidth = 4;
  ctx.beginPath();
  ctx.moveTo(-30, -10);
  ctx.quadraticCurveTo(0, 4, 30, -14);
  ctx.stroke();
  ctx.restore();
}

/** A tall lamp with a lit drum shade: the room's warm pool, on from dusk until they leave. */
export function litLamp(ctx: CanvasRenderingContext2D, x: number, shadeY: number, floorY: number) {
  glow(ctx, x, shadeY + 40, 640, '#ffb868', 0.55);
  glow(ctx, x, shadeY + 60, 260, '#ffd49a', 0.25, true);
  glow(ctx, x, floorY, 240, '#ffc27a', 0.3);
  // An open drum throws a cone of light up the wall and another down to the floor.
  for (const [y0, y1] of [
    [shadeY, 0],
    [shadeY + 90, floorY],
  ] as const) {
    const spread = Math.abs(y1 - y0) * 0.45;
    ctx.fillStyle = linear(ctx, 0, y0, 0, y1, [
      [0, rgba('#ffd08a', 0.24)],
      [1, rgba('#ffd08a', 0)],
    ]);
    ctx.beginPath();
    ctx.moveTo(x - 70, y0);
    ctx.lineTo(x + 70, y0);
    ctx.lineTo(x + 70 + spread, y1);
    ctx.lineTo(x - 70 - spread, y1);
    ctx.fill();
  }
  ctx.fillStyle = '#3a2616';
  ctx.fillRect(x - 4, shadeY + 80, 8, floorY - shadeY - 80);
  ctx.beginPath();
  ctx.ellipse(x, floorY, 50, 10, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = linear(ctx, 0, shadeY, 0, shadeY + 90, [
    [0, '#ffe9c4'],
    [1, '#ffbf78'],
  ]);
  roundRect(ctx, x - 72, shadeY, 144, 90, 6);
  ctx.fill();
  glow(ctx, x, shadeY + 45, 110, '#fff4dc', 0.55, true);
}
