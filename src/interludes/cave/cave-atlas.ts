/** Packs the astronaut, the child and every prop into one atlas texture, painted once. */
import type Phaser from 'phaser';
import { ASTRONAUT_CELL, ASTRONAUT_FRAMES, paintAstronaut } from './paint-astronaut';
import { CHILD_CELL, CHILD_FRAMES, paintChild } from './paint-child';
import { PROPS, type PropSpec } from './paint-props';

/** Figures and props are painted at this many pixels per world unit (crisp when zoomed in). */
export const SPRITE_RES = 1.5;
/** The atlas texture's key (frames are the sprite names). */
export const ATLAS_KEY = 'cave:atlas';
const WIDTH = 2048;

/** Anchor of each sprite frame, as fractions of its size (its feet, or a light's centre). */
export type Origins = Record<string, { x: number; y: number }>;

/** Every sprite frame: the astronaut's, the child's, and the props'. */
function spriteSpecs(): [string, PropSpec][] {
  const a = ASTRONAUT_CELL;
  const c = CHILD_CELL;
  return [
    ...ASTRONAUT_FRAMES.map((frame): [string, PropSpec] => [
      `astro:${frame}`,
      { w: a.w, h: a.h, ax: a.footX, ay: a.footY, paint: (ctx) => paintAstronaut(ctx, frame) },
    ]),
    ...CHILD_FRAMES.map((frame): [string, PropSpec] => [
      `child:${frame}`,
      { w: c.w, h: c.h, ax: c.footX, ay: c.footY, paint: (ctx) => paintChild(ctx, frame) },
    ]),
    // Props paint around their anchor; figures paint into their cell.
    ...Object.entries(PROPS).map(([name, spec]): [string, PropSpec] => [
      name,
      {
        ...spec,
        paint: (ctx) => {
          ctx.translate(spec.ax, spec.ay);
          spec.paint(ctx);
        },
      },
    ]),
  ];
}

/** Paints the atlas (unless it exists) shelf by shelf, registering a frame per sprite. */
export function paintAtlas(textures: Phaser.Textures.TextureManager): Origins {
  const origins: Origins = {};
  const places: { name: string; x: number; y: number; spec: PropSpec }[] = [];
  let [x, y, shelf] = [0, 0, 0];
  for (const [name, spec] of spriteSpecs()) {
    const w = Math.ceil(spec.w * SPRITE_RES) + 2;
    const h = Math.ceil(spec.h * SPRITE_RES) + 2;
    if (x + w > WIDTH) [x, y, shelf] = [0, y + shelf, 0];
    places.push({ name, x, y, spec });
    origins[name] = { x: spec.ax / spec.w, y: spec.ay / spec.h };
    x += w;
    shelf = Math.max(shelf, h);
  }
  if (textures.exists(ATLAS_KEY)) return origins;
  const texture = textures.createCanvas(ATLAS_KEY, WIDTH, y + shelf);
  if (!texture) return origins;
  const ctx = texture.getContext();
  for (const p of places) {
    const w = Math.ceil(p.spec.w * SPRITE_RES);
    const h = Math.ceil(p.spec.h * SPRITE_RES);
    ctx.save();
    ctx.translate(p.x + 1, p.y + 1);
    ctx.scale(SPRITE_RES, SPRITE_RES);
    p.spec.paint(ctx);
    ctx.restore();
    texture.add(p.name, 0, p.x + 1, p.y + 1, w, h);
  }
  texture.refresh();
  return origins;
}
