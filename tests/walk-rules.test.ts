import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { speakers } from '../src/assets/manifest';
import { LineQueue, readingSeconds } from '../src/interludes/walk/line-queue';
import {
  createEyes,
  createHeart,
  HEART,
  PEEK,
  startle,
  watchEyes,
  beat,
} from '../src/interludes/walk/walk-body';
import { createBumpMemory, NUDGE, resolveBumps } from '../src/interludes/walk/walk-bump';
import {
  createCrowd,
  seededRand,
  startFamily,
  type Person,
} from '../src/interludes/walk/walk-crowd';
import { moveCrowd } from '../src/interludes/walk/walk-crowd-move';
import { lensFor, presence, project } from '../src/interludes/walk/walk-lens';
import { EIGHT_STEPS_Z, GAP, PAVEMENT, STAND, START } from '../src/interludes/walk/walk-map';
import {
  createWalker,
  SPEED,
  STEP_LENGTH,
  stepWalker,
  type Steer,
} from '../src/interludes/walk/walk-move';
import { followed, guide, ROUTE } from '../src/interludes/walk/walk-route';
import {
  createWalk,
  currentDirection,
  herLead,
  INTRO_SECONDS,
  stepWalk,
  WALK_STITCHES,
  walkTrust,
  type WalkEvent,
  type WalkState,
} from '../src/interludes/walk/walk-rules';
import { PATIENCE } from '../src/interludes/walk/walk-trust';
import { Playthrough } from '../src/story/playthrough';
import { compileInk } from '../tools/ink/compile';

const DT = 1 / 60;
const STILL: Steer = { x: 0, y: 0 };
const FORWARD: Steer = { x: 0, y: -1 };

/** A player, frame by frame: what they steer, whether they peek, whether they press. */
type Player = (s: WalkState) => { move?: Steer; peek?: boolean; action?: boolean };

/** Walks where her voice leads; holds the hand out a second after she asks. */
const trusting: Player = (s) => {
  const d = currentDirection(s);
  const lead = herLead(s);
  if (d?.kind === 'go') return { move: { x: lead.x, y: -lead.z } };
  return { action: d?.kind === 'hand' && s.vigil.held > 1 };
};

/** Plays `player` until the walk ends (or `seconds` run out); returns the lines it read. */
function play(s: WalkState, player: Player, seconds = 200): string[] {
  const said: string[] = [];
  for (let t = 0; t < seconds && s.phase !== 'ending'; t += DT) {
    const { move = STILL, peek = false, action = false } = player(s);
    for (const e of stepWalk(s, { move, peek, action }, DT))
      if (e.type === 'say') said.push(e.stitch);
  }
  return said;
}

/** Runs frames until `until` holds, collecting every event. */
function runUntil(s: WalkState, player: Player, until: (s: WalkState) => boolean, seconds = 60) {
  const events: WalkEvent[] = [];
  for (let t = 0; t < seconds && !until(s); t += DT) {
    const { move = STILL, peek = false, action = false } = player(s);
    events.push(...stepWalk(s, { move, peek, action }, DT).map((e) => ({ ...e })));
  }
  expect(until(s), `stuck at ${currentDirection(s)?.id} (${s.theo.x}, ${s.theo.z})`).toBe(true);
  return events;
}

const atDirection = (id: string) => (s: WalkState) => currentDirection(s)?.id === id;

/** Peeks once (a short press) at the start of the given direction, otherwise trusting. */
function peeksAt(...ids: string[]): Player {
  return (s) => {
    const d = currentDirection(s);
    const peek = !!d && ids.includes(d.id) && s.vigil.held < 0.3;
    return { ...trusting(s), peek };
  };
}

/** Stands still for the whole of the given go-directions until she counts it a balk. */
function balksAt(...ids: string[]): Player {
  return (s) => {
    const d = currentDirection(s);
    if (d && ids.includes(d.id) && !s.vigil.balked) return {};
    if (d?.kind === 'hand' && ids.includes('hand')) return {};
    return trusting(s);
  };
}

