/** Staging each phase: where the child and the astronaut go when the plot moves on. */
import { sitDown } from './astronaut';
import { PLACES } from './cave-places';
import { setMode } from './child';
import type { Point } from './collide';
import type { CaveWorld } from './cave-world';
import { findPath } from './paths';
import { enter, PHASE_SCRIPT, type Phase } from './plot';

/** Moves the world to a phase: stages it (who stands where) and cues its lines. */
export function goTo(w: CaveWorld, phase: Phase): void {
  enter(w.plot, phase);
  w.scriptDone = false;
  stagePhase(w, phase);
  const script = PHASE_SCRIPT[phase];
  if (script) w.events.push(`script:${script}`);
  if (phase === 'done') w.events.push('done');
}

function stagePhase(w: CaveWorld, phase: Phase): void {
  const { astronaut: a, child: c } = w;
  switch (phase) {
    case 'ambush':
      a.path = null;
      setMode(c, 'drop');
      break;
    case 'pester':
      a.downFor = 0; // the child hops off and lets him up
      setMode(c, 'gloat');
      break;
    case 'pester2':
      setMode(c, 'pester');
      break;
    case 'toaster':
    case 'cutoff':
    case 'round2':
    case 'idle':
    case 'crybaby':
      a.path = null;
      if (c.mode !== 'sulk' || phase !== 'idle') setMode(c, 'face');
      break;
    case 'roam':
      // Hearing something true takes the rough edge off him: he blocks, but stops tackling.
      c.mood = w.plot.said.at(-1) === 'true' ? 'soft' : 'rough';
      setMode(c, 'pester');
      break;
    case 'lead':
      w.flags.tunnelOpen = true;
      w.events.push('tunnel');
      c.route = leadRoute(w);
      setMode(c, 'lead');
      break;
    case 'scuffle':
      a.path = null;
      a.pose = 'down';
      a.downFor = 99;
      setMode(c, 'brawl');
      break;
    case 'run':
      a.downFor = 0;
      // He is left sprawled where the scuffle threw him, still shouting.
      c.route = [{ x: a.x - 70, y: a.y + 24 }];
      setMode(c, 'sprawl');
      break;
    case 'sit':
      sitDown(a);
      setMode(c, 'shout');
      break;
    case 'sulking':
      c.route = [PLACES.sulkRock];
      setMode(c, 'sulk');
      break;
    case 'board':
      w.events.push('board');
      a.path = null;
      a.vx = a.vy = 0;
      if (w.plot.outcome === 'befriended') {
        c.route = [{ x: PLACES.ramp.x + 56, y: PLACES.ramp.y + 8 }];
        setMode(c, 'wave');
      }
      break;
    default:
      break;
  }
}

/** The child's way to the ship: through the hidden tunnel he has just shown. */
function leadRoute(w: CaveWorld): Point[] {
  const { map, flags, child } = w;
  const legs: [Point, Point][] = [
    [child, PLACES.tunnelIn],
    [PLACES.tunnelIn, PLACES.tunnelOut],
    [PLACES.tunnelOut, PLACES.ramp],
  ];
  return legs.flatMap(([from, to]) => findPath(map, flags, 'child', 12, from, to) ?? [to]);
}
