/**
 * The night crowd: who is on the pavement when he shuts his eyes, and the scripted people the
 * route calls on (the cello man, the crossing family). How they move is walk-crowd-move.ts.
 */
import {
  CELLO,
  FAMILY,
  LANES,
  laneEnd,
  PHONE_WOMAN,
  ROAD_X,
  STAND,
  START,
  STROLLER,
} from './walk-map';

/** What a person is, for how they move, sound and look. */
export type PersonKind = 'walker' | 'cello' | 'family' | 'stroller' | 'phone' | 'cyclist' | 'cook';

/** One person in the street (metres, metres per second). */
export interface Person {
  id: number;
  kind: PersonKind;
  x: number;
  z: number;
  vx: number;
  vz: number;
  /** Walking speed along z, signed: + away from him, - toward him. */
  pace: number;
  radius: number;
  laneX: number;
  /** Scripted people wait, inactive, until their moment in the route. */
  active: boolean;
  /** Whether he can walk into them (the cyclist is on the road; the cook is behind the counter). */
  solid: boolean;
  /** Metres walked, so their footsteps fall in rhythm. */
  stride: number;
  /** 0–1, fixed: which coat, how tall, when their glint catches the light. */
  tone: number;
  /** Seconds until someone who comes and goes (the cyclist) comes round again. */
  wait: number;
}

/** A random source in [0, 1). */
export type Rand = () => number;

/** Deterministic random (mulberry32), so a seed replays the same crowd in tests. */
export function seededRand(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RADIUS: Record<PersonKind, number> = {
  walker: 0.34,
  cello: CELLO.radius,
  family: 0.3,
  stroller: STROLLER.radius,
  phone: PHONE_WOMAN.radius,
  cyclist: 0.4,
  cook: 0.3,
};

function person(people: Person[], kind: PersonKind, x: number, z: number, rand: Rand): Person {
  const p: Person = {
    ...{ id: people.length, kind, x, z, vx: 0, vz: 0, pace: 0, radius: RADIUS[kind] },
    ...{ laneX: x, active: true, solid: kind !== 'cyclist' && kind !== 'cook' },
    ...{ stride: 0, tone: rand(), wait: 0 },
  };
  people.push(p);
  return p;
}

/**
 * The street at the moment he shuts his eyes: two walkers in each lane, nobody within reach,
 * the stroller and the woman on the phone already at the gap, the scripted ones waiting.
 */
export function createCrowd(rand: Rand): Person[] {
  const people: Person[] = [];
  for (const lane of LANES) {
    for (let k = 0; k < 2; k++) {
      let z = -4 + k * 10 + rand() * 9;
      // Nobody starts on top of him: the first seconds are his, to find his feet.
      if (Math.abs(lane.x - START.x) < 1.2 && Math.abs(z - START.z) < 3) z += 4;
      const walker = person(people, 'walker', lane.x, Math.min(z, laneEnd(lane.x) - 0.5), rand);
      walker.pace = lane.dir * (0.9 + rand() * 0.6);
    }
  }
  person(people, 'cello', CELLO.x, 0, rand).active = false;
  for (let k = 0; k < 3; k++) {
    const member = person(people, 'family', 0, 0, rand);
    member.active = false;
    member.tone = k / 3; // tallest first, the smallest last
    if (k === 2) member.radius = 0.22;
  }
  person(people, 'stroller', STROLLER.x, STROLLER.z, rand);
  person(people, 'phone', PHONE_WOMAN.x, PHONE_WOMAN.z, rand);
  person(people, 'cook', STAND.x + 0.4, STAND.counterZ + 0.9, rand);
  const bike = person(people, 'cyclist', ROAD_X, 0, rand);
  Object.assign(bike, { active: false, wait: 5 });
  return people;
}

/** Sends the cello man down the pavement on his right, toward him. */
export function startCello(people: Person[], theoZ: number): void {
  const cello = people.find((p) => p.kind === 'cello');
  if (cello)
    Object.assign(cello, { active: true, x: CELLO.x, z: theoZ + CELLO.ahead, pace: -CELLO.speed });
}

/** Starts the family crossing in front of him, left to right, the smallest trailing. */
export function startFamily(people: Person[], theo: { x: number; z: number }): void {
  let k = 0;
  for (const p of people) {
    if (p.kind !== 'family') continue;
    const x = theo.x - FAMILY.startBehind - k * FAMILY.spacing;
    Object.assign(p, { active: true, x, z: theo.z + FAMILY.ahead, pace: 0, vx: FAMILY.speed });
    k++;
  }
}

/** True once every member of the family is past him on the right (or was never called). */
export function familyAcross(people: readonly Person[], theoX: number): boolean {
  return people.every((p) => p.kind !== 'family' || !p.active || p.x - p.radius > theoX + 0.6);
}