describe('steering: his feet', () => {
  it('walks forward, sideways and back at a blind man’s speeds, easing in', () => {
    const theo = createWalker();
    stepWalker(theo, FORWARD, DT);
    expect(theo.vz).toBeGreaterThan(0);
    expect(theo.vz).toBeLessThan(SPEED.forward); // a body, not a cursor: it takes a moment
    for (let i = 0; i < 120; i++) stepWalker(theo, FORWARD, DT);
    expect(theo.vz).toBeCloseTo(SPEED.forward, 2);
    const side = createWalker();
    for (let i = 0; i < 120; i++) stepWalker(side, { x: -1, y: 0 }, DT);
    expect(side.vx).toBeCloseTo(-SPEED.side, 2);
    expect(side.z).toBeCloseTo(START.z, 5);
    const back = createWalker();
    for (let i = 0; i < 120; i++) stepWalker(back, { x: 0, y: 1 }, DT);
    expect(back.vz).toBeCloseTo(-SPEED.back, 2);
  });

  it('puts a foot down every step length', () => {
    const theo = createWalker();
    let steps = 0;
    for (let i = 0; i < 600; i++) if (stepWalker(theo, FORWARD, DT).step) steps++;
    expect(steps).toBe(Math.floor(theo.stride / STEP_LENGTH));
    expect(steps).toBeGreaterThan(8);
  });

  it('stays on the pavement and stops against the counter instead of climbing it', () => {
    const theo = createWalker();
    for (let i = 0; i < 900; i++) stepWalker(theo, { x: 1, y: 0 }, DT);
    expect(theo.x).toBeCloseTo(PAVEMENT.maxX - theo.radius, 5);
    Object.assign(theo, { x: STAND.x, z: STAND.counterZ - 2, vx: 0, vz: 0 });
    let thud = false;
    for (let i = 0; i < 300; i++) thud = stepWalker(theo, FORWARD, DT).counter || thud;
    expect(thud).toBe(true);
    expect(theo.z).toBeLessThanOrEqual(STAND.counterZ - theo.radius + 1e-9);
  });
});

describe('the crowd and gentle bumps', () => {
  const someone = (x: number, z: number): Person => {
    const p = createCrowd(seededRand(1)).find((q) => q.kind === 'walker')!;
    return Object.assign(p, { x, z, vx: 0, vz: 0, active: true });
  };

  it('eases him out of someone he walks into, with a small nudge, and reports one bump', () => {
    const theo = Object.assign(createWalker(), { x: 0, z: 0, vz: 1.3 });
    const other = someone(0, 0.5);
    const memory = createBumpMemory();
    const bump = resolveBumps(theo, [other], memory, 1);
    expect(bump?.person).toBe(other);
    expect(Math.hypot(theo.x - other.x, theo.z - other.z)).toBeCloseTo(
      theo.radius + other.radius + NUDGE,
      5,
    );
    expect(theo.vz).toBeLessThan(0); // carried back a little, not stopped dead
    expect(theo.vz).toBeGreaterThan(-1);
    expect(bump!.strength).toBeGreaterThan(0);
    expect(bump!.strength).toBeLessThanOrEqual(1);
  });

  it('counts a long brush against the same coat as one bump', () => {
    const theo = Object.assign(createWalker(), { x: 0, z: 0 });
    const other = someone(0.5, 0);
    const memory = createBumpMemory();
    let bumps = 0;
    for (let i = 0; i < 60; i++) {
      theo.x = 0.1; // he keeps leaning in
      if (resolveBumps(theo, [other], memory, i * DT)) bumps++;
    }
    expect(bumps).toBe(1);
    expect(resolveBumps(Object.assign(theo, { x: 0.1 }), [other], memory, 5)).not.toBeNull();
  });

  it('hears the bump from the side it came from', () => {
    const theo = Object.assign(createWalker(), { x: 0, z: 0 });
    expect(resolveBumps(theo, [someone(-0.4, 0)], createBumpMemory(), 0)!.side).toBeLessThan(0);
    theo.x = 0;
    expect(resolveBumps(theo, [someone(0.4, 0)], createBumpMemory(), 0)!.side).toBeGreaterThan(0);
  });

  it('parts round him when he stands still: walkers step aside instead of into him', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const s = createWalk(seed);
      s.phase = 'walking'; // no directions: just a man standing in a crowd for a minute
      s.at = 99;
      let bumps = 0;
      for (let t = 0; t < 60; t += DT) {
        moveCrowd(s.people, s.theo, DT, s.rand, s.sounds);
        if (resolveBumps(s.theo, s.people, s.bumps, t)) bumps++;
      }
      expect(bumps, `seed ${seed}`).toBe(0);
    }
  });

  it('makes footsteps near him and keeps the street full as he walks', () => {
    const s = createWalk(3);
    const sounds = runUntil(s, trusting, atDirection('left')).filter((e) => e.type === 'crowd');
    expect(sounds.length).toBeGreaterThan(20);
    const ahead = s.people.filter((p) => p.kind === 'walker' && p.z > s.theo.z);
    const behind = s.people.filter((p) => p.kind === 'walker' && p.z <= s.theo.z);
    expect(ahead.length).toBeGreaterThan(3);
    expect(behind.length).toBeGreaterThan(1);
  });

  it('bumps him gently when he walks through her stop, into the family', () => {
    const s = createWalk(2);
    runUntil(s, trusting, atDirection('stop'));
    const events = runUntil(
      s,
      () => ({ move: FORWARD }),
      (w) => w.ledger[0]!.rushed,
      10,
    );
    const more = runUntil(s, () => ({ move: FORWARD }), atDirection('left'), 20);
    const said = [...events, ...more].flatMap((e) => (e.type === 'say' ? [e.stitch] : []));
    expect(said).toContain('rush');
    expect(said).toContain('bump_family');
    expect(s.bumpCount).toBeGreaterThan(0);
  });
});

