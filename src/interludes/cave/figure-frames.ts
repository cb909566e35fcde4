/** Which atlas frame shows the astronaut or the child, for what they are doing right now. */
import type { AstronautPose } from './astronaut';
import type { ChildMode } from './child';

/** The astronaut's frame: his pose, with four steps of walking. */
export function astronautFrame(pose: AstronautPose, t: number): string {
  if (pose === 'walk') return `astro:walk${Math.floor(t * 7) % 4}`;
  return `astro:${pose}`;
}

/** The child's frame for his mode (running whenever he is on the move). */
export function childFrame(mode: ChildMode, moving: boolean, t: number): string {
  const flip = Math.floor(t * 8) % 2;
  switch (mode) {
    case 'drop':
    case 'tackle':
      return 'child:ball';
    case 'ride':
    case 'sulk':
      return moving ? `child:run${flip}` : 'child:sit';
    case 'gloat':
    case 'wave':
      return moving ? `child:run${flip}` : `child:wave${Math.floor(t * 4) % 2}`;
    case 'shout':
      return Math.floor(t * 3) % 2 ? 'child:shout' : 'child:stand';
    case 'frozen':
      return 'child:frozen';
    case 'sprawl':
      return moving ? 'child:ball' : 'child:sprawl';
    default:
      return moving ? `child:run${flip}` : 'child:stand';
  }
}
