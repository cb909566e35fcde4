/**
 * The river of people in the night street: walkers placed in metres through the street's
 * perspective, drawn far to near, each rim-lit by the shops on its side.
 */
import { rgba } from '../paint-kit';
import { hurrying, walker } from './p1-walkers';
import { at, HALF, perMetre } from './p3-street';

/** One person in the street: where they stand (metres), how tall, their coat, their step. */
export interface StreetWalker {
  x: number;
  z: number;
  tall: number;
  coat: string;
  stride: number;
  rushing: boolean;
}

/** Scatters `count` walkers from depth `near` to `far`, clear of `keepOut` (x0, x1, z0, z1). */
export function scatter(
  rand: () => number,
  count: number,
  near: number,
  far: number,
  coats: readonly string[],
  keepOut: readonly [number, number, number, number],
): StreetWalker[] {
  const people: StreetWalker[] = [];
  const [kx0, kx1, kz0, kz1] = keepOut;
  for (let i = 0; i < count; i++) {
    const z = near + (far - near) * rand() ** 0.8;
    let x = (rand() * 2 - 1) * (HALF - 1.2);
    // Nobody walks through the stand: step them round it, as the crowd does for a stone.
    if (z > kz0 && z < kz1 && x > kx0 && x < kx1) x = x - kx0 < kx1 - x ? kx0 - 0.4 : kx1 + 0.4;
    people.push({
      x,
      z,
      tall: 1.55 + rand() * 0.3,
      coat: coats[Math.floor(rand() * coats.length)] ?? '#2c1f2e',
      // Never mid-step with feet together: two legs read as walking, one as a peg.
      stride: (0.35 + rand() * 0.45) * (rand() < 0.5 ? -1 : 1),
      rushing: rand() < 0.25,
    });
  }
  return people.sort((a, b) => b.z - a.z);
}

/** Paints walkers far to near, the shop light catching the edge that faces their nearer wall. */
export function paintWalkers(
  ctx: CanvasRenderingContext2D,
  people: readonly StreetWalker[],
  rim: string,
): void {
  for (const p of people) {
    const [x, y] = at(p.x, 0, p.z);
    const h = p.tall * perMetre(p.z);
    const lean = Math.sign(p.x) * Math.max(1.2, h * 0.014);
    // Too small to see a rim on the far ones: skip it, it's half the cost of a walker.
    if (h > 34) walker(ctx, x + lean, y - Math.max(1, h * 0.01), h, rgba(rim, 0.75), p.stride);
    if (p.rushing && h > 50)
      hurrying(ctx, x, y, h, p.coat, p.stride, h * 0.06 * Math.sign(p.stride), 0);
    else walker(ctx, x, y, h, p.coat, p.stride, p.stride > 0.5);
  }
}