describe('following her directions', () => {
  it('gives them one at a time, in route order, each once he has done the last', () => {
    const s = createWalk(4);
    const said = play(s, trusting);
    const directions = said.filter((stitch) => ROUTE.some((d) => d.id === stitch));
    expect(directions).toEqual(ROUTE.map((d) => d.id));
    expect(said[0]).toBe('eyes_shut');
    expect(said).toContain('cello'); // "a person ahead", said before he meets him
    expect(said.at(-1)).toBe('slice_palm');
  });

  it('waits for the intro before the first direction, and does not start the walk early', () => {
    const s = createWalk(1);
    runUntil(
      s,
      () => ({ move: FORWARD }),
      (w) => w.time >= INTRO_SECONDS - 0.1,
      10,
    );
    expect(currentDirection(s)).toBeNull();
    runUntil(s, () => ({}), atDirection('straight'), 1);
  });

  it('knows when each direction is followed, and leads him the right way meanwhile', () => {
    const people = createCrowd(seededRand(1));
    const [straight, stop, left, turn, oregano, hand] = ROUTE;
    expect(followed(straight!, { x: 1, z: EIGHT_STEPS_Z - 0.1 }, people, 0)).toBe(false);
    expect(followed(straight!, { x: 1, z: EIGHT_STEPS_Z }, people, 0)).toBe(true);
    startFamily(people, { x: 1, z: 6 });
    expect(followed(stop!, { x: 1, z: 6 }, people, 10)).toBe(false); // they are still crossing
    expect(followed(left!, { x: GAP.x, z: 6 }, people, 0)).toBe(true);
    expect(followed(turn!, { x: GAP.x, z: GAP.z + 1 }, people, 0)).toBe(true);
    expect(followed(oregano!, { x: STAND.x + 3, z: STAND.counterZ - 0.5 }, people, 0)).toBe(false);
    expect(followed(hand!, { x: 0, z: 0 }, people, 99)).toBe(false); // only a hand does that
    expect(guide(straight!, START)).toEqual({ x: 0, z: 1 });
    expect(guide(left!, START)).toEqual({ x: -1, z: 0 });
    expect(guide(stop!, START)).toEqual({ x: 0, z: 0 });
    const toStand = guide(oregano!, { x: STAND.x + 3, z: STAND.counterZ - 1 });
    expect(toStand.x).toBeLessThan(0);
  });

  it('corrects him when he sets off the wrong way, at no cost to trust', () => {
    const s = createWalk(5);
    runUntil(s, trusting, atDirection('left'));
    const events = runUntil(
      s,
      () => ({ move: { x: 1, y: 0 } }),
      (w) => w.warnings.wrongAt > 0,
      5,
    );
    expect(events.some((e) => e.type === 'say' && e.stitch === 'wrong_way')).toBe(true);
    play(s, trusting);
    expect(walkTrust(s)).toBe(3);
  });

  it('nudges him kindly when he stands still, before it counts against him', () => {
    const s = createWalk(6);
    runUntil(s, trusting, atDirection('left'));
    const nudge = runUntil(
      s,
      () => ({}),
      (w) => w.vigil.nudged,
      PATIENCE.nudge + 0.2,
    );
    expect(nudge.some((e) => e.type === 'say' && e.stitch === 'nudge')).toBe(true);
    expect(s.ledger[1]!.balked).toBe(false);
    const balk = runUntil(
      s,
      () => ({}),
      (w) => w.vigil.balked,
      PATIENCE.balk,
    );
    expect(balk.some((e) => e.type === 'say' && e.stitch === 'balk_gap')).toBe(true);
    expect(s.ledger[1]!.balked).toBe(true);
  });
});

