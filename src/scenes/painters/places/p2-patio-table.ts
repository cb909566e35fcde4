/** Catherine's lunch table: white cloth, two glasses, the divorce papers with their flags and pen. */
import { glow, linear, rgba } from '../paint-kit';

/** The round table: its top as a flat ellipse, the cloth falling in soft folds to the floor. */
export function table(
  ctx: CanvasRenderingContext2D,
  cx: number,
  cy: number,
  rx: number,
  ry: number,
) {
  ctx.fillStyle = linear(ctx, 0, cy, 0, cy + 300, [
    [0, '#f1ece4'],
    [1, '#d9d2c8'],
  ]);
  ctx.beginPath();
  ctx.moveTo(cx - rx, cy);
  ctx.lineTo(cx - rx - 18, cy + 190);
  ctx.quadraticCurveTo(cx, cy + 240, cx + rx + 18, cy + 190);
  ctx.lineTo(cx + rx, cy);
  ctx.fill();
  ctx.strokeStyle = rgba('#b9b0a4', 0.35); // folds fanning down from the table's edge
  ctx.lineWidth = 3;
  for (let i = -4; i <= 4; i++) {
    ctx.beginPath();
    ctx.moveTo(cx + i * rx * 0.22, cy + ry * 0.9);
    ctx.lineTo(cx + i * rx * 0.25, cy + 205 - Math.abs(i) * 6);
    ctx.stroke();
  }
  ctx.fillStyle = '#fdfbf7';
  ctx.beginPath();
  ctx.ellipse(cx, cy, rx, ry, 0, 0, Math.PI * 2);
  ctx.fill();
}

/** A stemmed glass with a little pale wine: bowl, stem, foot, and one bright highlight. */
export function wineGlass(ctx: CanvasRenderingContext2D, x: number, y: number, s: number) {
  const bw = 26 * s;
  const top = y - 120 * s;
  const bowlBottom = y - 58 * s;
  ctx.fillStyle = rgba('#7a8c9c', 0.18); // its faint shadow on the cloth
  ctx.beginPath();
  ctx.ellipse(x + 30 * s, y + 4 * s, 34 * s, 6 * s, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = rgba('#8a96a0', 0.7);
  ctx.lineWidth = 2.2 * s;
  ctx.fillStyle = rgba('#eef4f6', 0.35);
  ctx.beginPath();
  ctx.moveTo(x - bw, top);
  ctx.bezierCurveTo(x - bw * 1.05, top + 50 * s, x - bw * 0.5, bowlBottom, x, bowlBottom);
  ctx.bezierCurveTo(x + bw * 0.5, bowlBottom, x + bw * 1.05, top + 50 * s, x + bw, top);
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = rgba('#f0d48a', 0.75); // the wine, a warm note in the cold glass
  ctx.beginPath();
  ctx.moveTo(x - bw * 0.92, top + 30 * s);
  ctx.bezierCurveTo(x - bw * 0.9, top + 52 * s, x - bw * 0.45, bowlBottom, x, bowlBottom);
  ctx.bezierCurveTo(
    x + bw * 0.45,
    bowlBottom,
    x + bw * 0.9,
    top + 52 * s,
    x + bw * 0.92,
    top + 30 * s,
  );
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(x, bowlBottom);
  ctx.lineTo(x, y - 4 * s);
  ctx.stroke();
  ctx.beginPath();
  ctx.ellipse(x, y - 2 * s, 20 * s, 4.5 * s, 0, 0, Math.PI * 2);
  ctx.stroke();
  ctx.strokeStyle = rgba('#ffffff', 0.95);
  ctx.lineWidth = 3 * s;
  ctx.beginPath();
  ctx.moveTo(x - bw * 0.6, top + 10 * s);
  ctx.quadraticCurveTo(x - bw * 0.75, top + 35 * s, x - bw * 0.45, top + 50 * s);
  ctx.stroke();
}

/** The papers: a squared stack lying flat, typed lines, coloured sign-here flags, a pen across. */
export function papers(ctx: CanvasRenderingContext2D, px: number, py: number, s: number) {
  ctx.save();
  ctx.translate(px, py);
  ctx.scale(s, s);
  const x = 0;
  const y = 0;
  const sheet = (dx: number, dy: number, fill: string) => {
    ctx.fillStyle = fill;
    ctx.beginPath();
    ctx.moveTo(x + dx, y + dy);
    ctx.lineTo(x + dx + 190, y + dy - 8);
    ctx.lineTo(x + dx + 236, y + dy + 44);
    ctx.lineTo(x + dx + 40, y + dy + 54);
    ctx.closePath();
    ctx.fill();
  };
  ctx.fillStyle = rgba('#7a8c9c', 0.22);
  ctx.fillRect(x + 36, y + 52, 206, 9); // the stack's thickness in shadow
  for (let i = 5; i > 0; i--) sheet(i * 1.5, i * 2.2, i % 2 ? '#e9e6e0' : '#f6f4ef');
  // Flags first, so the top sheet overlaps their roots.
  for (const [fx, fy, c] of [
    [182, -14, '#f2b84b'],
    [210, 4, '#e8604c'],
    [224, 22, '#f2b84b'],
  ] as const) {
    ctx.fillStyle = c;
    ctx.fillRect(x + fx, y + fy, 26, 9);
  }
  sheet(0, 0, '#ffffff');
  ctx.fillStyle = rgba('#6f7b86', 0.5);
  for (let i = 0; i < 6; i++) {
    const t = 8 + i * 6.5;
    const w = i === 5 ? 70 : 130 + (i % 3) * 12;
    ctx.fillRect(x + 22 + t * 0.77, y + t - 2 - t * 0.02, w, 2);
  }
  ctx.strokeStyle = '#2f3640';
  ctx.lineWidth = 6;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x + 90, y + 70);
  ctx.lineTo(x + 210, y + 30);
  ctx.stroke();
  glow(ctx, x + 120, y + 22, 120, '#fffaf0', 0.35); // sun off the white paper, too bright to read
  ctx.restore();
}
