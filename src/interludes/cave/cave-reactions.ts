/** What the scene does about each world event: sounds, dust, a shake, lines, the tunnel. */
import type Phaser from 'phaser';
import type { CaveDirector } from './cave-director';
import type { CaveFigures } from './cave-figures';
import { FUNGI, PLACES } from './cave-places';
import * as sound from './cave-sound';
import type { CaveView } from './cave-view';
import type { CaveWorld, WorldEvent } from './cave-world';

/** The parts of the scene an event can touch. */
export interface Stage {
  world: CaveWorld;
  director: CaveDirector;
  figures: CaveFigures;
  view: CaveView;
  /** What appears with the hidden tunnel (the rock left standing between the two ways). */
  secrets: Phaser.GameObjects.Image[];
  /** Starts a screen shake (ignored when the player asked for calm). */
  shake(seconds: number): void;
  /** Starts the end of the part (the freeze, or the fade out). */
  end(): void;
  /** Lifts the pause's frozen tint (the second half starting). */
  thaw(): void;
}

/** Cooldowns so held keys against a wall do not machine-gun the bump sound. */
const cool = { bump: 0, step: false };

/** Counts the cooldowns down (call once a frame). */
export function coolDown(dt: number): void {
  cool.bump = Math.max(0, cool.bump - dt);
}

function nearestFungus(x: number, y: number) {
  let best = FUNGI[0];
  for (const f of FUNGI)
    if (best && Math.hypot(f.x - x, f.y - y) < Math.hypot(best.x - x, best.y - y)) best = f;
  return best;
}

/** Plays one event out. */
export function react(stage: Stage, event: WorldEvent): void {
  const { world, director, figures } = stage;
  const a = world.astronaut;
  if (event.startsWith('say:')) return director.aside(event.slice(4));
  if (event.startsWith('script:')) return director.script(event.slice(7));
  switch (event) {
    case 'footstep':
      cool.step = !cool.step;
      sound.footstep(cool.step);
      return;
    case 'bump':
      if (cool.bump > 0) return;
      cool.bump = 0.45;
      sound.bump();
      return;
    case 'tackle':
    case 'land':
      sound.thud();
      figures.puff(a.x, a.y);
      stage.shake(event === 'tackle' ? 0.28 : 0.2);
      return;
    case 'fungus': {
      const f = nearestFungus(a.x, a.y);
      if (f) sound.chime(f.hue);
      return;
    }
    case 'ping':
      sound.ping(1, Math.max(-1, Math.min(1, (PLACES.ship.x - a.x) / 1500)));
      return;
    case 'tunnel':
      sound.rumble();
      stage.view.showSecret(stage.secrets);
      stage.shake(0.5);
      return;
    case 'unfreeze':
      sound.freeze(true);
      stage.thaw();
      return;
    case 'board':
      sound.aboard();
      return;
    case 'done':
      stage.end();
      return;
    default:
      return;
  }
}