describe('peeking', () => {
  it('opens his eyes once per press, for a moment, then shuts them', () => {
    const eyes = createEyes();
    expect(watchEyes(eyes, true, DT)).toBe('open');
    let shut = 0;
    for (let t = 0; t < PEEK.longest + 0.1; t += DT)
      if (watchEyes(eyes, true, DT) === 'shut') shut++;
    expect(shut).toBe(1); // held down, they still close: a peek, not a look
    for (let t = 0; t < 1; t += DT) expect(watchEyes(eyes, true, DT)).toBeNull();
    watchEyes(eyes, false, DT);
    for (let t = 0; t < PEEK.rest; t += DT) watchEyes(eyes, false, DT);
    expect(watchEyes(eyes, true, DT)).toBe('open');
    expect(eyes.count).toBe(2);
  });

  it('costs the stretch he is in, with her line for it, then "again" for more', () => {
    const s = createWalk(7);
    runUntil(s, trusting, atDirection('straight'));
    const first = runUntil(
      s,
      () => ({ peek: true, move: FORWARD }),
      (w) => w.eyes.count === 1,
      1,
    );
    expect(first.some((e) => e.type === 'eyes' && e.open)).toBe(true);
    expect(first.some((e) => e.type === 'say' && e.stitch === 'peek_cello')).toBe(true);
    runUntil(
      s,
      () => ({ move: FORWARD }),
      (w) => !w.eyes.open && w.eyes.rest === 0,
      3,
    );
    const again = runUntil(
      s,
      () => ({ peek: true, move: FORWARD }),
      (w) => w.eyes.count === 2,
      1,
    );
    expect(again.some((e) => e.type === 'say' && e.stitch === 'peek_again')).toBe(true);
    expect(s.ledger.map((r) => r.peeked)).toEqual([true, false, false]);
  });

  it('ends the walk with a look when he peeks at the hand', () => {
    const s = createWalk(8);
    const said = play(s, peeksAt('hand'));
    expect(s.ending).toBe('looked');
    expect(said.at(-1)).toBe('slice_looked');
  });
});

describe('walk_trust, through the rules', () => {
  it.each([
    { trust: 3, player: trusting, ending: 'palm', how: 'follows her all the way' },
    { trust: 2, player: peeksAt('left'), ending: 'palm', how: 'peeks at the gap' },
    {
      trust: 2,
      player: balksAt('straight'),
      ending: 'palm',
      how: 'plants his feet at first',
    },
    {
      trust: 1,
      player: peeksAt('straight', 'turn'),
      ending: 'palm',
      how: 'peeks twice',
    },
    {
      trust: 1,
      player: (s: WalkState) => ({ ...balksAt('left')(s), peek: peeksAt('straight')(s).peek }),
      ending: 'palm',
      how: 'peeks, then balks',
    },
    {
      trust: 0,
      player: peeksAt('straight', 'left', 'hand'),
      ending: 'looked',
      how: 'peeks in every stretch',
    },
    {
      trust: 0,
      player: (s: WalkState) => ({ ...balksAt('left', 'hand')(s), peek: peeksAt('stop')(s).peek }),
      ending: 'chest',
      how: 'peeks, balks, and keeps his hands in his pockets',
    },
  ])('walk_trust $trust when he $how', ({ trust, player, ending }) => {
    for (const seed of [11, 12, 13]) {
      const s = createWalk(seed);
      const said = play(s, player);
      expect(s.phase, `seed ${seed}`).toBe('ending');
      expect(walkTrust(s), `seed ${seed}`).toBe(trust);
      expect(s.ending).toBe(ending);
      expect(said.at(-1)).toBe(`slice_${ending}`);
    }
  });

  it('settles his heart as he trusts her, and startles it at a bump or a peek', () => {
    const heart = createHeart();
    expect(heart.bpm).toBe(HEART.start);
    let beats = 0;
    for (let t = 0; t < 60; t += DT) if (beat(heart, DT)) beats++;
    expect(heart.bpm).toBe(HEART.calm);
    expect(beats).toBeGreaterThan(60);
    startle(heart, 12);
    expect(heart.bpm).toBe(HEART.calm + 12);
    startle(heart, 500);
    expect(heart.bpm).toBe(HEART.fastest);
  });
});

