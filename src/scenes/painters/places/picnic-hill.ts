import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, seeded } from '../paint-kit';
import { grain, vignette } from '../film';
import { towerRow } from './skyline';
import { roundTree, type Foliage } from './p2-park';
import { blanket, food } from './p2-picnic';

const HORIZON = 520;
const CREST = 600; // where our hill's grass drops away toward the valley
const LEAVES: Foliage = {
  shade: '#5a7a4e',
  mid: '#7c9a58',
  lit: '#b9c472',
  trunk: '#6a5040',
  sunSide: 1,
};

/** The picnic hill above the city: a checked blanket on the grass, the city small and far below. */
export const paintPicnicHill: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    const rand = seeded(91);
    ctx.fillStyle = linear(ctx, 0, 0, 0, HORIZON, [
      [0, '#9ec3d8'],
      [0.6, '#d6e4e2'],
      [1, '#f6ead6'],
    ]);
    ctx.fillRect(0, 0, 1920, HORIZON + 40);
    glow(ctx, 1640, 90, 700, '#fff8e6', 0.8); // a warm afternoon sun, high on the right
    for (const [x, y, s] of [
      [470, 220, 0.95],
      [1180, 150, 0.75],
      [1620, 330, 0.6],
      [820, 360, 0.45],
    ] as const) {
      cloud(ctx, rand, x, y, s);
    }

    // The valley: far blue hills, the city small in the haze on the valley floor, green slopes.
    ctx.fillStyle = '#b9c8d0';
    ctx.beginPath();
    ctx.moveTo(0, HORIZON - 30);
    ctx.bezierCurveTo(400, HORIZON - 80, 700, HORIZON - 10, 1000, HORIZON - 20);
    ctx.bezierCurveTo(1300, HORIZON - 40, 1600, HORIZON - 90, 1920, HORIZON - 40);
    ctx.lineTo(1920, CREST + 60);
    ctx.lineTo(0, CREST + 60);
    ctx.fill();
    ctx.fillStyle = '#c3cfcf'; // the valley floor, a little nearer and warmer
    ctx.fillRect(0, HORIZON + 8, 1920, CREST + 60 - HORIZON);
    // Low outskirts either side, the downtown cluster rising in the middle.
    for (const [span, heights] of [
      [
        [640, 1400],
        [6, 22],
      ],
      [
        [860, 1180],
        [26, 74],
      ],
    ] as const) {
      towerRow(ctx, {
        seed: rand,
        baseY: HORIZON + 44,
        span,
        widths: [8, 20],
        heights,
        gap: 10,
        colors: ['#e3e6e6', '#cfd6dc', '#a6b1c2'],
      });
    }
    glow(ctx, 1020, HORIZON + 30, 300, '#fff6e6', 0.35); // sun flashing off distant glass
    ctx.fillStyle = rgba('#eef0ea', 0.3);
    ctx.fillRect(0, HORIZON - 120, 1920, 190);
    for (const [y, c, lift] of [
      [HORIZON + 30, '#a9bd94', 40],
      [HORIZON + 60, '#97b27e', 70],
    ] as const) {
      ctx.fillStyle = c;
      ctx.beginPath();
      ctx.moveTo(0, y - lift);
      ctx.bezierCurveTo(300, y - lift, 500, y + 10, 720, y + 40);
      ctx.lineTo(720, 1080);
      ctx.lineTo(0, 1080);
      ctx.moveTo(1920, y - lift * 0.8);
      ctx.bezierCurveTo(1700, y - lift, 1500, y + 20, 1300, y + 44);
      ctx.lineTo(1300, 1080);
      ctx.lineTo(1920, 1080);
      ctx.fill();
    }

    // Our hill: a broad crest of sunlit grass.
    ctx.fillStyle = linear(ctx, 0, CREST - 40, 0, 1080, [
      [0, '#b6c97a'],
      [0.3, '#93b063'],
      [1, '#5f824a'],
    ]);
    ctx.beginPath();
    ctx.moveTo(0, CREST + 10);
    ctx.bezierCurveTo(500, CREST - 40, 1300, CREST - 20, 1920, CREST + 30);
    ctx.lineTo(1920, 1080);
    ctx.lineTo(0, 1080);
    ctx.fill();
    roundTree(ctx, rand, 230, 700, 520, LEAVES);
    blanket(ctx, [
      [600, 760],
      [1330, 760],
      [1200, 640],
      [720, 640],
    ]);
    food(ctx, 960, 700);
    // Tufts of grass and a few wildflowers, larger as they come toward us.
    for (let i = 0; i < 70; i++) {
      const x = rand() * 1920;
      const y = CREST + 40 + rand() ** 0.8 * 440;
      const k = 0.5 + (y - CREST) / 300;
      ctx.strokeStyle = rgba(rand() < 0.5 ? '#c9d98a' : '#56763f', 0.7);
      ctx.lineWidth = 1.5 * k;
      ctx.beginPath();
      for (const lean of [-0.5, 0, 0.45]) {
        ctx.moveTo(x, y);
        ctx.quadraticCurveTo(x + lean * 4 * k, y - 6 * k, x + lean * 9 * k, y - 12 * k);
      }
      ctx.stroke();
      if (rand() < 0.2) {
        ctx.fillStyle = rand() < 0.5 ? '#fff8ec' : '#f4c24a';
        ctx.beginPath();
        ctx.arc(x + 5 * k, y - 12 * k, 2.6 * k, 0, Math.PI * 2);
        ctx.fill();
      }
    }
    vignette(ctx, '#4f6a5a', 0.28);
    grain(ctx, 0.4);
  });

/** A fair-weather cumulus: a crisp heap of rounds on a flat base, shaded blue underneath. */
function cloud(ctx: CanvasRenderingContext2D, rand: () => number, x: number, y: number, s: number) {
  const puffs: [number, number, number][] = [];
  for (let i = 0; i < 6; i++) {
    const t = i / 5 - 0.5;
    const r = (44 + (1 - Math.abs(t) * 1.6) * 50 + rand() * 18) * s; // tallest in the middle
    puffs.push([x + t * 300 * s, y - r * 0.5, r]);
  }
  const heap = (dy: number) => {
    ctx.beginPath();
    for (const [px, py, r] of puffs) {
      ctx.moveTo(px + r, py + dy);
      ctx.arc(px, py + dy, r, 0, Math.PI * 2);
    }
  };
  ctx.save();
  ctx.beginPath();
  ctx.rect(x - 400 * s, y - 300 * s, 800 * s, 300 * s); // cut flat along the base
  ctx.clip();
  ctx.fillStyle = rgba('#cbd9e4', 0.9);
  heap(0);
  ctx.fill();
  ctx.fillStyle = rgba('#fffdf8', 0.95); // the sunlit tops, shifted toward the sun
  ctx.translate(x, y);
  ctx.scale(0.94, 0.9);
  ctx.translate(-x + 12 * s, -y - 22 * s);
  heap(0);
  ctx.fill();
  ctx.restore();
}
