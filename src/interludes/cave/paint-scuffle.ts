/** The scuffle, painted in code: a cloud of dust with a green arm, a white boot and stars. */
import { radial } from '../../scenes/painters/paint-kit';

/** A soft cloud of dust and limbs: the scuffle. */
export function cloud(ctx: CanvasRenderingContext2D): void {
  for (const [x, y, r] of [
    [-40, -40, 44],
    [20, -56, 50],
    [56, -30, 38],
    [-6, -20, 46],
    [-62, -18, 30],
  ] as const) {
    ctx.fillStyle = radial(ctx, x, y, r, [
      [0, 'rgba(230,214,250,0.85)'],
      [0.7, 'rgba(190,170,230,0.6)'],
      [1, 'rgba(190,170,230,0)'],
    ]);
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.strokeStyle = '#a6ec7e';
  ctx.lineWidth = 4;
  ctx.lineCap = 'round';
  ctx.beginPath(); // a green arm and a white boot sticking out
  ctx.moveTo(40, -70);
  ctx.lineTo(72, -96);
  ctx.stroke();
  ctx.fillStyle = '#f7f3fa';
  ctx.beginPath();
  ctx.ellipse(-78, -44, 16, 10, -0.5, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#ffe6a0';
  for (const [x, y] of [
    [-20, -92],
    [30, -104],
    [70, -60],
  ] as const) {
    ctx.beginPath(); // little stars of impact
    for (let i = 0; i < 10; i++) {
      const r = i % 2 ? 3 : 8;
      const a = (i / 10) * Math.PI * 2;
      ctx.lineTo(x + Math.cos(a) * r, y + Math.sin(a) * r);
    }
    ctx.fill();
  }
}
