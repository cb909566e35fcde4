/** The cabin's shell: log walls, a board floor with a braided rug, a window onto the snowy night. */
import { glow, linear, radial, rgba } from '../paint-kit';
import { snowyPine, type PineLook } from './p2-snow-pine';

const NIGHT_PINE: PineLook = {
  shade: '#131d36',
  lit: '#1d2b4a',
  snowShade: '#6a7ca6',
  snow: '#b9c8e6',
  trunk: '#141a2c',
  sunSide: 1, // moonlight from the right of the window
};

/**
 * Round logs stacked to `floorY`, warmest near the fire at `fireX`: each a band lit on its upper
 * curve, with pale chinking between. The firelight is baked into the wall's one gradient
 * fill, which costs far less than lighting the finished room with a full-screen glow.
 */
export function logWall(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  floorY: number,
  fireX: number,
): void {
  const logH = 48;
  ctx.fillStyle = radial(ctx, fireX, floorY - 160, 1250, [
    [0, '#8a4a2a'],
    [0.4, '#5e301c'],
    [1, '#2e160c'],
  ]);
  ctx.fillRect(0, 0, 1920, floorY);
  for (let y = floorY - logH, i = 0; y > -logH; y -= logH, i++) {
    ctx.fillStyle = rgba('#1a0a04', 0.14); // every third log a shade darker: no two alike
    if (i % 3 === 1) ctx.fillRect(0, y, 1920, logH);
    ctx.fillStyle = rgba('#c77a48', 0.3); // the log's rounded top catching the light
    ctx.fillRect(0, y + 5, 1920, 9);
    ctx.fillStyle = rgba('#2a120a', 0.45); // its underside turning away
    ctx.fillRect(0, y + logH - 12, 1920, 12);
    ctx.fillStyle = rgba('#d9b48a', 0.35); // chinking
    ctx.fillRect(0, y + logH - 2, 1920, 3);
    for (let k = 0; k < 3; k++) {
      ctx.fillStyle = rgba('#3a1c10', 0.4); // knots, so the logs read as wood, not stripes
      ctx.beginPath();
      ctx.ellipse(rand() * 1920, y + logH * 0.5, 8 + rand() * 6, 4, 0, 0, Math.PI * 2);
      ctx.fill();
    }
  }
}

/** Wide boards running away from us to the wall, and a braided oval rug before the hearth. */
export function boardFloor(ctx: CanvasRenderingContext2D, floorY: number, rugX: number): void {
  ctx.fillStyle = linear(ctx, 0, floorY, 0, 1080, [
    [0, '#40220f'],
    [1, '#1e0f09'],
  ]);
  ctx.fillRect(0, floorY, 1920, 1080 - floorY);
  ctx.strokeStyle = rgba('#1a0b06', 0.5);
  ctx.lineWidth = 2;
  ctx.beginPath();
  for (let i = -12; i <= 12; i++) {
    ctx.moveTo(rugX + i * 90, floorY);
    ctx.lineTo(rugX + i * 300, 1080);
  }
  ctx.stroke();
  // The rug: rings of red, ochre and cream, as braided rugs are coiled from one long plait.
  const rings = ['#5a1c12', '#8e2e1c', '#a8562a', '#a07a50', '#8e2e1c', '#6a2416', '#9a4424'];
  rings.forEach((hex, i) => {
    const k = 1 - i / rings.length;
    ctx.fillStyle = hex;
    ctx.beginPath();
    ctx.ellipse(rugX, floorY + 150, 560 * k, 110 * k, 0, 0, Math.PI * 2);
    ctx.fill();
  });
}

/** A four-pane window onto the night: moonlit snow and pines, frost creeping in at the corners. */
export function nightWindow(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.fillStyle = linear(ctx, 0, y, 0, y + h, [
    [0, '#141c3e'],
    [0.7, '#2c3c6c'],
    [1, '#4a5c8c'],
  ]);
  ctx.fillRect(x, y, w, h);
  // The moon the song is about, high in the right-hand pane.
  glow(ctx, x + w * 0.74, y + h * 0.2, w * 0.5, '#c9d6ff', 0.45);
  ctx.fillStyle = '#f4f1e4';
  ctx.beginPath();
  ctx.arc(x + w * 0.74, y + h * 0.2, w * 0.07, 0, Math.PI * 2);
  ctx.fill();
  for (const [px, ph] of [
    [0.12, 0.62],
    [0.34, 0.44],
    [0.86, 0.54],
    [0.58, 0.3],
  ] as const) {
    snowyPine(ctx, rand, x + w * px, y + h * 0.9, h * ph, NIGHT_PINE);
  }
  ctx.fillStyle = '#8ea0cc'; // moonlit snow on the ground
  ctx.fillRect(x, y + h * 0.88, w, h * 0.12);
  ctx.fillStyle = rgba('#e4ecff', 0.8); // a few flakes caught falling
  for (let i = 0; i < 40; i++) {
    ctx.beginPath();
    ctx.arc(x + rand() * w, y + rand() * h, 1 + rand() * 2.2, 0, Math.PI * 2);
    ctx.fill();
  }
  for (const [cx, cy] of [
    [x, y + h],
    [x + w, y + h],
    [x + w / 2, y + h],
  ] as const) {
    glow(ctx, cx, cy, w * 0.2, '#e8f0ff', 0.55); // frost where the panes meet the cold frame
  }
  ctx.restore();
  // Glazing bars, the frame, and the sill with snow heaped outside against the glass.
  ctx.fillStyle = '#3a1e12';
  ctx.fillRect(x + w / 2 - 6, y, 12, h);
  ctx.fillRect(x, y + h / 2 - 6, w, 12);
  ctx.strokeStyle = '#5a321e';
  ctx.lineWidth = 24;
  ctx.strokeRect(x - 12, y - 12, w + 24, h + 24);
  ctx.fillStyle = rgba('#ffb070', 0.35); // the fire's side of the frame catches its light
  ctx.fillRect(x - 24, y - 24, 8, h + 48);
  ctx.fillStyle = '#8a5030';
  ctx.fillRect(x - 40, y + h + 12, w + 80, 18);
}
