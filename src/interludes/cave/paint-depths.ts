/** Paints the cave's depths: the far dark (with a gap of sky) and the middle distance. */
import { bokeh } from '../../scenes/painters/lens';
import { glow, linear, rgba, seeded } from '../../scenes/painters/paint-kit';
import { crystals, fungus, rock } from '../../scenes/painters/places/p1-cave-flora';

/** A painted depth: its span in layer units (x from `x0`, `w` wide, `h` tall) and resolution. */
export interface DepthSpan {
  x0: number;
  w: number;
  h: number;
  res: number;
}

/** Hanging rock along the top: a ragged ceiling line with long stalactites here and there. */
function ceiling(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  s: DepthSpan,
  depth: number,
  color: string,
  rim: string,
) {
  const edge: number[] = [];
  for (let x = s.x0 - 40; x <= s.x0 + s.w + 40; x += 40 + rand() * 50) {
    const long = rand() < 0.22;
    edge.push(x, depth + (long ? 120 + rand() * 200 : rand() * 60));
  }
  rock(ctx, rand, edge, [s.x0 + s.w + 40, -400, s.x0 - 40, -400], color, rim);
}

/**
 * The far cave: violet dark, huge faint pillars, drifting specks of light, and over the ship's
 * chamber (at `skyAt`) a crack of open alien sky with stars in it.
 */
export function paintFar(ctx: CanvasRenderingContext2D, s: DepthSpan, skyAt: number): void {
  const rand = seeded(61);
  ctx.save();
  ctx.scale(s.res, s.res);
  ctx.translate(-s.x0, 0);
  ctx.fillStyle = linear(ctx, 0, 0, 0, s.h, [
    [0, '#0e0718'],
    [0.5, '#241440'],
    [1, '#1a0f2c'],
  ]);
  ctx.fillRect(s.x0, 0, s.w, s.h);
  for (let x = s.x0; x < s.x0 + s.w; x += 260 + rand() * 260) {
    glow(
      ctx,
      x,
      380 + rand() * 300,
      260 + rand() * 200,
      rand() < 0.5 ? '#6a4aa8' : '#8a3f86',
      0.25,
    );
  }
  // The crack of sky: deep teal, stars, a pale moon edge.
  ctx.fillStyle = linear(ctx, 0, 0, 0, 520, [
    [0, '#0b2a3a'],
    [1, '#3a6a7a'],
  ]);
  ctx.beginPath();
  ctx.moveTo(skyAt - 260, 0);
  ctx.quadraticCurveTo(skyAt - 120, 260, skyAt - 40, 470);
  ctx.quadraticCurveTo(skyAt + 60, 300, skyAt + 260, 0);
  ctx.fill();
  for (let i = 0; i < 60; i++) {
    const x = skyAt - 200 + rand() * 400;
    const y = rand() * 380;
    ctx.fillStyle = rgba('#ffffff', 0.4 + rand() * 0.6);
    ctx.fillRect(x, y, 2 + rand() * 2, 2 + rand() * 2);
  }
  glow(ctx, skyAt + 60, 90, 150, '#d8f4ff', 0.35);
  for (let x = s.x0; x < s.x0 + s.w; x += 180 + rand() * 240) {
    const w = 70 + rand() * 120;
    rock(
      ctx,
      rand,
      [x - w, s.h, x - w * 0.4, 200 + rand() * 200, x + w * 0.3, 160 + rand() * 240, x + w, s.h],
      [x + w, s.h],
      '#1c1030',
      rgba('#b9a0ff', 0.12),
    );
  }
  ceiling(ctx, rand, s, 40, '#1a0f2c', rgba('#b9a0ff', 0.18));
  bokeh(
    ctx,
    rand,
    Math.round(s.w / 90),
    { x: s.x0, y: 150, w: s.w, h: 500 },
    ['#7ef0e0', '#b9a0ff', '#f08ad8'],
    3,
    10,
  );
  ctx.restore();
}

/** The middle distance: pillars and crystal, far fungus and the ceiling's long teeth. */
export function paintMid(ctx: CanvasRenderingContext2D, s: DepthSpan): void {
  const rand = seeded(83);
  const hues = ['#7ef0e0', '#f08ad8', '#b8f27a'];
  ctx.save();
  ctx.scale(s.res, s.res);
  ctx.translate(-s.x0, 0);
  for (let x = s.x0; x < s.x0 + s.w; x += 300 + rand() * 300) {
    // A column of rock from floor to ceiling, lit down one side by what grows at its foot.
    const w = 90 + rand() * 110;
    const waist = 0.55 + rand() * 0.25;
    const edge = [x - w, s.h, x - w * waist, s.h * 0.55, x - w * 0.7, s.h * 0.2, x - w, -50];
    const close = [x + w, -50, x + w * 0.7, s.h * 0.25, x + w * waist, s.h * 0.6, x + w, s.h];
    rock(ctx, rand, edge, close, '#22143a', rgba('#c9b2ff', 0.2));
    const hue = hues[Math.floor(rand() * hues.length)] ?? '#7ef0e0';
    if (rand() < 0.6)
      fungus(ctx, rand, x + (rand() - 0.5) * w, s.h - 40 - rand() * 120, 18 + rand() * 16, hue);
    else
      crystals(ctx, rand, x + (rand() - 0.5) * w, s.h - 60 - rand() * 100, 50 + rand() * 50, hue);
  }
  ceiling(ctx, rand, s, 110, '#24163a', rgba('#c9b2ff', 0.3));
  ctx.restore();
}
