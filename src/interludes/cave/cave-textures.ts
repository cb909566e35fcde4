/** Paints every cave texture once (kept for the second half): depths, near rock, and a sprite atlas. */
import type Phaser from 'phaser';
import { paintAtlas, type Origins } from './cave-atlas';
import { CAVE, WORLD_H, worldWidth, type CaveMap } from './cave-map';
import { PLACES } from './cave-places';
import { paintFar, paintMid, type DepthSpan } from './paint-depths';
import { paintForePiece } from './paint-fore';
import { paintNearCave, paintSecretFloor } from './paint-near';

/** The near cave is painted in chunks this wide (world units). */
export const NEAR_CHUNK = 1600;
/** Widest texture painted, in pixels (some GPUs refuse more than 4096; tiles stay well under). */
const TILE_PX = 2048;
/** The hidden tunnel's patch of floor, painted apart so it can appear when the child shows it. */
export const SECRET = {
  x0: 112 * 40,
  w: 16 * 40,
  cells: { col: 117, row: 8, cols: 6, rows: 2 },
} as const;

/** A painted depth: its span in layer units, and its tiles (each `tileW` layer units wide). */
export interface DepthArt {
  keys: string[];
  tileW: number;
  span: DepthSpan;
}

/** What the scene needs to place the art: texture keys, spans and each sprite frame's anchor. */
export interface CaveArt {
  /** Pixels per world unit of the cave's big pictures (painted to match the screen). */
  res: number;
  far: DepthArt;
  mid: DepthArt;
  near: string[];
  secret: string;
  fore: { top: string[]; bottom: string[] };
  /** Anchor of a sprite frame in the atlas, as fractions of its size. */
  origin: Origins;
  /** Pieces still to paint (one a frame keeps the start of the scene smooth). */
  later: (() => void)[];
}

function canvasTexture(
  textures: Phaser.Textures.TextureManager,
  key: string,
  w: number,
  h: number,
  paint: (ctx: CanvasRenderingContext2D) => void,
): void {
  if (textures.exists(key)) return;
  const texture = textures.createCanvas(key, Math.ceil(w), Math.ceil(h));
  if (!texture) return;
  paint(texture.getContext());
  texture.refresh();
}

/** Paints a wide depth in tiles (each tile paints the whole span, shifted: no seams). */
function depth(
  textures: Phaser.Textures.TextureManager,
  name: string,
  span: DepthSpan,
  paint: (ctx: CanvasRenderingContext2D) => void,
): DepthArt {
  const total = Math.ceil(span.w * span.res);
  const keys: string[] = [];
  for (let px = 0, i = 0; px < total; px += TILE_PX, i++) {
    const key = `cave:${name}@${span.res}#${i}`;
    keys.push(key);
    canvasTexture(textures, key, Math.min(TILE_PX, total - px), span.h * span.res, (ctx) => {
      ctx.translate(-px, 0);
      paint(ctx);
    });
  }
  return { keys, tileW: TILE_PX / span.res, span };
}

/**
 * Paints what the first view needs at once and says where everything is; the rest of the
 * near cave (far from `startX`) is left in `later`, to paint one piece a frame. `res` is the
 * screen's pixels per world unit: painting at that size lets the software renderer copy
 * instead of stretch, which is most of what a frame costs it.
 */
export function caveArt(
  textures: Phaser.Textures.TextureManager,
  startX: number,
  res: number,
  map: CaveMap = CAVE,
): CaveArt {
  const later: (() => void)[] = [];
  const wide = worldWidth(map);
  const farSpan = { x0: -700, w: wide * 0.3 + 1400, h: 1000, res };
  const midSpan = { x0: -500, w: wide * 0.62 + 1000, h: 900, res };
  const far = depth(textures, 'far', farSpan, (ctx) => paintFar(ctx, farSpan, PLACES.ship.x * 0.3));
  const mid = depth(textures, 'mid', midSpan, (ctx) => paintMid(ctx, midSpan));
  const near: string[] = [];
  for (let x0 = 0; x0 < wide; x0 += NEAR_CHUNK) {
    const key = `cave:near@${res}#${x0 / NEAR_CHUNK}`;
    near.push(key);
    const paint = () =>
      canvasTexture(textures, key, NEAR_CHUNK * res, WORLD_H * res, (ctx) =>
        paintNearCave(ctx, map, { x0, w: NEAR_CHUNK, res }),
      );
    if (Math.abs(x0 + NEAR_CHUNK / 2 - startX) < NEAR_CHUNK * 1.5) paint();
    else later.push(paint);
  }
  const secret = `cave:secret@${res}`;
  later.push(() =>
    canvasTexture(textures, secret, SECRET.w * res, WORLD_H * res, (ctx) =>
      paintSecretFloor(ctx, map, { x0: SECRET.x0, w: SECRET.w, res }, SECRET.cells),
    ),
  );
  const fore = { top: [] as string[], bottom: [] as string[] };
  for (let i = 0; i < 3; i++) {
    for (const [kind, w, h] of [['top', 520, 520] as const, ['bottom', 600, 320] as const]) {
      const key = `cave:fore-${kind}@${res}#${i}`;
      fore[kind].push(key);
      canvasTexture(textures, key, w * res, h * res, (ctx) => {
        ctx.scale(res, res);
        paintForePiece(ctx, kind, (kind === 'top' ? 100 : 200) + i, w, h);
      });
    }
  }
  return { res, far, mid, near, secret, fore, origin: paintAtlas(textures), later };
}
