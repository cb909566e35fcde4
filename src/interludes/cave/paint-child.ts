/** The alien child, painted in code: lime-green, one enormous eye, three fingers a hand. */
import { glow } from '../../scenes/painters/paint-kit';
import { ICE, LIME, arm, body, legs } from './paint-child-parts';

/** One frame cell in world units (painted at a higher resolution), feet at (footX, footY). */
export const CHILD_CELL = { w: 96, h: 96, footX: 48, footY: 88 } as const;

/** The frames, in atlas order. */
export const CHILD_FRAMES = [
  'stand',
  'run0',
  'run1',
  'sit',
  'ball',
  'sprawl',
  'wave0',
  'wave1',
  'shout',
  'frozen',
] as const;
/** The name of a child frame. */
export type ChildFrame = (typeof CHILD_FRAMES)[number];

function figure(ctx: CanvasRenderingContext2D, frame: ChildFrame): void {
  const look = frame === 'frozen' ? ICE : LIME;
  switch (frame) {
    case 'run0':
    case 'run1': {
      const s = frame === 'run0' ? 6 : -6;
      legs(ctx, look, s, -s);
      arm(ctx, look, -12, -25, -18 - s, -16);
      body(ctx, look, 'smirk', 0);
      arm(ctx, look, 12, -25, 19 + s, -17);
      return;
    }
    case 'sit':
      arm(ctx, look, -12, -24, 8, -12);
      body(ctx, look, 'sulk', 0.55);
      legs(ctx, look, 10, 12);
      arm(ctx, look, 12, -24, 14, -12);
      return;
    case 'ball':
      ctx.rotate(0.9);
      body(ctx, look, 'open', 0);
      return;
    case 'sprawl':
      ctx.translate(0, 8);
      ctx.rotate(-1.45);
      legs(ctx, look, -5, 7);
      arm(ctx, look, -12, -25, -26, -36);
      body(ctx, look, 'open', 0);
      arm(ctx, look, 12, -25, 26, -36);
      return;
    case 'wave0':
    case 'wave1':
      legs(ctx, look, -1, 1);
      arm(ctx, look, -12, -25, -18, -14);
      body(ctx, look, 'smirk', 0);
      arm(ctx, look, 12, -27, frame === 'wave0' ? 22 : 30, -50);
      return;
    case 'shout':
    case 'frozen':
      legs(ctx, look, -3, 3);
      arm(ctx, look, -12, -27, -24, -48);
      body(ctx, look, 'open', 0);
      arm(ctx, look, 12, -27, 25, -49);
      return;
    default:
      legs(ctx, look, -1, 1);
      arm(ctx, look, -12, -24, -17, -12);
      body(ctx, look, 'smirk', 0);
      arm(ctx, look, 12, -24, 18, -13);
  }
}

/** Paints one frame (facing right) into its cell, with a faint hologram glow around him. */
export function paintChild(ctx: CanvasRenderingContext2D, frame: ChildFrame): void {
  ctx.save();
  ctx.translate(CHILD_CELL.footX, CHILD_CELL.footY);
  glow(ctx, 0, -28, 34, frame === 'frozen' ? '#9fb4ff' : '#b8f27a', 0.22);
  figure(ctx, frame);
  ctx.restore();
}
