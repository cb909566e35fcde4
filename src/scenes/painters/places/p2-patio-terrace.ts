/** The terrace around the table: the umbrella overhead, a potted olive, two empty bistro chairs. */
import { linear, rgba, roundRect } from '../paint-kit';

/** The umbrella seen from beneath: sunlit canvas glowing through, ribs, a scalloped coral edge. */
export function valance(ctx: CanvasRenderingContext2D): void {
  // Its edge is a circle overhead, so it dips lowest straight in front of us.
  const edge = (x: number) => 150 - ((x - 960) / 960) ** 2 * 90;
  ctx.fillStyle = linear(ctx, 0, 0, 0, 160, [
    [0, '#f3c6a4'],
    [1, '#f7dcc0'],
  ]);
  ctx.beginPath();
  ctx.moveTo(0, 0);
  ctx.lineTo(1920, 0);
  for (let x = 1920; x >= 0; x -= 40) ctx.lineTo(x, edge(x));
  ctx.fill();
  ctx.strokeStyle = rgba('#b9785e', 0.45);
  ctx.lineWidth = 5;
  for (let i = -4; i <= 4; i++) {
    ctx.beginPath(); // ribs run back to the pole, far above and behind us
    ctx.moveTo(960 + i * 60, -200);
    ctx.lineTo(960 + i * 250, edge(960 + i * 250));
    ctx.stroke();
  }
  for (let x = -60, i = 0; x < 1920; x += 120, i++) {
    const y = edge(x + 60);
    ctx.fillStyle = i % 2 ? '#fbeee0' : '#e2725a';
    ctx.beginPath();
    ctx.moveTo(x, edge(x) - 2);
    ctx.lineTo(x + 120, edge(x + 120) - 2);
    ctx.lineTo(x + 120, edge(x + 120) + 22);
    ctx.quadraticCurveTo(x + 60, y + 54, x, edge(x) + 22);
    ctx.fill();
  }
}

/** An olive in a terracotta pot: a twisting trunk and a cloud of narrow silver-green leaves. */
export function olive(ctx: CanvasRenderingContext2D, rand: () => number, x: number, y: number) {
  ctx.strokeStyle = '#7d6a58';
  ctx.lineWidth = 14;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.bezierCurveTo(x - 30, y - 120, x + 40, y - 180, x - 10, y - 300);
  ctx.stroke();
  // Shadowed masses first, so the loose leaves on top read as a crown, not confetti.
  for (const [dx, dy, r] of [
    [-90, -300, 90],
    [40, -360, 110],
    [90, -280, 80],
    [-30, -250, 90],
  ] as const) {
    ctx.fillStyle = rgba('#8d9c7c', 0.9);
    ctx.beginPath();
    ctx.ellipse(x + dx, y + dy, r * 1.2, r * 0.8, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  for (let i = 0; i < 320; i++) {
    const a = rand() * Math.PI * 2;
    const d = Math.sqrt(rand());
    const lx = x - 10 + Math.cos(a) * d * 190;
    const ly = y - 310 + Math.sin(a) * d * 140;
    ctx.save();
    ctx.translate(lx, ly);
    ctx.rotate(rand() * Math.PI);
    // Leaves above the middle catch the sun; those below sit in their own shade.
    ctx.fillStyle = rgba(ly < y - 340 ? '#b8c49a' : '#7f9070', 0.85);
    ctx.beginPath();
    ctx.ellipse(0, 0, 14, 4, 0, 0, Math.PI * 2);
    ctx.fill();
    ctx.restore();
  }
  ctx.fillStyle = linear(ctx, x - 90, 0, x + 90, 0, [
    [0, '#d08a62'],
    [1, '#a8623f'],
  ]);
  ctx.beginPath();
  ctx.moveTo(x - 90, y - 20);
  ctx.lineTo(x + 90, y - 20);
  ctx.lineTo(x + 70, y + 130);
  ctx.lineTo(x - 70, y + 130);
  ctx.fill();
  ctx.fillStyle = '#dc9a70';
  ctx.fillRect(x - 96, y - 30, 192, 22);
}

/** An empty bistro chair in cool slate: a tall curved back of slats over two legs. */
export function chair(ctx: CanvasRenderingContext2D, x: number, y: number) {
  ctx.fillStyle = '#6d7c8a';
  ctx.fillRect(x - 56, y, 10, 300);
  ctx.fillRect(x + 46, y, 10, 300);
  for (const dx of [-24, 0, 24]) ctx.fillRect(x + dx - 3, y, 6, 110);
  roundRect(ctx, x - 62, y - 16, 124, 30, 14);
  ctx.fill();
  ctx.fillRect(x - 56, y + 104, 112, 10);
  ctx.fillStyle = rgba('#eef3f5', 0.6);
  ctx.fillRect(x - 50, y - 12, 100, 3); // sun along the top of the rail
}

/** Another table further along the terrace, in full sun: two small diners leaning in. */
export function diners(ctx: CanvasRenderingContext2D, x: number, y: number) {
  for (const [dx, c] of [
    [-70, '#8c6a5c'],
    [70, '#5d6f80'],
  ] as const) {
    ctx.fillStyle = c;
    ctx.beginPath();
    ctx.arc(x + dx, y - 78, 15, 0, Math.PI * 2);
    ctx.fill();
    roundRect(ctx, x + dx - 24, y - 60, 48, 70, 18);
    ctx.fill();
  }
  ctx.fillStyle = '#f7f3ec';
  ctx.beginPath();
  ctx.ellipse(x, y, 100, 18, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillRect(x - 100, y, 200, 60);
  ctx.fillStyle = rgba('#c9b9a4', 0.5);
  ctx.fillRect(x - 100, y + 56, 200, 4);
}
