/**
 * How the crowd moves each frame. Walkers keep their lane and step round whoever stands in
 * it, him included, slowing when they must squeeze past; scripted people keep their line and
 * do not look (that is what makes them worth a warning). Returns the sounds they make.
 */
import { laneEnd, PAVEMENT, ROAD_X, type Spot } from './walk-map';
import type { Person, Rand } from './walk-crowd';

/** A sound someone in the crowd made this frame: a footstep or a bicycle bell. */
export interface CrowdSound {
  kind: 'step' | 'bell';
  person: Person;
}

/** Metres between two footfalls of an adult in a hurry-but-not-really. */
const STEP = 0.72;
/** How far ahead walkers look for someone in their path, and the room they leave round them. */
const LOOK_AHEAD = 2.6;
const ROOM = 0.4;
/** Where the crowd thins out of hearing and comes round again, relative to him. */
const BEHIND = 7;
const AHEAD = 18;
/** Where the cyclist rings, coming toward him, and how fast he rides. */
const BELL_AT = 9;
const BIKE_SPEED = 5.5;

/**
 * Moves everyone by `dt` seconds round Theodore at `theo`, appending the footsteps and
 * bells they make to `sounds`.
 */
export function moveCrowd(
  people: Person[],
  theo: Spot & { radius: number },
  dt: number,
  rand: Rand,
  sounds: CrowdSound[],
): void {
  for (const p of people) {
    if (!p.active) {
      if (p.kind === 'cyclist' && (p.wait -= dt) <= 0) {
        Object.assign(p, { active: true, z: theo.z + 30, vz: -BIKE_SPEED, x: ROAD_X });
      }
      continue;
    }
    const before = Math.floor(p.stride / STEP);
    const dz = p.z - theo.z;
    if (p.kind === 'walker') steer(p, theo, people);
    else if (p.kind === 'cello') p.vz = p.pace;
    p.x += p.vx * dt;
    p.z += p.vz * dt;
    p.stride += Math.hypot(p.vx, p.vz) * dt;
    if (p.kind === 'cyclist' && dz > BELL_AT && p.z - theo.z <= BELL_AT)
      sounds.push({ kind: 'bell', person: p });
    else if (Math.floor(p.stride / STEP) !== before) sounds.push({ kind: 'step', person: p });
    retire(p, theo, rand);
  }
}

/** A walker's velocity: along the lane, round anyone standing in it. */
function steer(p: Person, theo: Spot & { radius: number }, people: readonly Person[]): void {
  const dir = Math.sign(p.pace) || 1;
  let targetX = p.laneX;
  let slow = 1;
  const avoid = (o: Spot, radius: number) => {
    const ahead = (o.z - p.z) * dir;
    if (ahead < -0.3 || ahead > LOOK_AHEAD) return;
    const clear = p.radius + radius + ROOM;
    if (Math.abs(targetX - o.x) >= clear) return;
    // Pass on the side they are already on; if the shopfront is there, the other side.
    let side = p.x >= o.x ? 1 : -1;
    if (o.x + side * clear > PAVEMENT.maxX || o.x + side * clear < PAVEMENT.minX) side = -side;
    targetX = o.x + side * clear;
    if (ahead < 1 && Math.abs(p.x - o.x) < clear * 0.85) slow = 0.3;
  };
  avoid(theo, theo.radius);
  for (const o of people) if (o.active && o.solid && o.kind !== 'walker') avoid(o, o.radius);
  p.vx = Math.max(-1.3, Math.min(1.3, (targetX - p.x) * 2.5));
  p.vz = p.pace * slow;
}

/** Takes people out when they are done, and sends ambient walkers round again. */
function retire(p: Person, theo: Spot, rand: Rand): void {
  if (p.kind === 'cello' && p.z < theo.z - BEHIND - 2) p.active = false;
  if (p.kind === 'family' && p.x > PAVEMENT.maxX + 1.5) p.active = false;
  if (p.kind === 'cyclist' && p.z < theo.z - 12)
    Object.assign(p, { active: false, wait: 11 + rand() * 8 });
  if (p.kind !== 'walker') return;
  const end = laneEnd(p.laneX);
  if (p.pace > 0 && (p.z > theo.z + AHEAD || p.z > end)) {
    // Gone round the corner, or out of earshot: they come up again from behind him.
    Object.assign(p, { z: theo.z - BEHIND + 1 - rand() * 2, x: p.laneX });
  } else if (p.pace < 0 && p.z < theo.z - BEHIND) {
    const z = Math.min(theo.z + AHEAD - rand() * 3, end - 0.3);
    // A lane that ends right in front of him would drop someone into his arms: turn them instead.
    if (z - theo.z < 5) Object.assign(p, { z: theo.z - BEHIND + 1, pace: -p.pace, x: p.laneX });
    else Object.assign(p, { z, x: p.laneX });
  }
}
