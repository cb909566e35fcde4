import type { BackgroundPainter } from '../types';
import { glow, inDesignSpace, linear, rgba, seeded } from '../paint-kit';
import { grain, vignette } from '../film';
import { hearth } from './p2-hearth';
import { boardFloor, logWall, nightWindow } from './p2-cabin-room';
import { clubChair, logBasket } from './p2-cabin-things';
import { blanketBench, curtains } from './p2-cabin-cloth';

const FLOOR = 720; // where the log wall meets the boards
const FIRE_X = 950; // a touch right of centre keeps the hearth whole in a phone's portrait crop
const WIN = { x: 1360, y: 190, w: 320, h: 330 };

/** The cabin at night: a log fire in a stone hearth, plaid and blankets, snow and moon outside. */
export const paintCabin: BackgroundPainter = (ctx, width, height) =>
  inDesignSpace(ctx, width, height, () => {
    const rand = seeded(131);
    logWall(ctx, rand, FLOOR, FIRE_X);
    snowshoes(ctx, 300, 215);
    nightWindow(ctx, rand, WIN.x, WIN.y, WIN.w, WIN.h);
    curtains(ctx, WIN.x, WIN.x + WIN.w, WIN.y - 40, WIN.y + WIN.h);
    boardFloor(ctx, FLOOR, FIRE_X);
    hearth(ctx, rand, FIRE_X, FLOOR);
    // The fire is the room's only lamp: it warms everything near it and leaves the corners dark.
    ctx.save();
    ctx.translate(FIRE_X, FLOOR - 40);
    ctx.scale(1, 0.7); // one pool of light, wider than tall, spilling onto the floor
    glow(ctx, 0, 0, 700, '#ff7a30', 0.32, true);
    ctx.restore();
    logBasket(ctx, FIRE_X + 320, FLOOR + 30);
    clubChair(ctx, 330, FLOOR + 130);
    blanketBench(ctx, WIN.x + WIN.w / 2, FLOOR + 110);
    ceilingBeam(ctx);
    vignette(ctx, '#140806', 0.8);
    grain(ctx, 0.45);
  });

/** The roof's tie beam across the top of the frame, its underside just reached by the fire. */
function ceilingBeam(ctx: CanvasRenderingContext2D): void {
  ctx.fillStyle = linear(ctx, 0, 0, 0, 70, [
    [0, '#1a0c07'],
    [0.8, '#2e160c'],
    [1, '#6a3a20'],
  ]);
  ctx.fillRect(0, 0, 1920, 70);
}

/** A pair of old snowshoes hung crossed on the wall: bent-wood ovals laced with rawhide. */
function snowshoes(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  for (const tilt of [-0.32, 0.32]) {
    ctx.save();
    ctx.translate(x, y);
    ctx.rotate(tilt);
    const shoe = new Path2D();
    shoe.ellipse(0, -20, 48, 110, 0, Math.PI, 0); // the wide toe
    shoe.quadraticCurveTo(44, 120, 0, 170); // tapering to the tail
    shoe.quadraticCurveTo(-44, 120, -48, -20);
    ctx.fillStyle = rgba('#1a0c07', 0.35); // the shadow they cast on the logs
    ctx.translate(8, 10);
    ctx.fill(shoe);
    ctx.translate(-8, -10);
    ctx.save();
    ctx.clip(shoe);
    ctx.strokeStyle = rgba('#d9b07a', 0.55); // the lacing: a loose lattice
    ctx.lineWidth = 2;
    ctx.beginPath();
    for (let k = -160; k < 200; k += 22) {
      ctx.moveTo(-60, k);
      ctx.lineTo(60, k + 60);
      ctx.moveTo(60, k);
      ctx.lineTo(-60, k + 60);
    }
    ctx.stroke();
    ctx.restore();
    ctx.strokeStyle = '#a0683a';
    ctx.lineWidth = 9;
    ctx.stroke(shoe);
    ctx.fillStyle = '#7a4a2a';
    ctx.fillRect(-40, 10, 80, 8); // the crossbar the boot rests on
    ctx.restore();
  }
}
