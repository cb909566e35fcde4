/** What stands in the hamlet's snow: the trodden path, a half-buried fence, a lantern on a post. */
import { glow, rgba } from '../paint-kit';

/** A trodden path winding from our feet up to the largest cabin's door. */
export function path(ctx: CanvasRenderingContext2D): void {
  ctx.fillStyle = rgba('#a8b3c8', 0.55);
  ctx.beginPath();
  ctx.moveTo(820, 1080);
  ctx.bezierCurveTo(860, 900, 1080, 820, 920, 660);
  ctx.lineTo(960, 660);
  ctx.bezierCurveTo(1160, 820, 1000, 920, 1180, 1080);
  ctx.fill();
  // Two ruts of footprints, darker, then the banks thrown up on each side.
  ctx.strokeStyle = rgba('#8391ab', 0.5);
  ctx.setLineDash([10, 14]);
  for (const [a, b] of [
    [930, 980],
    [990, 1040],
  ] as const) {
    ctx.lineWidth = 4;
    ctx.beginPath();
    ctx.moveTo(a, 1080);
    ctx.bezierCurveTo(a + 20, 900, 1060, 830, 936 + (b - a) * 0.3, 664);
    ctx.stroke();
  }
  ctx.setLineDash([]);
}

/** A split-rail fence half buried in the drifts, running off from the path to the right. */
export function fence(ctx: CanvasRenderingContext2D): void {
  const posts: [number, number, number][] = [];
  for (let i = 0; i < 6; i++) posts.push([1070 + i * 78 + i * i * 6, 712 + i * 10, 44 + i * 6]);
  ctx.strokeStyle = '#5e4a48';
  ctx.lineWidth = 4;
  for (const lift of [0.45, 0.8]) {
    ctx.beginPath();
    posts.forEach(([x, y, h], i) =>
      i ? ctx.lineTo(x, y - h * lift) : ctx.moveTo(x, y - h * lift),
    );
    ctx.stroke();
  }
  for (const [x, y, h] of posts) {
    ctx.fillStyle = '#5e4a48';
    ctx.fillRect(x - 4, y - h, 8, h);
    ctx.fillStyle = '#f8f9fb';
    ctx.beginPath();
    ctx.ellipse(x, y - h, 7, 4, 0, Math.PI, 0); // a cap of snow on each post
    ctx.moveTo(x + 16, y + 2);
    ctx.ellipse(x, y + 2, 16, 6, 0, Math.PI, 0); // and the drift round its foot
    ctx.fill();
  }
}

/** A lantern on a post by the path, lit early because winter afternoons are short. */
export function lantern(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  glow(ctx, x, y - 160, 130, '#ffb860', 0.45);
  glow(ctx, x, y - 8, 110, '#ffc98a', 0.3); // its warm pool on the snow
  ctx.fillStyle = '#3e3438';
  ctx.fillRect(x - 4, y - 150, 8, 150);
  ctx.fillRect(x - 16, y - 186, 32, 8);
  ctx.fillStyle = '#ffd58e';
  ctx.fillRect(x - 12, y - 176, 24, 30);
  glow(ctx, x, y - 161, 40, '#fff0c8', 0.8, true);
  ctx.fillStyle = '#f8f9fb';
  ctx.fillRect(x - 18, y - 192, 36, 7); // a cap of snow on its hood
}
