import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, seeded } from '../paint-kit';
import { bokeh } from '../lens';
import { grain, vignette } from '../film';
import { towerRow } from './skyline';
import { crowd } from './passersby';
import { at, END, HALF, HORIZON, perMetre, streetSides } from './p3-street';
import { paintWalkers, scatter, type StreetWalker } from './p3-crowd';
import { pizzaStand } from './p3-pizza-stand';
import { softBox, squashedGlow } from './p3-lens';

const COATS = ['#2a1a2e', '#3a2238', '#4a2634', '#33203f', '#52283a'] as const;
// The stand, in street metres: a little right of centre so a figure on stage leaves its sign clear.
const STAND = { x: 2.4, z: 11.5 } as const;

/** A night street full of people, pale towers at its end, a pizza stand glowing on the corner. */
export const paintNightCrowd: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    const rand = seeded(21);
    ctx.fillStyle = linear(ctx, 0, 0, 0, HORIZON, [
      [0, '#1c1128'],
      [0.45, '#3a2640'],
      [0.8, '#8a3f5e'],
      [1, '#e07c6c'],
    ]);
    ctx.fillRect(0, 0, 1920, HORIZON + 40);
    glow(ctx, 960, HORIZON, 420, '#ff9a78', 0.45); // the plaza's light held in the haze

    // Pale towers beyond the plaza, blushing with the city's uplight.
    towerRow(ctx, {
      seed: rand,
      baseY: HORIZON + 24,
      span: [560, 1380],
      widths: [70, 130],
      heights: [260, 470],
      gap: 20,
      colors: ['#d9b0b4', '#b07a8c', '#8a6486'],
      floors: { color: rgba('#7a5478', 0.3), every: 14 },
      windows: { color: '#ffd59a', chance: 0.22, cell: 10 },
    });
    ctx.fillStyle = linear(ctx, 0, 200, 0, HORIZON + 24, [
      [0, rgba('#f08a7c', 0)],
      [1, rgba('#f08a7c', 0.5)],
    ]);
    ctx.fillRect(560, 200, 820, HORIZON - 176);
    paving(ctx);
    crowd(ctx, rand, 700, 1220, at(0, 0, END + 14)[1], perMetre(END + 14) * 1.7, 30, COATS);

    streetSides(ctx, rand);
    awning(ctx, 8.5, 17);
    const [sx, sy] = at(STAND.x, 0, STAND.z);
    const m = perMetre(STAND.z);
    pizzaStand(ctx, sx, sy, m);

    // The river: everyone behind the stand that it would hide is left out, the rest drawn over it.
    const hidden = (p: StreetWalker) =>
      p.z > STAND.z && Math.abs(at(p.x, 0, p.z)[0] - sx) < 2.1 * m + perMetre(p.z) * 0.4;
    const river = scatter(rand, 110, 4.2, END + 4, COATS, [
      STAND.x - 2.3,
      STAND.x + 2.3,
      9.5,
      13.5,
    ]);
    softBox(ctx, 2, { x: 0, y: 330, w: 1920, h: 620 }, (c) =>
      paintWalkers(
        c,
        river.filter((p) => !hidden(p)),
        '#ffb48a',
      ),
    );

    // Shoulders right in front of us, too close to focus: the crowd he is walking through.
    const near: StreetWalker[] = [-2.7, -2.4, 2.5, 3.3].map((x, i) => ({
      x: x + rand() * 0.3,
      z: 2.6 + (i % 2) * 0.9 + rand() * 0.3,
      tall: 1.6 + rand() * 0.2,
      coat: i % 2 ? '#22122a' : '#160c1a',
      stride: rand() - 0.5,
      rushing: false,
    }));
    for (const [x, w] of [
      [0, 560],
      [1360, 560],
    ] as const) {
      softBox(ctx, 10, { x, y: 360, w, h: 720 }, (c) => paintWalkers(c, near, '#ff9a78'));
    }

    bokeh(
      ctx,
      rand,
      30,
      { x: 0, y: 120, w: 1920, h: 500 },
      ['#ff7fa0', '#ffb36b', '#ffd9a0', '#ff6b6b', '#8fe3ff'],
      12,
      50,
    );
    vignette(ctx, '#12091a', 0.55);
    grain(ctx, 0.45);
  });

/** The paving: damp and dark, joints running to the plaza, its glow down the middle. */
function paving(ctx: CanvasRenderingContext2D): void {
  ctx.fillStyle = linear(ctx, 0, HORIZON + 20, 0, 1080, [
    [0, '#b8657a'],
    [0.12, '#6a3a55'],
    [1, '#1e1226'],
  ]);
  ctx.fillRect(0, HORIZON + 20, 1920, 1080);
  ctx.strokeStyle = rgba('#ffb4a0', 0.08);
  ctx.lineWidth = 2;
  ctx.beginPath();
  for (let x = -8.75; x <= 8.75; x += 2.5) {
    ctx.moveTo(...at(x, 0, END));
    ctx.lineTo(...at(x, 0, 1.2));
  }
  ctx.stroke();
  squashedGlow(ctx, 960, HORIZON + 70, 420, 0.3, 1, '#ff9a78', 0.35);
}

/** The restaurant's deep red awning on the left, from depth z0 to z1: where the date ends. */
function awning(ctx: CanvasRenderingContext2D, z0: number, z1: number): void {
  const wall = -HALF;
  const edge = -HALF + 1.8;
  const cloth = new Path2D();
  cloth.moveTo(...at(wall, 4, z0));
  cloth.lineTo(...at(wall, 4, z1));
  cloth.lineTo(...at(edge, 3.1, z1));
  cloth.lineTo(...at(edge, 3.1, z0));
  cloth.closePath();
  const [, top] = at(wall, 4, z1);
  const [, hem] = at(edge, 3.1, z0);
  ctx.fillStyle = linear(ctx, 0, top, 0, hem, [
    [0, '#5a1a22'],
    [1, '#a8323a'],
  ]);
  ctx.fill(cloth);
  const valance = new Path2D(); // the hanging front edge, lit by the lamps beneath it
  valance.moveTo(...at(edge, 3.1, z0));
  valance.lineTo(...at(edge, 3.1, z1));
  valance.lineTo(...at(edge, 2.8, z1));
  valance.lineTo(...at(edge, 2.8, z0));
  ctx.fillStyle = '#c84a48';
  ctx.fill(valance);
  for (let z = z0 + 1.5; z < z1; z += 3)
    glow(ctx, ...at(wall + 0.6, 2.6, z), perMetre(z) * 1.2, '#ffc070', 0.5, true);
}
