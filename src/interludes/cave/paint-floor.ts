/** Paints the cave floor: the grid softened into worn stone, with a shadowed front edge. */
import { linear, rgba, seeded } from '../../scenes/painters/paint-kit';
import { CELL, FLOOR_Y, type CaveMap } from './cave-map';
import { floorRuns } from './cave-shape';

/** World units per pixel of the floor mask: the grid is blurred and thresholded into soft blobs. */
const MASK = 4;

/**
 * The floor's shape as a mask canvas (white where there is floor) covering x from `from` to
 * `to`: the cells, blurred and cut at half strength, so the edge reads as worn, rounded stone.
 */
function floorMask(map: CaveMap, open: boolean, from: number, to: number): HTMLCanvasElement {
  const w = Math.ceil((to - from) / MASK);
  const h = Math.ceil((map.rows * CELL) / MASK);
  const cells = document.createElement('canvas');
  [cells.width, cells.height] = [w, h];
  const c = cells.getContext('2d');
  const out = document.createElement('canvas');
  [out.width, out.height] = [w, h];
  const o = out.getContext('2d');
  if (!c || !o) return out;
  c.fillStyle = '#fff';
  for (const run of floorRuns(map, open)) {
    const x = (run.col * CELL - from) / MASK;
    if (x < -CELL || x > w + CELL) continue;
    c.fillRect(x, (run.top - FLOOR_Y) / MASK, CELL / MASK, (run.bottom - run.top) / MASK);
  }
  o.filter = 'blur(7px)';
  o.drawImage(cells, 0, 0);
  const img = o.getImageData(0, 0, w, h);
  for (let i = 3; i < img.data.length; i += 4) {
    // A steep ramp around half strength: a crisp but antialiased edge.
    img.data[i] = Math.max(0, Math.min(255, ((img.data[i] ?? 0) - 118) * 12));
  }
  o.putImageData(img, 0, 0);
  return out;
}

/** Paints the floor itself: pale violet stone lit from above, darker toward us, with pebbles. */
export function floor(
  ctx: CanvasRenderingContext2D,
  map: CaveMap,
  open: boolean,
  from: number,
  to: number,
): void {
  const rand = seeded(Math.floor(from) + 29);
  const x0 = from - 2 * CELL;
  const x1 = to + 2 * CELL;
  const top = FLOOR_Y;
  const height = map.rows * CELL;
  const art = document.createElement('canvas');
  const scale = ctx.getTransform().a; // pixels per world unit of the target
  [art.width, art.height] = [Math.ceil((x1 - x0) * scale), Math.ceil(height * scale)];
  const a = art.getContext('2d');
  if (!a) return;
  a.scale(scale, scale);
  a.translate(-x0, -top);
  a.fillStyle = linear(a, 0, top, 0, top + height, [
    [0, '#65438a'],
    [0.4, '#46296a'],
    [1, '#26163e'],
  ]);
  a.fillRect(x0, top, x1 - x0, height);
  for (let i = 0; i < (x1 - x0) / 12; i++) {
    const x = x0 + rand() * (x1 - x0);
    const y = top + rand() * height;
    a.fillStyle = rgba(rand() < 0.7 ? '#1a0e2a' : '#d9c8ff', 0.07 + rand() * 0.14);
    a.beginPath();
    a.ellipse(x, y, 3 + rand() * 10, 1.5 + rand() * 3, 0, 0, Math.PI * 2);
    a.fill();
  }
  a.setTransform(1, 0, 0, 1, 0, 0);
  const mask = floorMask(map, open, x0, x1);
  cutTo(a, mask);
  // The floor's front face: the same shape a little lower, in shadow, so the edge has depth.
  const face = document.createElement('canvas');
  [face.width, face.height] = [art.width, art.height];
  const f = face.getContext('2d');
  if (f) {
    f.fillStyle = linear(f, 0, 0, 0, art.height, [
      [0, '#2e1b46'],
      [1, '#1a0e2a'],
    ]);
    f.fillRect(0, 0, face.width, face.height);
    cutTo(f, mask);
  }
  ctx.save();
  ctx.shadowColor = 'rgba(6,2,12,0.9)';
  ctx.shadowBlur = 18 * scale;
  ctx.drawImage(face, x0, top + 22, x1 - x0, height);
  ctx.shadowColor = 'transparent';
  ctx.drawImage(art, x0, top, x1 - x0, height);
  ctx.restore();
}

/** Keeps only what lies inside the mask (scaled to the canvas, smoothly). */
function cutTo(ctx: CanvasRenderingContext2D, mask: HTMLCanvasElement): void {
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalCompositeOperation = 'destination-in';
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(mask, 0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.restore();
}
