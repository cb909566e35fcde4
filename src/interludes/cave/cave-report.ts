/** What the cave tells the HUD and the browser tests: the controls hint, and a probe of its state. */
import type { CaveDirector } from './cave-director';
import { CHAMBERS } from './cave-places';
import type { CaveWorld } from './cave-world';

const KEYS = {
  walk: 'Arrows or WASD to walk · Space to ping the ship · Esc to pause',
  talk: 'Arrows or WASD to walk · Space beside him to talk · Space alone to stop',
  follow: 'Arrows or WASD to walk · follow him to the ship',
  run: 'Arrows or WASD · run for the ship',
  read: 'Space to read on',
};
const TOUCH = {
  walk: 'Drag to walk · tap a spot to go there',
  talk: 'Drag or tap to walk · tap him to talk · tap yourself to stop',
  follow: 'Drag or tap to walk · follow him to the ship',
  run: 'Drag or tap · run for the ship',
  read: 'Tap to read on',
};

/** The hint for this moment (null while choices are up: they speak for themselves). */
export function hintFor(
  world: CaveWorld,
  director: CaveDirector,
  asking: boolean,
  touch: boolean,
): string | null {
  const hints = touch ? TOUCH : KEYS;
  if (asking) return null;
  if (director.lineHeld) return hints.read;
  if (director.holding) return null;
  switch (world.plot.phase) {
    case 'explore':
    case 'pester':
    case 'pester2':
      return hints.walk;
    case 'sulking':
    case 'roam':
      return hints.talk;
    case 'lead':
      return hints.follow;
    case 'run':
      return hints.run;
    default:
      return null;
  }
}

/** The probe browser tests read through `__her.state().interlude.probe`. */
export function probeOf(
  world: CaveWorld,
  director: CaveDirector,
  move: { x: number; y: number },
): Record<string, unknown> {
  const { astronaut: a, child: c, plot } = world;
  return {
    part: plot.part,
    phase: plot.phase,
    /** Seconds of play in this part (the world's clock: it runs slow if frames do). */
    time: Math.round(world.time * 10) / 10,
    chamber: CHAMBERS[world.chamber]?.id ?? null,
    astronaut: { x: Math.round(a.x), y: Math.round(a.y), pose: a.pose, facing: a.facing },
    child: { x: Math.round(c.x), y: Math.round(c.y), mode: c.mode, mood: c.mood },
    said: [...plot.said],
    outcome: plot.outcome,
    tackles: plot.tackles,
    idle: Math.round(plot.idleFor * 10) / 10,
    tunnelOpen: world.flags.tunnelOpen,
    holding: director.holding,
    move: { x: Math.round(move.x * 100) / 100, y: Math.round(move.y * 100) / 100 },
    lineHeld: director.lineHeld,
  };
}

/** Sends the probe a few times a second, and the hint only when it changes (both touch the DOM). */
export class CaveReporter {
  private reportIn = 0;
  private moment = '';
  private shown: string | null = null;
  private readonly touch = window.matchMedia?.('(pointer: coarse)').matches ?? false;

  /** One frame: reports through `to.report`, hints through `to.hint`. */
  update(
    dt: number,
    world: CaveWorld,
    director: CaveDirector,
    asking: boolean,
    move: { x: number; y: number },
    to: { report(probe: Record<string, unknown>): void; hint(text: string | null): void },
  ): void {
    // Every so often, and at once whenever the moment changes (tests wait on those).
    const moment = `${world.plot.phase}|${director.holding}|${director.lineHeld}|${asking}`;
    if ((this.reportIn -= dt) < 0 || moment !== this.moment) {
      this.reportIn = 0.12;
      this.moment = moment;
      to.report(probeOf(world, director, move));
    }
    const hint = hintFor(world, director, asking, this.touch);
    if (hint !== this.shown) to.hint((this.shown = hint));
  }
}
