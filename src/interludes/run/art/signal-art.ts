import { rgba, roundRect } from '../../../scenes/painters/paint-kit';

/** Frames of the signal indicator, laid out in one strip (at twice the size it is shown). */
export const SIGNAL_FRAMES = [
  'pill',
  'badge',
  'arc0',
  'arc1',
  'arc2',
  'dot',
  'warm0',
  'warm1',
  'warm2',
  'warmdot',
] as const;

/** The size of each frame in the strip. */
export const SIGNAL_CELL = { w: 300, h: 96 } as const;

/** Where the arcs radiate from, in a cell (the pill and the arcs line up on it). */
export const SIGNAL_ORIGIN = { x: 58, y: 72 } as const;

/**
 * The searching indicator, in the game's soft style rather than a phone's: a dark rounded
 * pill, three arcs of signal that light in turn while it searches, and three dots that
 * breathe. A second set in her warm colour for the moment she answers.
 */
export function paintSignal(ctx: CanvasRenderingContext2D): void {
  SIGNAL_FRAMES.forEach((frame, i) => {
    ctx.save();
    ctx.translate(i * SIGNAL_CELL.w, 0);
    const warm = frame.startsWith('warm');
    const color = warm ? '#ffb38a' : '#e8edf2';
    if (frame === 'pill' || frame === 'badge') {
      ctx.fillStyle = rgba('#21111a', 0.62);
      roundRect(ctx, 4, 4, SIGNAL_CELL.w - 8, SIGNAL_CELL.h - 8, 44);
      ctx.fill();
      ctx.strokeStyle = rgba('#ffe6d6', 0.22);
      ctx.lineWidth = 2;
      ctx.stroke();
      if (frame === 'badge') return void ctx.restore();
      ctx.fillStyle = rgba('#e8edf2', 0.9);
      ctx.beginPath();
      ctx.arc(SIGNAL_ORIGIN.x, SIGNAL_ORIGIN.y, 6, 0, Math.PI * 2);
      ctx.fill();
    } else if (frame.endsWith('dot')) {
      ctx.fillStyle = color;
      ctx.beginPath();
      ctx.arc(SIGNAL_CELL.w / 2, SIGNAL_CELL.h / 2, 8, 0, Math.PI * 2);
      ctx.fill();
    } else {
      const n = Number(frame.at(-1));
      ctx.strokeStyle = color;
      ctx.lineWidth = 7;
      ctx.lineCap = 'round';
      ctx.beginPath();
      ctx.arc(SIGNAL_ORIGIN.x, SIGNAL_ORIGIN.y, 18 + n * 15, -Math.PI * 0.78, -Math.PI * 0.22);
      ctx.stroke();
    }
    ctx.restore();
  });
}

/** A soft round light, white at its heart, for the phone's glow (tinted by `hex`). */
export function paintGlow(ctx: CanvasRenderingContext2D, size: number, hex: string): void {
  const r = size / 2;
  const g = ctx.createRadialGradient(r, r, 0, r, r, r);
  g.addColorStop(0, rgba('#ffffff', 0.95));
  g.addColorStop(0.25, rgba(hex, 0.7));
  g.addColorStop(1, rgba(hex, 0));
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, size, size);
}

/** A soft shadow for under feet, wheels and boxes. */
export function paintShadow(ctx: CanvasRenderingContext2D, w: number, h: number): void {
  ctx.save();
  ctx.translate(w / 2, h / 2);
  ctx.scale(1, h / w);
  const g = ctx.createRadialGradient(0, 0, 0, 0, 0, w / 2);
  g.addColorStop(0, rgba('#5a2f28', 0.32));
  g.addColorStop(1, rgba('#5a2f28', 0));
  ctx.fillStyle = g;
  ctx.fillRect(-w / 2, -w / 2, w, w);
  ctx.restore();
}
