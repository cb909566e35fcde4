import { glow, linear, rgba, roundRect } from '../../../scenes/painters/paint-kit';
import { passerby } from '../../../scenes/painters/places/passersby';

/**
 * What the ride adds to the elevator painting: the floor display, what waits beyond the
 * doors at each stop (a corridor, then the lobby's noon glare), and the backs of the people
 * crammed in with him. Sizes are in the painting's 1920×1080 design pixels.
 */

/** The doorway in the elevator painting (design pixels), which the door leaves cover. */
export const DOORWAY = { x: 550, y: 240, w: 820, h: 690 } as const;

/** The floor display over the painting's own: a dark pill the number is written on. */
export function paintFloorPill(ctx: CanvasRenderingContext2D): void {
  ctx.fillStyle = '#2e1d19';
  roundRect(ctx, 0, 0, 300, 84, 42);
  ctx.fill();
  ctx.fillStyle = rgba('#ffb38a', 0.12);
  roundRect(ctx, 6, 6, 288, 72, 36);
  ctx.fill();
  ctx.fillStyle = '#ff9a76';
  ctx.beginPath(); // going down
  ctx.moveTo(228, 32);
  ctx.lineTo(256, 32);
  ctx.lineTo(242, 52);
  ctx.fill();
}

/** A floor's corridor seen through the opening doors: a wall, a framed print, a waiting figure. */
export function paintCorridor(ctx: CanvasRenderingContext2D, look: number): void {
  const { w, h } = DOORWAY;
  ctx.fillStyle = linear(ctx, 0, 0, 0, h, [
    [0, ['#f3dccb', '#e9d4c7', '#f1d2bf'][look % 3] ?? '#f3dccb'],
    [0.72, '#e2c1ab'],
    [0.72, '#b98f7e'],
    [1, '#9d7565'],
  ]);
  ctx.fillRect(0, 0, w, h);
  glow(ctx, w * 0.5, 40, 420, '#fff6ea', 0.5);
  ctx.fillStyle = '#c9a48c';
  ctx.fillRect(90 + look * 40, 150, 170, 130);
  ctx.fillStyle = ['#e2725b', '#d99a4e', '#a3ad86'][look % 3] ?? '#e2725b';
  ctx.fillRect(104 + look * 40, 164, 142, 102);
  passerby(
    ctx,
    600 - look * 90,
    h - 60,
    360,
    ['#8a4a3f', '#6b4a44', '#b86a5a'][look % 3] ?? '#6b4a44',
    look % 2 === 0,
  );
}

/** The lobby at noon through the doors: glass, glare, the plaza white beyond. */
export function paintLobbyGlare(ctx: CanvasRenderingContext2D): void {
  const { w, h } = DOORWAY;
  ctx.fillStyle = linear(ctx, 0, 0, 0, h, [
    [0, '#fff8f0'],
    [0.7, '#fbe6d6'],
    [0.7, '#e6c7b3'],
    [1, '#d9b29d'],
  ]);
  ctx.fillRect(0, 0, w, h);
  ctx.fillStyle = rgba('#d8bfb2', 0.5);
  for (let x = 60; x < w; x += 180) ctx.fillRect(x, 0, 10, h * 0.7); // the lobby's glass mullions
  glow(ctx, w * 0.5, h * 0.4, 520, '#ffffff', 0.9);
}

/** The back of someone in the car (a silhouette), `onCall` with a hand at the ear. */
export function paintRider(ctx: CanvasRenderingContext2D, color: string, onCall: boolean): void {
  passerby(ctx, 150, 700, 640, color, onCall);
}

/** Theodore from behind, in the car: coral shoulders, the back of his dark head, his ears. */
export function paintTheodoreBack(ctx: CanvasRenderingContext2D): void {
  // passerby() puts a 620-tall figure's head (radius 74) centred 174 below its top edge.
  passerby(ctx, 150, 720, 620, '#d4553f', false);
  ctx.fillStyle = '#e9b395';
  ctx.fillRect(132, 226, 36, 44); // the nape of his neck
  for (const x of [78, 222]) {
    ctx.beginPath();
    ctx.arc(x, 184, 13, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.fillStyle = '#3b2420';
  ctx.beginPath();
  ctx.arc(150, 170, 75, 0, Math.PI * 2);
  ctx.fill();
}
