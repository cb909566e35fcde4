import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, roundRect, seeded } from '../paint-kit';
import { bokeh } from '../lens';
import { grain, vignette } from '../film';

const BLINDS = { x: 560, y: 90, w: 580, h: 440 };

/** The dark bedroom: city light sliced by blinds, a phone glowing on the nightstand. */
export const paintChatRoom: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    ctx.fillStyle = linear(ctx, 0, 0, 0, 1080, [
      [0, '#1d1529'],
      [1, '#120d1b'],
    ]);
    ctx.fillRect(0, 0, 1920, 1080);
    glow(ctx, BLINDS.x + BLINDS.w / 2, BLINDS.y + BLINDS.h, 620, '#6e4a86', 0.3); // spill on the wall
    blinds(ctx);

    // The bed: a dark headboard and rumpled covers, striped by light from the blinds.
    ctx.fillStyle = '#1a1224';
    roundRect(ctx, 120, 560, 960, 200, 24);
    ctx.fill();
    const duvet = new Path2D();
    duvet.moveTo(60, 1080);
    duvet.bezierCurveTo(120, 720, 420, 690, 700, 720);
    duvet.bezierCurveTo(900, 740, 1050, 700, 1260, 770);
    duvet.lineTo(1420, 1080);
    ctx.fillStyle = '#2a1f38';
    ctx.fill(duvet);
    ctx.fillStyle = '#3a2c4a';
    roundRect(ctx, 200, 640, 340, 106, 50); // pillow
    ctx.fill();
    ctx.save();
    ctx.clip(duvet);
    ctx.globalCompositeOperation = 'lighter';
    for (let i = 0; i < 7; i++) {
      const y = 740 + i * 46;
      ctx.fillStyle = rgba('#a784c4', 0.09 - i * 0.008);
      ctx.beginPath();
      ctx.moveTo(380 - i * 40, y);
      ctx.lineTo(1160 + i * 30, y - 30);
      ctx.lineTo(1170 + i * 30, y - 12);
      ctx.lineTo(380 - i * 40, y + 20);
      ctx.fill();
    }
    ctx.restore();

    nightstand(ctx, 1120, 650);
    vignette(ctx, '#07050b', 0.6);
    grain(ctx, 0.45);
  });

/** The window: the city's glow and a few blurred lights behind slats, each slat edge lit. */
function blinds(ctx: CanvasRenderingContext2D): void {
  const { x, y, w, h } = BLINDS;
  ctx.fillStyle = linear(ctx, 0, y, 0, y + h, [
    [0, '#3e2f5c'],
    [1, '#8a5272'],
  ]);
  ctx.fillRect(x, y, w, h);
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  bokeh(
    ctx,
    seeded(6),
    22,
    { x, y: y + h * 0.35, w, h: h * 0.7 },
    ['#ffb38a', '#ffd9a0', '#c9a0dc'],
    10,
    34,
  );
  for (let sy = y; sy < y + h; sy += 22) {
    ctx.fillStyle = '#231a31';
    ctx.fillRect(x, sy + 5, w, 15);
    ctx.fillStyle = rgba('#e6b8d8', 0.3);
    ctx.fillRect(x, sy + 19, w, 2);
  }
  ctx.restore();
  ctx.strokeStyle = '#0e0a14';
  ctx.lineWidth = 14;
  ctx.strokeRect(x, y, w, h);
}

/** The nightstand with the phone face-up and the earpiece beside it, both softly alight. */
function nightstand(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  glow(ctx, x + 80, y - 20, 420, '#ffcfae', 0.16, true);
  ctx.fillStyle = '#1f1629';
  ctx.fillRect(x, y, 240, 320);
  ctx.fillStyle = '#2d2139';
  ctx.fillRect(x - 10, y - 36, 260, 36); // the top, seen from just above
  ctx.fillStyle = '#1a1223';
  ctx.fillRect(x - 10, y, 260, 10);
  ctx.fillStyle = rgba('#ffcfae', 0.3);
  ctx.fillRect(x - 10, y, 260, 2); // its front edge catching the screen's light
  ctx.save();
  ctx.translate(x + 70, y - 18);
  ctx.scale(1, 0.4); // lying flat, seen at a slant: a squashed, turned rectangle
  ctx.rotate(0.6);
  ctx.fillStyle = '#2a2030';
  roundRect(ctx, -28, -50, 56, 100, 10);
  ctx.fill();
  ctx.fillStyle = linear(ctx, 0, -52, 0, 52, [
    [0, '#ffe9d8'],
    [1, '#f7b99a'],
  ]);
  roundRect(ctx, -24, -45, 48, 90, 7);
  ctx.fill();
  ctx.restore();
  glow(ctx, x + 70, y - 20, 110, '#ffd9bf', 0.35, true);
  glow(ctx, x + 180, y - 18, 34, '#ffb38a', 0.7, true);
  ctx.fillStyle = '#ffc9a8';
  ctx.beginPath();
  ctx.ellipse(x + 180, y - 19, 9, 5, 0, 0, Math.PI * 2);
  ctx.fill();
}
