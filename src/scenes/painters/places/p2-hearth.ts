/** The cabin's hearth: a stone chimney breast, an arched firebox with its fire, a timber mantel. */
import { glow, linear, radial, rgba } from '../paint-kit';
import { logFire } from './p2-fire';

const STONES = ['#5e4a40', '#4f3e36', '#6b5446', '#574640', '#64503e', '#4a3c3a'];

/** The whole fireplace centred on `x`, standing on the floor line `floorY`, up to the ceiling. */
export function hearth(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  x: number,
  floorY: number,
): void {
  const x0 = x - 240;
  const x1 = x + 240;
  // Rubble stone laid in rough courses, each row offset so the joints never line up.
  ctx.fillStyle = '#2a1d18';
  ctx.fillRect(x0, 0, x1 - x0, floorY);
  // One path per stone colour: ninety separate fills would cost more than the stones are worth.
  const byColour = STONES.map(() => new Path2D());
  for (let y = floorY, row = 0; y > 0; row++) {
    const rowH = 40 + rand() * 22;
    for (let sx = x0 - (row % 2) * 40; sx < x1;) {
      const sw = 60 + rand() * 70;
      const l = Math.max(sx, x0) + 3;
      const r = Math.min(sx + sw, x1) - 3;
      const sh = rowH * (0.75 + rand() * 0.25); // fieldstones, not bricks: uneven heights
      const path = byColour[Math.floor(rand() * STONES.length)];
      if (path && r - l > 16) path.roundRect(l, y - sh + 3, r - l, sh - 6, 18);
      sx += sw;
    }
    y -= rowH;
  }
  byColour.forEach((path, i) => {
    ctx.fillStyle = STONES[i] ?? '#5e4a40';
    ctx.fill(path);
  });
  // The chimney climbs out of the firelight into the dark under the roof.
  ctx.fillStyle = linear(ctx, 0, 0, 0, floorY, [
    [0, rgba('#120806', 0.75)],
    [0.55, rgba('#120806', 0.1)],
    [1, rgba('#120806', 0)],
  ]);
  ctx.fillRect(x0, 0, x1 - x0, floorY);

  // The firebox: a low arch, sooty inside, warm where the fire lights its back wall.
  const fw = 150;
  const fTop = floorY - 250;
  const arch = () => {
    ctx.beginPath();
    ctx.moveTo(x - fw, floorY - 30);
    ctx.lineTo(x - fw, fTop + 60);
    ctx.quadraticCurveTo(x, fTop - 40, x + fw, fTop + 60);
    ctx.lineTo(x + fw, floorY - 30);
  };
  arch();
  ctx.fillStyle = radial(ctx, x, floorY - 60, 220, [
    [0, '#7a3018'],
    [0.6, '#2e130c'],
    [1, '#160a07'],
  ]);
  ctx.fill();
  arch();
  ctx.strokeStyle = '#6e5648';
  ctx.lineWidth = 26;
  ctx.stroke();
  ctx.strokeStyle = rgba('#2a1d18', 0.8); // joints between the arch stones
  ctx.lineWidth = 3;
  for (let a = 0.15; a < 1; a += 0.14) {
    const ax = x - fw + a * fw * 2;
    const ay = fTop + 60 - Math.sin(a * Math.PI) * 50;
    ctx.beginPath();
    ctx.moveTo(ax, ay + 12);
    ctx.lineTo(ax + (a - 0.5) * 12, ay - 14);
    ctx.stroke();
  }
  // The hearthstone projecting toward us: a lit top face, then its front edge.
  ctx.fillStyle = '#6a5246';
  ctx.beginPath();
  ctx.moveTo(x0 - 30, floorY - 30);
  ctx.lineTo(x1 + 30, floorY - 30);
  ctx.lineTo(x1 + 70, floorY + 12);
  ctx.lineTo(x0 - 70, floorY + 12);
  ctx.fill();
  ctx.fillStyle = '#4a342b';
  ctx.fillRect(x0 - 70, floorY + 12, x1 - x0 + 140, 26);
  logFire(ctx, rand, x, floorY - 40, 230, 200);
  glow(ctx, x, floorY - 6, 300, '#ff9a4a', 0.3, true); // the fire laid across the hearthstone

  // The mantel: one rough beam, its underside lit orange from below.
  const my = fTop - 110;
  ctx.fillStyle = linear(ctx, 0, my, 0, my + 44, [
    [0, '#8a5634'],
    [0.3, '#5a3220'],
    [1, '#a4542c'],
  ]);
  ctx.fillRect(x0 - 50, my, x1 - x0 + 100, 44);
  ctx.fillStyle = rgba('#1a0c08', 0.4);
  ctx.fillRect(x0 - 50, my - 8, x1 - x0 + 100, 8); // its shadow on the stone above
  candle(ctx, x0 + 30, my, 64);
  candle(ctx, x0 + 74, my, 40);
  books(ctx, x1 - 120, my);
}

/** A pillar candle on the mantel, its small flame and the halo it keeps. */
function candle(ctx: CanvasRenderingContext2D, x: number, y: number, h: number): void {
  ctx.fillStyle = linear(ctx, x - 14, 0, x + 14, 0, [
    [0, '#e8cfa8'],
    [1, '#a87a5a'],
  ]);
  ctx.fillRect(x - 14, y - h, 28, h);
  glow(ctx, x, y - h - 12, 70, '#ffc070', 0.5, true);
  ctx.fillStyle = '#fff1c4';
  ctx.beginPath();
  ctx.ellipse(x, y - h - 11, 4, 9, 0, 0, Math.PI * 2);
  ctx.fill();
}

/** Two books lying flat: the top one coral, for the letters that went to a publisher. */
function books(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  for (const [dy, w, hex] of [
    [0, 110, '#3e4a5a'],
    [-18, 96, '#c9442f'],
  ] as const) {
    ctx.fillStyle = hex;
    ctx.fillRect(x + (110 - w) / 2, y + dy - 18, w, 18);
    ctx.fillStyle = rgba('#f3e2c8', 0.8); // page edges
    ctx.fillRect(x + (110 - w) / 2 + w - 8, y + dy - 15, 6, 12);
  }
}
