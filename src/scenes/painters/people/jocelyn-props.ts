/**
 * The birthday things: her party hat, her cupcake, and the sprinkles on both (and on her).
 * Small and bright: the only sprinkles on stage.
 */
import { rgba, seeded } from '../paint-kit';
import { shaded, smoothClosed, type Pt } from './figure-kit';
import { JOCELYN } from './jocelyn-hair';

const SPRINKLES = ['#ffd35c', '#6fd0c4', '#ffffff', '#8a5cc8', '#ff7a6b'] as const;

/** Tiny seeded sprinkles scattered in a box: festive, and the same on every paint. */
export function sprinkles(
  ctx: CanvasRenderingContext2D,
  seed: number,
  x: number,
  y: number,
  w: number,
  h: number,
  n: number,
): void {
  const rand = seeded(seed);
  ctx.lineWidth = 4;
  ctx.lineCap = 'round';
  for (let i = 0; i < n; i++) {
    const px = x + rand() * w;
    const py = y + rand() * h;
    const a = rand() * Math.PI;
    ctx.strokeStyle = SPRINKLES[i % SPRINKLES.length] ?? '#ffffff';
    ctx.beginPath();
    ctx.moveTo(px - Math.cos(a) * 4, py - Math.sin(a) * 4);
    ctx.lineTo(px + Math.cos(a) * 4, py + Math.sin(a) * 4);
    ctx.stroke();
  }
}

/** The cone hat in head space, brim at y = -104, tipped by `tilt` the way a wriggling child wears it. */
export function partyHat(ctx: CanvasRenderingContext2D, tilt: number): void {
  ctx.save();
  ctx.translate(0, -106);
  ctx.rotate(tilt);
  const cone = new Path2D();
  cone.moveTo(-54, 0);
  cone.lineTo(0, -150);
  cone.lineTo(54, 0);
  cone.quadraticCurveTo(0, 14, -54, 0);
  shaded(ctx, cone, JOCELYN.sash.base, JOCELYN.sash.shadow, -54, 54, 0.5);
  ctx.save();
  ctx.clip(cone);
  ctx.fillStyle = rgba(JOCELYN.bobble, 0.9); // bands wrapping the cone
  for (const y of [-112, -66, -20]) {
    ctx.beginPath();
    ctx.moveTo(-60, y + 14);
    ctx.quadraticCurveTo(0, y + 30, 60, y);
    ctx.lineTo(60, y + 14);
    ctx.quadraticCurveTo(0, y + 44, -60, y + 28);
    ctx.fill();
  }
  ctx.restore();
  ctx.fillStyle = '#ff7a6b'; // the pom-pom
  ctx.fill(smoothClosed(pom(0, -152, 20)));
  ctx.fillStyle = rgba('#fff2e0', 0.7);
  ctx.beginPath();
  ctx.arc(-6, -158, 6, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
}

function pom(x: number, y: number, r: number): Pt[] {
  return Array.from({ length: 16 }, (_, i) => {
    const a = (i / 16) * Math.PI * 2;
    const k = r * (i % 2 ? 0.82 : 1.1);
    return [x + Math.cos(a) * k, y + Math.sin(a) * k] as const;
  });
}

/** A cupcake standing on (x, y): ribbed paper case, a swirl of pink, sprinkles. */
export function cupcake(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  const wrap = new Path2D();
  wrap.moveTo(x - 24, y);
  wrap.lineTo(x - 34, y - 44);
  wrap.lineTo(x + 34, y - 44);
  wrap.lineTo(x + 24, y);
  wrap.closePath();
  shaded(ctx, wrap, '#6fd0c4', '#2f7f78', x - 34, x + 34, 0.5);
  ctx.strokeStyle = rgba('#2f7f78', 0.5);
  ctx.lineWidth = 3;
  for (let i = -2; i <= 2; i++) {
    ctx.beginPath();
    ctx.moveTo(x + i * 12, y - 44);
    ctx.lineTo(x + i * 9, y);
    ctx.stroke();
  }
  for (const [dy, r] of [
    [-50, 40],
    [-74, 30],
    [-94, 18],
  ] as const) {
    const blob = new Path2D();
    blob.ellipse(x, y + dy, r, r * 0.62, 0, 0, Math.PI * 2);
    shaded(ctx, blob, '#ff9cc6', '#c8578a', x - r, x + r, 0.4);
  }
  sprinkles(ctx, 77, x - 30, y - 100, 60, 56, 11);
}
