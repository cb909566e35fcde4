/** Amy's edit screens: her mother asleep on the porch glider, and the cut laid out as a timeline. */
import { glow, linear, rgba, roundRect } from '../paint-kit';
import { lidEye } from '../people/face-marks';

/** A screen's dark bezel and the light it throws on the wall behind, before its picture. */
export function bezel(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  light: string,
): void {
  glow(ctx, x + w / 2, y + h / 2, w * 0.85, light, 0.3); // the screen lights the wall
  ctx.fillStyle = '#2e2018';
  roundRect(ctx, x - 10, y - 10, w + 20, h + 20, 9);
  ctx.fill();
  ctx.fillRect(x + w / 2 - 8, y + h + 10, 16, 40); // the stand down to the desk
}

/** The main monitor: a close-up of a woman asleep against a glider cushion in afternoon sun. */
export function sleepingScreen(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  bezel(ctx, x, y, w, h, '#ffd9a0');
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  // Afternoon on a porch: a garden gone soft and gold behind her, because the lens is on her.
  ctx.fillStyle = linear(ctx, x, y, x, y + h, [
    [0, '#c9b56a'],
    [1, '#7d7a45'],
  ]);
  ctx.fillRect(x, y, w, h);
  glow(ctx, x + w * 0.82, y + h * 0.15, w * 0.5, '#fff0b8', 0.8);
  glow(ctx, x + w * 0.12, y + h * 0.3, w * 0.3, '#a9b86a', 0.7);
  // The glider's striped cushion, tipped, with her head sunk into it.
  ctx.save();
  ctx.translate(x + w * 0.5, y + h * 0.62);
  ctx.rotate(-0.12);
  ctx.fillStyle = '#efe3cf';
  roundRect(ctx, -w * 0.48, -h * 0.3, w * 0.96, h * 0.62, h * 0.2);
  ctx.fill();
  ctx.fillStyle = rgba('#8fa07a', 0.55);
  for (let i = -3; i <= 3; i++)
    ctx.fillRect(i * w * 0.13 - w * 0.025, -h * 0.3, w * 0.05, h * 0.62);
  ctx.restore();
  const cx = x + w * 0.47;
  const cy = y + h * 0.48;
  const s = h * 0.25;
  ctx.fillStyle = '#c9beb6'; // grey hair, loose on the cushion
  ctx.beginPath();
  ctx.ellipse(cx - s * 0.45, cy - s * 0.25, s * 1.05, s * 0.92, -0.5, 0, Math.PI * 2);
  ctx.fill();
  ctx.save();
  ctx.translate(cx, cy);
  ctx.rotate(-0.9); // her head fallen sideways, as heads do when nobody needs them
  ctx.fillStyle = linear(ctx, -s, 0, s, 0, [
    [0, '#f3cfb3'],
    [1, '#c9927a'],
  ]);
  ctx.beginPath();
  ctx.ellipse(0, 0, s * 0.72, s * 0.9, 0, 0, Math.PI * 2);
  ctx.fill();
  const ink = '#6a4538';
  lidEye(ctx, -s * 0.28, -s * 0.08, s * 0.32, ink);
  lidEye(ctx, s * 0.28, -s * 0.08, s * 0.32, ink);
  ctx.fillStyle = rgba(ink, 0.75); // mouth a little open: properly asleep
  ctx.beginPath();
  ctx.ellipse(0, s * 0.46, s * 0.09, s * 0.06, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
  ctx.fillStyle = '#b86d5e'; // her cardigan's shoulder rising into frame
  ctx.beginPath();
  ctx.moveTo(x, y + h * 0.86);
  ctx.quadraticCurveTo(x + w * 0.42, y + h * 0.7, x + w * 0.66, y + h * 0.84);
  ctx.quadraticCurveTo(x + w * 0.84, y + h * 0.94, x + w, y + h * 0.9);
  ctx.lineTo(x + w, y + h);
  ctx.lineTo(x, y + h);
  ctx.fill();
  ctx.restore();
  glow(ctx, x + w * 0.3, y + h * 0.3, w * 0.4, '#ffffff', 0.07, true); // screen sheen
}

/** The second monitor: an edit timeline of coloured clips, a waveform, the playhead. */
export function timelineScreen(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  bezel(ctx, x, y, w, h, '#ffcf9a');
  ctx.fillStyle = '#2a2430';
  ctx.fillRect(x, y, w, h);
  ctx.fillStyle = '#8a7f4e';
  ctx.fillRect(x + 10, y + 10, w * 0.42, h * 0.36); // the preview: the porch, tiny
  glow(ctx, x + 10 + w * 0.21, y + 10 + h * 0.18, h * 0.15, '#f3cfb3', 0.8);
  const clips = ['#e0b23a', '#e2725b', '#7fbf8e', '#8fb3d9'];
  for (let track = 0; track < 3; track++) {
    let cx = x + 10;
    const ty = y + h * 0.5 + track * h * 0.13;
    while (cx < x + w - 20) {
      // Long clips: the film is mostly one shot held for a long time.
      const cw = 40 + rand() * 110;
      ctx.fillStyle = rgba(
        clips[(track + Math.floor(rand() * 2)) % clips.length] ?? '#e0b23a',
        0.85,
      );
      ctx.fillRect(cx, ty, Math.min(cw, x + w - 10 - cx), h * 0.1);
      cx += cw + 3;
    }
  }
  ctx.strokeStyle = rgba('#7fbf8e', 0.9);
  ctx.lineWidth = 1.5;
  ctx.beginPath(); // the audio: her breathing, slow and even
  for (let px = 0; px < w - 20; px += 3) {
    const amp = (Math.sin(px * 0.05) * 0.5 + 0.6) * h * 0.04;
    ctx.moveTo(x + 10 + px, y + h * 0.92 - amp);
    ctx.lineTo(x + 10 + px, y + h * 0.92 + amp);
  }
  ctx.stroke();
  ctx.fillStyle = '#ff8a6b';
  ctx.fillRect(x + w * 0.62, y + h * 0.46, 3, h * 0.52); // the playhead
  glow(ctx, x + w / 2, y + h / 2, w * 0.6, '#ffd9a8', 0.12, true);
}
