import type Phaser from 'phaser';
import { paintCommuter } from './commuter';
import { VENDOR } from './palettes';
import { paintPerson } from './person';
import { POSES, runPose, walkPose, type StillPose } from './theodore-poses';

/** Pixels a metre that world art is painted at; the view scales it to the screen's metre. */
export const REF = 120;

/** Theodore's frames: where his feet stand in each, and its size. */
export const THEO_CELL = { w: 240, h: 300, footX: 100, footY: 286 } as const;

/** The city's people: six coat colours, on a call or not, six steps of a walk. */
export const PEOPLE_CELL = { w: 180, h: 260, footX: 90, footY: 252, steps: 6 } as const;
// Browns, mustard and dusty rose: the city's colours, leaving the strong coral to him.
const COATS = ['#8a4a3f', '#6b4a44', '#d99a4e', '#b86a5a', '#4e3a3a', '#a0786a'] as const;

/** Frame name of one of the city's people: coat colour `look`, on a call or not, step `k`. */
export function personFrame(look: number, onCall: boolean, k: number): string {
  return `${look % COATS.length}${onCall ? 'c' : 'w'}${k}`;
}

/** Where his near hand (the phone) is in each of his frames, relative to his feet, in REF pixels. */
export const handOf: Record<string, { x: number; y: number }> = {};

/** Creates a canvas texture once, paints it, and returns its key. */
export function canvasTexture(
  textures: Phaser.Textures.TextureManager,
  key: string,
  w: number,
  h: number,
  draw: (ctx: CanvasRenderingContext2D) => void,
): string {
  if (textures.exists(key)) return key;
  const texture = textures.createCanvas(key, Math.ceil(w), Math.ceil(h));
  if (!texture) return key;
  draw(texture.getContext());
  texture.refresh();
  return key;
}

/** Cuts a painted strip into named frames of one size. */
function frames(
  textures: Phaser.Textures.TextureManager,
  key: string,
  names: string[],
  w: number,
  h: number,
): void {
  const texture = textures.get(key);
  names.forEach((name, i) => texture.add(name, 0, i * w, 0, w, h));
}

/** Theodore: eight running frames, eight walking, and his still poses, in one strip. */
export function paintTheodoreSheet(textures: Phaser.Textures.TextureManager): string {
  const key = 'run:theo';
  if (textures.exists(key)) return key;
  const stills = Object.keys(POSES) as StillPose[];
  const names = [
    ...Array.from({ length: 8 }, (_, i) => `run${i}`),
    ...Array.from({ length: 8 }, (_, i) => `walk${i}`),
    ...stills,
  ];
  const { w, h, footX, footY } = THEO_CELL;
  canvasTexture(textures, key, w * names.length, h, (ctx) => {
    names.forEach((name, i) => {
      const pose = name.startsWith('run')
        ? runPose(Number(name.slice(3)))
        : name.startsWith('walk')
          ? walkPose(Number(name.slice(4)))
          : POSES[name as StillPose];
      const hand = paintPerson(ctx, pose, i * w + footX, footY, 1.8 * REF);
      handOf[name] = { x: hand.x - i * w - footX, y: hand.y - footY };
    });
  });
  frames(textures, key, names, w, h);
  return key;
}

/** The city's people, every colour and step, facing right (the view flips those who come at him). */
export function paintPeopleSheet(textures: Phaser.Textures.TextureManager): string {
  const key = 'run:people';
  if (textures.exists(key)) return key;
  const { w, h, footX, footY, steps } = PEOPLE_CELL;
  const names: string[] = [];
  COATS.forEach((_, look) => {
    for (const call of [false, true])
      for (let k = 0; k < steps; k++) names.push(personFrame(look, call, k));
  });
  canvasTexture(textures, key, w * names.length, h, (ctx) => {
    names.forEach((name, i) => {
      const look = Number(name[0]);
      const k = Number(name.slice(2));
      const stride = Math.sin((k / steps) * Math.PI * 2);
      paintCommuter(
        ctx,
        i * w + footX,
        footY,
        1.72 * REF,
        COATS[look] ?? '#6b4a44',
        stride,
        name[1] === 'c',
      );
    });
  });
  frames(textures, key, names, w, h);
  return key;
}

/** The vendor standing by his cart, kneeling to gather, and waving Theodore on. */
export function paintVendorSheet(textures: Phaser.Textures.TextureManager): string {
  const key = 'run:vendor';
  if (textures.exists(key)) return key;
  const names = ['stand', 'kneel', 'wave'] as const;
  const pose = { stand: POSES.stand, kneel: POSES.kneel, wave: POSES.stumble };
  const { w, h, footX, footY } = THEO_CELL;
  canvasTexture(textures, key, w * names.length, h, (ctx) => {
    names.forEach((name, i) => {
      ctx.save();
      // He faces Theodore (left): paint facing right, mirrored within the cell.
      ctx.translate(i * w + w, 0);
      ctx.scale(-1, 1);
      paintPerson(ctx, pose[name], w - footX, footY, 1.7 * REF, VENDOR);
      ctx.restore();
    });
  });
  frames(textures, key, [...names], w, h);
  return key;
}
