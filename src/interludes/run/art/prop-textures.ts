import type Phaser from 'phaser';
import { figurePainters } from '../../../scenes/painters';
import { GROUND, paintGround, paintStation, STATION } from './grounds';
import {
  DOORWAY,
  paintCorridor,
  paintFloorPill,
  paintLobbyGlare,
  paintRider,
  paintTheodoreBack,
} from './lift-art';
import { LIFT_FRAME, paintLiftFrame, paintLiftLeaf, paintReception } from './office-end';
import { paintChair, paintCubicle, paintLetterBox } from './office-props';
import {
  paintAdPillar,
  paintBench,
  paintCart,
  paintLampPost,
  paintOrangeAt,
  paintPlanter,
} from './plaza-props';
import { REF, canvasTexture } from './run-textures';
import { paintGlow, paintShadow, paintSignal, SIGNAL_CELL, SIGNAL_FRAMES } from './signal-art';

/** A prop's texture and its size in metres (the view scales metres to the screen). */
export interface PropArt {
  key: string;
  /** Width and height in metres; the prop stands on its bottom edge. */
  w: number;
  h: number;
}

/** Every prop of the run, painted once at REF pixels a metre, by name. */
export function paintProps(textures: Phaser.Textures.TextureManager): Record<string, PropArt> {
  const props: Record<string, PropArt> = {};
  const prop = (
    name: string,
    w: number,
    h: number,
    draw: (ctx: CanvasRenderingContext2D, m: number) => void,
  ) => {
    props[name] = {
      key: canvasTexture(textures, `run:${name}`, w * REF, h * REF, (ctx) => draw(ctx, REF)),
      w,
      h,
    };
  };
  for (let look = 0; look < 4; look++)
    prop(`cubicle${look}`, 3, 2, (ctx, m) => paintCubicle(ctx, m, look));
  prop('desk', 3, 2, (ctx, m) => paintCubicle(ctx, m, -1));
  prop('chair', 0.8, 1.2, paintChair);
  prop('box', 0.8, 1.2, paintLetterBox);
  prop('liftframe', LIFT_FRAME.w, LIFT_FRAME.h, paintLiftFrame);
  prop('liftleaf', LIFT_FRAME.door.w / 2, LIFT_FRAME.door.h, paintLiftLeaf);
  prop('reception', 2.4, 1.35, paintReception);
  prop('lamp', 0.6, 4.2, paintLampPost);
  prop('planter', 1.6, 3.6, paintPlanter);
  prop('bench', 1.8, 1, paintBench);
  prop('pillar', 1.1, 3, paintAdPillar);
  prop('cart', 2.5, 2.6, paintCart);
  prop('orange', 0.3, 0.3, (ctx, m) => paintOrangeAt(ctx, 0.15 * m, 0.16 * m, 0.12 * m));
  prop('station', STATION.w, STATION.h, paintStation);
  prop('ground-office', GROUND.w, GROUND.h, (ctx, m) => paintGround(ctx, m, 'office'));
  prop('ground-plaza', GROUND.w, GROUND.h, (ctx, m) => paintGround(ctx, m, 'plaza'));
  prop('shadow', 1, 0.25, (ctx, m) => paintShadow(ctx, m, 0.25 * m));
  // Paul behind his desk: his own portrait, small (a bust, so the counter hides the rest).
  const paul = figurePainters.paul;
  if (paul)
    prop('paul', 0.95, 1.6, (ctx, m) =>
      paul.paint(ctx, paul.poses[0] ?? 'smile', 0.95 * m, 1.6 * m),
    );
  return props;
}

/** The ride's overlays, in the elevator painting's design pixels (see lift-art.ts). */
export function paintLiftArt(textures: Phaser.Textures.TextureManager): void {
  canvasTexture(textures, 'run:pill', 300, 84, paintFloorPill);
  for (let look = 0; look < 3; look++)
    canvasTexture(textures, `run:corridor${look}`, DOORWAY.w, DOORWAY.h, (ctx) =>
      paintCorridor(ctx, look),
    );
  canvasTexture(textures, 'run:lobby', DOORWAY.w, DOORWAY.h, paintLobbyGlare);
  const coats = ['#8a4a3f', '#6b4a44', '#b86a5a', '#4e3a3a', '#d99a4e', '#7a5a50'];
  coats.forEach((c, i) =>
    canvasTexture(textures, `run:rider${i}`, 300, 720, (ctx) => paintRider(ctx, c, i % 2 === 0)),
  );
  canvasTexture(textures, 'run:theoback', 300, 720, paintTheodoreBack);
}

/** The HUD's searching indicator (a strip of frames) and the phone's two lights. */
export function paintHudArt(textures: Phaser.Textures.TextureManager): void {
  const key = canvasTexture(
    textures,
    'run:signal',
    SIGNAL_CELL.w * SIGNAL_FRAMES.length,
    SIGNAL_CELL.h,
    paintSignal,
  );
  const texture = textures.get(key);
  if (!texture.has('pill'))
    SIGNAL_FRAMES.forEach((name, i) =>
      texture.add(name, 0, i * SIGNAL_CELL.w, 0, SIGNAL_CELL.w, SIGNAL_CELL.h),
    );
  canvasTexture(textures, 'run:glow-cool', 96, 96, (ctx) => paintGlow(ctx, 96, '#cfe0ee'));
  canvasTexture(textures, 'run:glow-warm', 96, 96, (ctx) => paintGlow(ctx, 96, '#ffb38a'));
}
