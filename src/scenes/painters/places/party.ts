import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, seeded } from '../paint-kit';
import { grain, vignette } from '../film';
import { towerRow } from './skyline';
import { canopy, hedge, trunk } from './p1-garden';
import { balloonBunch, stringLights } from './p1-party-lights';
import { cakeTable, presents } from './p1-party-table';
import { guest } from './p1-guests';
import { pony } from './p1-pony';

const HORIZON = 560;
const SUN = { x: 1340, y: 420 };
const RIM = '#ffdcb8';
const BALLOONS = ['#e8604c', '#f3a1a8', '#fbe6cf', '#f0c060', '#f28a7a'];

/** Jocelyn's birthday in a city garden at golden hour: lights in the trees, balloons, a pony. */
export const paintParty: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    const rand = seeded(28);
    // A coral evening sky, brightest low down where the sun is going.
    ctx.fillStyle = linear(ctx, 0, 0, 0, HORIZON, [
      [0, '#e49a9a'],
      [0.55, '#f4b8a0'],
      [1, '#fde0bc'],
    ]);
    ctx.fillRect(0, 0, 1920, HORIZON);
    glow(ctx, SUN.x, SUN.y, 640, '#fff0c8', 0.75);
    towerRow(ctx, {
      seed: rand,
      baseY: HORIZON,
      span: [-40, 1960],
      widths: [70, 150],
      heights: [120, 300],
      gap: 40,
      colors: ['#efb9ac', '#f6cdb8', '#dea090'],
      windows: { color: '#fff0d8', chance: 0.08, cell: 10 },
    });
    ctx.fillStyle = rgba('#fcd8bc', 0.4); // haze: the city is far, the party is here
    ctx.fillRect(0, 0, 1920, HORIZON);
    glow(ctx, SUN.x, SUN.y, 150, '#fffbe8', 0.9);
    hedge(ctx, rand, 470, HORIZON + 20);

    // The lawn, gold where the sun rakes across it, cooler toward us.
    ctx.fillStyle = linear(ctx, 0, HORIZON, 0, 1080, [
      [0, '#d6b678'],
      [0.4, '#bca466'],
      [1, '#9a8650'],
    ]);
    ctx.fillRect(0, HORIZON, 1920, 1080 - HORIZON);
    glow(ctx, SUN.x, HORIZON + 30, 420, '#ffe2a8', 0.45);
    const confetti = ['#e8604c', '#f3a1a8', '#fbe6cf', '#f0c060', '#8fc2b8'];
    for (let i = 0; i < 70; i++) {
      // Confetti in the grass, smaller with distance so the lawn lies down.
      const y = HORIZON + 40 + rand() ** 0.7 * 480;
      const k = (y - HORIZON) / 520;
      ctx.fillStyle = rgba(confetti[i % confetti.length] ?? '#f0c060', 0.8);
      ctx.fillRect(rand() * 1920, y, 4 + k * 10, 3 + k * 5);
    }

    // Trees either side, the strings of lights slung between them.
    trunk(ctx, 180, 700, 220, 30, 56);
    trunk(ctx, 1790, 680, 200, -24, 50);
    canopy(ctx, rand, 170, 120, 320, SUN.x);
    canopy(ctx, rand, 460, 10, 210, SUN.x);
    canopy(ctx, rand, 1800, 110, 320, SUN.x);
    canopy(ctx, rand, 1560, 0, 190, SUN.x);
    stringLights(ctx, 300, 210, 1660, 170, 110, 24);
    stringLights(ctx, 420, 70, 1640, 320, 80, 20);
    stringLights(ctx, 560, 10, 1480, 0, 60, 16);

    // Far guests by the hedge, small and pale with distance.
    for (const [x, c, p] of [
      [880, '#c4908e', { hair: 'short', dress: false, drink: true, lean: 0.04 }],
      [940, '#bb8690', { hair: 'long', dress: true, drink: false, lean: -0.05 }],
      [1250, '#c8967e', { hair: 'bun', dress: false, drink: true }],
    ] as const)
      guest(ctx, x, 612, 180, c, RIM, p);
    pony(ctx, 1490, 668, 230, '#c98a64', '#e2725b', RIM);
    guest(ctx, 1750, 676, 300, '#93646e', RIM, {
      hair: 'short',
      dress: false,
      drink: false,
      lean: -0.04,
    });

    balloonBunch(ctx, rand, 1090, 320, 1010, 644, 6, BALLOONS);
    cakeTable(ctx, 560, 644, 460);
    presents(ctx, 1040, 744);
    // Children running at the party's pace, paper hats on.
    const kid = { dress: false, drink: false, kid: true } as const;
    guest(ctx, 1230, 712, 160, '#cf7468', RIM, {
      ...kid,
      hair: 'short',
      armsUp: true,
      hat: '#f0c060',
    });
    guest(ctx, 1310, 716, 150, '#d99058', RIM, {
      ...kid,
      hair: 'long',
      hat: '#8fc2b8',
      lean: 0.08,
    });
    // Grown-ups near us, drinks in hand, leaning into their talk.
    guest(ctx, 300, 744, 360, '#86566a', RIM, {
      hair: 'long',
      dress: true,
      drink: true,
      lean: 0.03,
    });
    guest(ctx, 450, 738, 350, '#7a5262', RIM, {
      hair: 'short',
      dress: false,
      drink: true,
      lean: -0.04,
    });
    vignette(ctx, '#7a3e44', 0.32);
    grain(ctx, 0.45);
  });
