import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, seeded } from '../paint-kit';
import { grain, vignette } from '../film';
import { buttons, floorDisplay } from './elevator-panels';

// The far wall (the doors) as a box inside the frame; side walls run from it to the edges.
const BACK = { x: 440, y: 110, w: 1040, h: 820 };

/** Inside the elevator: warm light, brushed-metal doors, the floor numbers climbing above. */
export const paintElevator: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    const rand = seeded(3);
    const { x, y, w, h } = BACK;
    ctx.fillStyle = linear(ctx, 0, 0, 0, 1080, [
      [0, '#8a5a48'],
      [1, '#4a3029'],
    ]);
    ctx.fillRect(0, 0, 1920, 1080);

    // Side walls: warm metal panels lit more near the ceiling.
    for (const side of [-1, 1] as const) {
      const edge = side < 0 ? 0 : 1920;
      const inner = side < 0 ? x : x + w;
      ctx.fillStyle = linear(ctx, edge, 0, inner, 0, [
        [0, '#9c6c55'],
        [1, '#c89478'],
      ]);
      ctx.beginPath();
      ctx.moveTo(edge, 0);
      ctx.lineTo(inner, y);
      ctx.lineTo(inner, y + h);
      ctx.lineTo(edge, 1080);
      ctx.fill();
      // The handrail, a bright line converging toward the doors.
      ctx.strokeStyle = '#f3d2b4';
      ctx.lineWidth = 10;
      ctx.beginPath();
      ctx.moveTo(edge, 690);
      ctx.lineTo(inner, y + h * 0.6);
      ctx.stroke();
      // Panel seams converge on the doors too, which is what sells the depth.
      ctx.strokeStyle = rgba('#6e4536', 0.35);
      ctx.lineWidth = 3;
      for (const f of [0.35, 0.7]) {
        const sx = edge + (inner - edge) * f;
        ctx.beginPath();
        ctx.moveTo(sx, y * f);
        ctx.lineTo(sx, 1080 - (1080 - y - h) * f);
        ctx.stroke();
      }
    }
    buttons(ctx, x + w + 80, 330);

    // Ceiling: a glowing panel, the only light source, so everything below is warm.
    ctx.fillStyle = '#6d4538';
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.lineTo(1920, 0);
    ctx.lineTo(x + w, y);
    ctx.lineTo(x, y);
    ctx.fill();
    ctx.fillStyle = linear(ctx, 0, 0, 0, y, [
      [0, '#ffeee6'],
      [1, '#ffcfb4'],
    ]);
    ctx.beginPath();
    ctx.moveTo(260, 0);
    ctx.lineTo(1660, 0);
    ctx.lineTo(x + w - 80, y - 16);
    ctx.lineTo(x + 80, y - 16);
    ctx.fill();

    // Back wall and the two brushed doors with their seam down the middle.
    ctx.fillStyle = '#a97a62';
    ctx.fillRect(x, y, w, h);
    const door = { x: x + 110, y: y + 130, w: w - 220, h: h - 130 };
    ctx.fillStyle = linear(ctx, door.x, 0, door.x + door.w, 0, [
      [0, '#c9a18a'],
      [0.45, '#e8c8ae'],
      [0.55, '#dcb79d'],
      [1, '#b98e77'],
    ]);
    ctx.fillRect(door.x, door.y, door.w, door.h);
    for (let i = 0; i < 420; i++) {
      // Fine vertical scratches are what make flat colour read as brushed metal.
      ctx.fillStyle = rgba(rand() < 0.5 ? '#ffffff' : '#6e4536', 0.05 + rand() * 0.08);
      ctx.fillRect(door.x + rand() * door.w, door.y, 1 + rand() * 2, door.h);
    }
    ctx.fillStyle = rgba('#5a382c', 0.7);
    ctx.fillRect(x + w / 2 - 2, door.y, 4, door.h);
    ctx.strokeStyle = '#8c5e4a';
    ctx.lineWidth = 10;
    ctx.strokeRect(door.x - 5, door.y - 5, door.w + 10, door.h + 10);
    floorDisplay(ctx, x + w / 2, y + 62);

    ctx.fillStyle = linear(ctx, 0, y + h, 0, 1080, [
      [0, '#5c3c32'],
      [1, '#3b2621'],
    ]);
    ctx.beginPath();
    ctx.moveTo(x, y + h);
    ctx.lineTo(x + w, y + h);
    ctx.lineTo(1920, 1080);
    ctx.lineTo(0, 1080);
    ctx.fill();
    ctx.save(); // the doors, dimly mirrored in the polished floor
    ctx.translate(960, y + h);
    ctx.scale(1, 0.3);
    glow(ctx, 0, 0, 560, '#f0c8a8', 0.4);
    ctx.restore();

    glow(ctx, 960, 120, 900, '#ffc9a0', 0.22);
    glow(ctx, 960, 560, 360, '#fff0dc', 0.18, true); // soft reflection of the ceiling in the doors
    vignette(ctx, '#2e1b16', 0.5);
    grain(ctx, 0.5);
  });
