/** The cave's light and motion, painted in code: glows, the lamp, drips, dust, the scuffle. */
import { glow, linear, radial } from '../../scenes/painters/paint-kit';
import { cloud } from './paint-scuffle';

/** A prop's cell in world units and the point that stands on the floor (or the light's centre). */
export interface PropSpec {
  w: number;
  h: number;
  ax: number;
  ay: number;
  paint: (ctx: CanvasRenderingContext2D) => void;
}

/** The cone of the helmet lamp, pointing right from its narrow end (drawn additively). */
function lampCone(ctx: CanvasRenderingContext2D): void {
  ctx.fillStyle = linear(ctx, 0, 0, 300, 0, [
    [0, 'rgba(255,230,160,0.55)'],
    [1, 'rgba(255,230,160,0)'],
  ]);
  ctx.beginPath();
  ctx.moveTo(0, -4);
  ctx.lineTo(300, -70);
  ctx.quadraticCurveTo(320, 0, 300, 80);
  ctx.lineTo(0, 4);
  ctx.fill();
}

const light = (hex: string, r: number, a: number): PropSpec => ({
  w: r * 2,
  h: r * 2,
  ax: r,
  ay: r,
  paint: (ctx) => glow(ctx, 0, 0, r, hex, a),
});

/** The effect sprites, by frame name. */
export const EFFECTS: Record<string, PropSpec> = {
  cloud: { w: 220, h: 150, ax: 110, ay: 130, paint: cloud },
  lamp: { w: 330, h: 180, ax: 0, ay: 90, paint: lampCone },
  beacon: light('#ffd27a', 90, 0.9),
  glowCyan: light('#7ef0e0', 80, 0.75),
  glowPink: light('#f08ad8', 80, 0.75),
  glowLime: light('#b8f27a', 80, 0.75),
  drop: {
    w: 12,
    h: 26,
    ax: 6,
    ay: 22,
    paint: (ctx) => {
      glow(ctx, 0, -8, 10, '#bff6ff', 0.9);
      ctx.fillStyle = '#e8fbff';
      ctx.beginPath();
      ctx.ellipse(0, -7, 2.6, 6, 0, 0, Math.PI * 2);
      ctx.fill();
    },
  },
  splash: {
    w: 60,
    h: 24,
    ax: 30,
    ay: 12,
    paint: (ctx) => {
      ctx.strokeStyle = 'rgba(191,246,255,0.8)';
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.ellipse(0, 0, 26, 7, 0, 0, Math.PI * 2);
      ctx.stroke();
    },
  },
  dust: {
    w: 70,
    h: 44,
    ax: 35,
    ay: 36,
    paint: (ctx) => {
      for (const [x, r] of [
        [-12, 14],
        [8, 17],
        [22, 11],
      ] as const) {
        ctx.fillStyle = radial(ctx, x, -14, r, [
          [0, 'rgba(210,196,236,0.7)'],
          [1, 'rgba(210,196,236,0)'],
        ]);
        ctx.fillRect(x - r, -14 - r, r * 2, r * 2);
      }
    },
  },
  shadow: {
    w: 90,
    h: 30,
    ax: 45,
    ay: 15,
    paint: (ctx) => {
      ctx.fillStyle = radial(ctx, 0, 0, 40, [
        [0, 'rgba(6,2,12,0.55)'],
        [1, 'rgba(6,2,12,0)'],
      ]);
      ctx.scale(1, 0.3);
      ctx.beginPath();
      ctx.arc(0, 0, 40, 0, Math.PI * 2);
      ctx.fill();
    },
  },
  eye: {
    w: 30,
    h: 20,
    ax: 15,
    ay: 10,
    paint: (ctx) => {
      glow(ctx, 0, 0, 14, '#b8f27a', 0.6);
      ctx.fillStyle = '#fbfbf4';
      ctx.beginPath();
      ctx.ellipse(0, 0, 6, 4.5, 0, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = '#0d0612';
      ctx.beginPath();
      ctx.arc(1, 0, 2, 0, Math.PI * 2);
      ctx.fill();
    },
  },
};
