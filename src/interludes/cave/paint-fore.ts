/** Paints the near edge of the cave: out-of-focus rock in front of the play, top and bottom. */
import { rgba, seeded } from '../../scenes/painters/paint-kit';
import { rock } from '../../scenes/painters/places/p1-cave-flora';

/** One piece of the near edge (in front of the play): a hanging cluster, or a lump of floor rock. */
export function paintForePiece(
  ctx: CanvasRenderingContext2D,
  kind: 'top' | 'bottom',
  seed: number,
  w: number,
  h: number,
): void {
  const rand = seeded(seed);
  ctx.filter = 'blur(5px)'; // this close to the eye, the rock is out of focus
  if (kind === 'top') {
    const edge: number[] = [];
    for (let x = 0; x <= w; x += 30 + rand() * 40) edge.push(x, 40 + rand() ** 2 * (h - 60));
    rock(ctx, rand, edge, [w, 0, 0, 0], '#0c0714', rgba('#f08ad8', 0.3));
  } else {
    const edge = [
      0,
      h,
      w * 0.15,
      h * 0.45,
      w * 0.45,
      h * 0.15 + rand() * 30,
      w * 0.8,
      h * 0.4,
      w,
      h,
    ];
    rock(ctx, rand, edge, [w, h, 0, h], '#0c0714', rgba('#7ef0e0', 0.25));
  }
  ctx.filter = 'none';
}
