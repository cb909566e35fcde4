/**
 * The walk's small pictures, painted once into textures (the canvas renderer then only moves
 * them): soft glows in each colour the dark holds, a body's warmth, her voice's ripple, the
 * neon smears. Colours only: the canvas renderer cannot tint, so each colour is its own glow.
 */
import type Phaser from 'phaser';
import { glow, rgba } from '../../scenes/painters/paint-kit';

/** The warm lights of the dark: people, her voice, his pulse, the stand, a glint, a bike lamp. */
export const LIGHTS = {
  body: '#ff9a78',
  her: '#ffc29a',
  pulse: '#ff6f5e',
  stand: '#ff9a4a',
  glint: '#fff1dc',
  lamp: '#d6ecff',
} as const;

/** The shop signs' colours (the same tubes the street painting uses). */
export const NEON = ['#ff5f8f', '#ff9a4a', '#ffd166', '#7fe0ff', '#ff6b6b'] as const;

/** Size of the glow textures: soft enough to scale up a long way. */
export const GLOW_SIZE = 64;
/** The body-warmth texture, a person-shaped haze. */
export const BODY = { w: 64, h: 160 } as const;
/** The ripple her voice sends out. */
export const RING_SIZE = 128;
/** A neon smear. */
export const STREAK = { w: 128, h: 32 } as const;

/** Texture key of a glow in one of the LIGHTS. */
export const glowKey = (light: keyof typeof LIGHTS) => `walk:glow:${light}`;
/** Texture key of the smear of neon colour `i`. */
export const streakKey = (i: number) => `walk:streak:${i % NEON.length}`;

/** Paints `key` once into a canvas texture of `w` × `h` (kept for the next visit). */
export function paintOnce(
  textures: Phaser.Textures.TextureManager,
  key: string,
  w: number,
  h: number,
  paint: (ctx: CanvasRenderingContext2D) => void,
): void {
  if (textures.exists(key)) return;
  const texture = textures.createCanvas(key, w, h);
  if (!texture) return;
  paint(texture.getContext());
  texture.refresh();
}

/** Paints every glow, the body haze, the ripple and the smears. */
export function paintLights(textures: Phaser.Textures.TextureManager): void {
  const half = GLOW_SIZE / 2;
  for (const [name, hex] of Object.entries(LIGHTS)) {
    paintOnce(textures, glowKey(name as keyof typeof LIGHTS), GLOW_SIZE, GLOW_SIZE, (ctx) =>
      glow(ctx, half, half, half, hex, 1),
    );
  }
  paintOnce(textures, 'walk:body', BODY.w, BODY.h, (ctx) => {
    // A head's warmth over shoulders and a coat, fading to nothing at the feet: enough to read
    // "someone", never enough to see who.
    squashed(ctx, BODY.w / 2, BODY.h * 0.42, BODY.w * 0.46, 1, 1.9, LIGHTS.body, 0.75);
    squashed(ctx, BODY.w / 2, BODY.h * 0.27, BODY.w * 0.42, 1, 0.55, LIGHTS.body, 0.45);
    glow(ctx, BODY.w / 2, BODY.h * 0.12, BODY.w * 0.2, LIGHTS.body, 0.95);
  });
  paintOnce(textures, 'walk:ring', RING_SIZE, RING_SIZE, (ctx) => {
    const c = RING_SIZE / 2;
    ctx.strokeStyle = rgba(LIGHTS.her, 0.9);
    ctx.shadowColor = LIGHTS.her;
    ctx.shadowBlur = 10;
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    ctx.arc(c, c, c - 12, 0, Math.PI * 2);
    ctx.stroke();
  });
  NEON.forEach((hex, i) =>
    paintOnce(textures, streakKey(i), STREAK.w, STREAK.h, (ctx) => {
      squashed(ctx, STREAK.w / 2, STREAK.h / 2, STREAK.w / 2, 1, STREAK.h / STREAK.w, hex, 0.8);
      squashed(ctx, STREAK.w / 2, STREAK.h / 2, STREAK.w / 3, 1, 0.12, '#fff3e6', 0.7);
    }),
  );
}

/** A glow squashed to sx × sy of its round self, centred on (x, y). */
function squashed(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  sx: number,
  sy: number,
  hex: string,
  alpha: number,
): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(sx, sy);
  glow(ctx, 0, 0, r, hex, alpha);
  ctx.restore();
}
