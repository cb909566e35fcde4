/** Theodore's little astronaut, painted in code: a puffy white suit, a bubble helmet, a lamp. */
import { linear } from '../../scenes/painters/paint-kit';
import { CORAL, DEEP, SHADE, SUIT, helmet, limb } from './paint-suit';

/** One frame cell, in world units (textures are painted at a higher resolution). */
export const ASTRONAUT_CELL = { w: 180, h: 190, footX: 90, footY: 182 } as const;

/** The frames, in atlas order: standing, four steps of walking, knocked flat, sitting. */
export const ASTRONAUT_FRAMES = [
  'stand',
  'walk0',
  'walk1',
  'walk2',
  'walk3',
  'down',
  'sit',
] as const;
/** The name of an astronaut frame. */
export type AstronautFrame = (typeof ASTRONAUT_FRAMES)[number];

/** Where the limbs go for a frame: foot and hand offsets, and how low the hips sit. */
interface Stance {
  feet: [number, number, number, number];
  hands: [number, number, number, number];
  hip: number;
  tilt: number;
}

function stanceOf(frame: AstronautFrame): Stance {
  if (frame === 'sit')
    return { feet: [30, -6, 44, -4], hands: [26, -40, 36, -38], hip: -26, tilt: 0.18 };
  const step = frame.startsWith('walk') ? Number(frame.slice(4)) : -1;
  const s = step < 0 ? 0 : Math.sin((step * Math.PI) / 2 + 0.6) * 14;
  return {
    feet: [-9 - s, 0, 10 + s, 0],
    hands: [-22 + s * 0.8, -44, 26 - s * 0.8, -46],
    hip: -36,
    tilt: 0,
  };
}

/** Paints the astronaut standing on (0, 0), facing right, in a frame's stance. */
function figure(ctx: CanvasRenderingContext2D, frame: AstronautFrame): void {
  const st = stanceOf(frame);
  const lift = st.hip + 36; // the sitting body is lower
  const [fx0, fy0, fx1, fy1] = st.feet;
  const [hx0, hy0, hx1, hy1] = st.hands;
  limb(ctx, -10, st.hip, fx0, fy0 - 7, 17); // far leg
  limb(ctx, -17, -70 + lift, hx0, hy0 + lift * 0.4, 13); // far arm
  // Backpack, then the puffy torso with its coral belt (Theodore's colour, even in a cave).
  ctx.fillStyle = linear(ctx, -40, 0, -14, 0, [
    [0, DEEP],
    [1, SHADE],
  ]);
  ctx.beginPath();
  ctx.roundRect(-40, -88 + lift, 24, 46, 8);
  ctx.fill();
  ctx.fillStyle = linear(ctx, -26, 0, 28, 0, [
    [0, SHADE],
    [0.45, SUIT],
    [1, SUIT],
  ]);
  ctx.strokeStyle = DEEP;
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  ctx.roundRect(-25, -86 + lift, 52, 58, 20);
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = CORAL;
  ctx.fillRect(-24, -42 + lift, 50, 7);
  ctx.fillStyle = '#7ef0e0';
  ctx.fillRect(6, -74 + lift, 10, 6); // a little chest light
  limb(ctx, 10, st.hip, fx1, fy1 - 7, 17); // near leg
  for (const [x, y] of [
    [fx0, fy0],
    [fx1, fy1],
  ] as const) {
    ctx.fillStyle = DEEP;
    ctx.beginPath();
    ctx.ellipse(x + 3, y - 5, 12, 7, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  limb(ctx, 20, -70 + lift, hx1, hy1 + lift * 0.4, 13); // near arm
  helmet(ctx, 4, -110 + lift, st.tilt);
}

/** Paints one frame into a cell whose foot point is (footX, footY). */
export function paintAstronaut(ctx: CanvasRenderingContext2D, frame: AstronautFrame): void {
  ctx.save();
  ctx.translate(ASTRONAUT_CELL.footX, ASTRONAUT_CELL.footY);
  if (frame === 'down') {
    // Flat on his back: the standing figure turned a quarter, backpack to the floor.
    ctx.translate(58, -34);
    ctx.rotate(-Math.PI / 2);
    figure(ctx, 'stand');
  } else figure(ctx, frame);
  ctx.restore();
}
