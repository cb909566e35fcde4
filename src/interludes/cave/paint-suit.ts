/** The astronaut's suit parts: padded limbs and the bubble helmet with its lamp. */
import { glow, linear } from '../../scenes/painters/paint-kit';

/** The suit's white. */
export const SUIT = '#f7f3fa';
/** Its lavender shade. */
export const SHADE = '#cbbfdc';
/** Its deep outline. */
export const DEEP = '#8f80ad';
/** Theodore's coral, on the belt: his colour, even in a cave. */
export const CORAL = '#ff7a5c';
const VISOR = '#23152f';

/** A puffy limb: a thick round-capped stroke with a darker edge, so the suit looks padded. */
export function limb(
  ctx: CanvasRenderingContext2D,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  w: number,
): void {
  ctx.lineCap = 'round';
  ctx.strokeStyle = DEEP;
  ctx.lineWidth = w + 4;
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
  ctx.strokeStyle = SUIT;
  ctx.lineWidth = w;
  ctx.stroke();
  ctx.strokeStyle = SHADE;
  ctx.lineWidth = w * 0.35;
  ctx.beginPath();
  ctx.moveTo(x0 - w * 0.18, y0 + w * 0.1);
  ctx.lineTo(x1 - w * 0.18, y1 + w * 0.1);
  ctx.stroke();
}

/** The bubble helmet: a white rim, dark glass with the cave's colours in it, and the lamp. */
export function helmet(ctx: CanvasRenderingContext2D, x: number, y: number, tilt: number): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.rotate(tilt);
  ctx.fillStyle = SUIT;
  ctx.strokeStyle = DEEP;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.arc(0, 0, 31, 0, Math.PI * 2);
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = linear(ctx, -10, -22, 22, 20, [
    [0, '#3a2452'],
    [0.6, VISOR],
    [1, '#120a1c'],
  ]);
  ctx.beginPath();
  ctx.ellipse(7, 2, 22, 20, -0.1, 0, Math.PI * 2);
  ctx.fill();
  // Reflections: a cyan streak and a pink glint from the fungus.
  ctx.strokeStyle = 'rgba(126,240,224,0.8)';
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.arc(7, 2, 15, -2.4, -1.5);
  ctx.stroke();
  ctx.fillStyle = 'rgba(240,138,216,0.85)';
  ctx.beginPath();
  ctx.arc(19, 11, 3.2, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#ffe6a0'; // the helmet lamp
  ctx.beginPath();
  ctx.arc(20, -26, 5, 0, Math.PI * 2);
  ctx.fill();
  glow(ctx, 20, -26, 16, '#ffe6a0', 0.7);
  ctx.restore();
}
