/** The beach's tiny people: swimmers bobbing, sunbathers sitting, walkers along the waterline. */
import { rgba } from '../paint-kit';
import { passerby } from './passersby';
import { castShadow, type Sunlight } from './p2-beach-props';

/** Someone sitting on the sand, knees up: a head on a rounded mound, `h` tall. */
export function sitter(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  h: number,
  color: string,
) {
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(x, y - h + h * 0.16, h * 0.16, 0, Math.PI * 2);
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(x - h * 0.2, y);
  ctx.quadraticCurveTo(x - h * 0.26, y - h * 0.62, x, y - h * 0.68); // back, rounded shoulders
  ctx.quadraticCurveTo(x + h * 0.2, y - h * 0.6, x + h * 0.26, y - h * 0.34); // arms round the knees
  ctx.lineTo(x + h * 0.5, y - h * 0.3);
  ctx.lineTo(x + h * 0.56, y);
  ctx.closePath();
  ctx.fill();
}

/** A swimmer's head in the water with the ring of foam it makes. */
function swimmer(ctx: CanvasRenderingContext2D, x: number, y: number, color: string, foam: string) {
  ctx.fillStyle = rgba(foam, 0.55);
  ctx.beginPath();
  ctx.ellipse(x, y + 3, 14, 3.5, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(x, y - 2, 5, 0, Math.PI * 2);
  ctx.fill();
}

/** Everyone on the beach, in fixed places so day and sunset show the same afternoon. */
export function beachPeople(
  ctx: CanvasRenderingContext2D,
  light: Sunlight,
  shore: number,
  colors: readonly string[],
  foam: string,
): void {
  const pick = (i: number) => colors[i % colors.length] ?? '#000000';
  for (const [x, y, i] of [
    [700, 586, 0],
    [1012, 562, 1],
    [1290, 600, 2],
    [1610, 578, 0],
    [300, 570, 3],
    [1060, 596, 4],
  ] as const) {
    swimmer(ctx, x, y, pick(i), foam);
  }
  // Walkers at the waterline; the two near the middle walk together.
  for (const [x, y, h, i] of [
    [776, shore + 16, 52, 1],
    [800, shore + 18, 48, 0],
    [1085, shore + 12, 44, 2],
    [1505, shore + 14, 50, 4],
    [420, shore + 15, 46, 3],
    [1240, shore + 60, 54, 0],
    [1800, shore + 150, 70, 1],
  ] as const) {
    castShadow(ctx, light, x, y, 14, h);
    passerby(ctx, x, y, h, pick(i), false);
  }
  // Sunbathers by their parasols, sitting and facing the sea.
  for (const [x, y, h, i] of [
    [640, 738, 40, 3],
    [260, 752, 46, 0],
    [1310, 680, 30, 1],
    [1540, 750, 44, 2],
  ] as const) {
    castShadow(ctx, light, x + h * 0.1, y, h * 0.9, h * 0.7);
    sitter(ctx, x, y, h, pick(i));
  }
}