describe('what the player reads and sees', () => {
  it('keeps her direction up, lets asides cut in for their reading time, and drops stale ones', () => {
    const q = new LineQueue();
    const direction = { speaker: 'Samantha', text: 'Now left.' };
    q.direct([direction]);
    expect(q.shown).toBe(direction);
    const aside = { speaker: 'Theodore', text: 'Sorry. Sorry.' };
    q.aside([aside]);
    q.tick(readingSeconds(direction.text) + 0.01);
    expect(q.shown).toBe(aside);
    q.tick(readingSeconds(aside.text) + 0.01);
    expect(q.shown).toBe(direction); // back to what he is following
    expect(q.busy).toBe(false);
    q.aside([aside, aside, aside, aside]);
    q.direct([{ speaker: 'Samantha', text: 'Stop.' }]);
    expect(q.shown?.text).toBe('Stop.');
    q.tick(10);
    expect(q.busy).toBe(false);
    expect(readingSeconds('one')).toBeGreaterThanOrEqual(2.5);
  });

  it('projects the street through a lens that fits landscape and portrait', () => {
    for (const [w, h] of [
      [1280, 720],
      [390, 844],
      [844, 390],
    ] as const) {
      const lens = lensFor(w, h);
      const at = { x: 0, y: 0, perMetre: 0 };
      expect(project(lens, 0, 1.6, 5, at)).toBe(true);
      expect(at.y).toBeCloseTo(lens.horizon, 5); // heads on the horizon
      expect(at.x).toBe(w / 2);
      expect(project(lens, 0, 0, 0.1, at)).toBe(false);
      expect(project(lens, -2, 0, 4, at) && at.x < w / 2 && at.y > lens.horizon).toBe(true);
    }
    expect(presence(10)).toBe(0);
    expect(presence(1)).toBe(1);
    expect(presence(4)).toBeGreaterThan(presence(5));
  });
});

describe('the ink side (story/chapters/05-walk-lines.ink)', () => {
  const build = compileInk(path.resolve(import.meta.dirname, '../story/her.ink'));
  const played = () =>
    new Playthrough(build.json ?? '', { externals: { minigame_ready: () => true } });

  it('has every stitch the walk reads, each a few known voices and no choices', () => {
    const p = played();
    const script = p.engine.script();
    for (const stitch of WALK_STITCHES) {
      for (let i = 0; i < 4; i++) {
        const page = script.open(`walk_lines.${stitch}`);
        expect(page.lines.length, stitch).toBeGreaterThan(0);
        expect(page.done, stitch).toBe(true);
        for (const line of page.lines) {
          expect(line.text.length, stitch).toBeGreaterThan(5);
          if (line.speaker) expect(Object.keys(speakers), stitch).toContain(line.speaker);
        }
      }
    }
  });

  it.each([
    [3, 'Eyes shut the whole way'],
    [2, 'Some faith, some doubt'],
    [1, 'Some faith, some doubt'],
    [0, "You didn't believe a word I said"],
  ])('reads on to the pizza after walk_trust %i', (trust, words) => {
    const p = played();
    p.jump('the_date.walk');
    for (let i = 0; i < 10 && !p.view.interlude; i++) p.advance();
    expect(p.view.interlude).toEqual({ key: 'walk', part: 'main' });
    p.finishInterlude({ walk_trust: trust });
    const read: string[] = [];
    for (let i = 0; i < 6; i++) {
      p.advance();
      read.push(p.view.beat?.text ?? '');
    }
    expect(p.engine.variable('walk_trust')).toBe(trust);
    expect(read[0]).toContain('He opens his eyes at a counter');
    expect(read.some((line) => line.includes(words))).toBe(true);
  });
});
