import { describe, expect, it } from 'vitest';
import { Playthrough } from '../src/story/playthrough';
import { compileFixture } from './helpers/compile';
import {
  ASTRONAUT_R,
  WALK_SPEED,
  makeAstronaut,
  stepAstronaut,
} from '../src/interludes/cave/astronaut';
import {
  cameraTarget,
  parallaxFor,
  screenToWorld,
  zoomFor,
  detailFor,
} from '../src/interludes/cave/cave-camera';
import { CAVE, CELL, cellCentre, parsePlan, solid } from '../src/interludes/cave/cave-map';
import { CHAMBERS, PLACES, chamberIndexAt } from '../src/interludes/cave/cave-places';
import { CHILD_SPEED } from '../src/interludes/cave/child';
import { moveCircle, overlaps } from '../src/interludes/cave/collide';
import {
  answered,
  goTo,
  makeWorld,
  scriptFinished,
  stepWorld,
  type CaveWorld,
  type PlayInput,
  type WorldEvent,
} from '../src/interludes/cave/cave-world';
import { findPath } from '../src/interludes/cave/paths';
import { TACKLES_ENOUGH } from '../src/interludes/cave/free-rules';
import { IDLE_SECONDS, type Phase, type Said } from '../src/interludes/cave/plot';

const DT = 1 / 60;
const closed = { tunnelOpen: false };
const still = (): PlayInput => ({ move: { x: 0, y: 0 }, action: false, tap: null });

/** Plays the world like a patient player: reads every script at once, answers from `answers`. */
function play(
  w: CaveWorld,
  opts: {
    answers?: Partial<Record<string, Said[]>>;
    drive?: (w: CaveWorld) => PlayInput;
    until: (w: CaveWorld, events: readonly WorldEvent[]) => boolean;
    seconds?: number;
  },
): WorldEvent[] {
  const seen: WorldEvent[] = [];
  const answers = Object.fromEntries(
    Object.entries(opts.answers ?? {}).map(([k, v]) => [k, [...(v ?? [])]]),
  );
  let pending: string | null = null;
  for (let t = 0; t < (opts.seconds ?? 120); t += DT) {
    stepWorld(w, pending ? still() : (opts.drive?.(w) ?? still()), DT);
    seen.push(...w.events);
    const script = w.events.find((e) => e.startsWith('script:'));
    if (script) pending = script.slice(7);
    if (pending) {
      const said = answers[pending]?.shift();
      if (said) answered(w, said);
      scriptFinished(w);
      pending = null;
    }
    if (opts.until(w, seen)) return seen;
  }
  throw new Error(`gave up in phase ${w.plot.phase} at x=${Math.round(w.astronaut.x)}`);
}

/** Holds the direction toward `to` (a player on a stick, not a pathfinder). */
const toward =
  (to: { x: number; y: number }) =>
  (w: CaveWorld): PlayInput => {
    const dx = to.x - w.astronaut.x;
    const dy = to.y - w.astronaut.y;
    const d = Math.hypot(dx, dy) || 1;
    return { move: { x: dx / d, y: dy / d }, action: false, tap: null };
  };

/** Taps once at `to` (tap-to-move), then lets the astronaut walk. */
function tapOnce(to: { x: number; y: number }) {
  let tapped = false;
  return (): PlayInput => {
    const input = { ...still(), tap: tapped ? null : to };
    tapped = true;
    return input;
  };
}

/** Taps the ramp again whenever the walk was interrupted (a tackle clears the path). */
const keepTapping =
  (to: { x: number; y: number }) =>
  (w: CaveWorld): PlayInput => ({
    ...still(),
    tap: w.astronaut.path || w.astronaut.pose === 'down' ? null : to,
  });

const inPhase = (phase: Phase) => (w: CaveWorld) => w.plot.phase === phase;

describe('the cave map', () => {
  it('is one rectangle of four chambers, closed all round', () => {
    expect(CAVE.cells.every((row) => row.length === CAVE.cols)).toBe(true);
    expect(CAVE.cols * CELL).toBe(CHAMBERS.at(-1)?.toX);
    for (let col = 0; col < CAVE.cols; col++) {
      expect(solid(CAVE, col, 0, 'child', closed)).toBe(true);
      expect(solid(CAVE, col, CAVE.rows - 1, 'child', closed)).toBe(true);
    }
    expect(() => parsePlan(['###', '##'])).toThrow();
  });

  it('has room to stand at every landmark', () => {
    for (const p of [
      PLACES.spawn,
      PLACES.resumeAt,
      PLACES.ramp,
      PLACES.tunnelIn,
      PLACES.tunnelOut,
    ]) {
      expect(overlaps(CAVE, { tunnelOpen: true }, 'astronaut', p.x, p.y, ASTRONAUT_R)).toBe(false);
    }
  });

  it('leads from the landing to the ship, and the hidden tunnel opens a second way', () => {
    expect(
      findPath(CAVE, closed, 'astronaut', ASTRONAUT_R, PLACES.spawn, PLACES.ramp),
    ).not.toBeNull();
    const shut = { tunnelOpen: false };
    expect(
      overlaps(CAVE, shut, 'astronaut', PLACES.tunnelIn.x + CELL * 2, PLACES.tunnelIn.y, 10),
    ).toBe(true);
    const open = { tunnelOpen: true };
    const secret = findPath(CAVE, open, 'child', 12, PLACES.tunnelIn, PLACES.tunnelOut);
    expect(secret?.every((p) => p.y > cellCentre(0, 6).y)).toBe(true); // below the main tunnel
  });
});

describe('walking and walls', () => {
  it('walks at his speed, slower in depth', () => {
    const a = makeAstronaut(cellCentre(60, 5));
    const out = { footstep: false, bumped: false };
    let steps = 0;
    for (let i = 0; i < 60; i++) {
      stepAstronaut(a, { x: 1, y: 0 }, DT, CAVE, closed, true, out);
      if (out.footstep) steps++;
    }
    expect(a.x - cellCentre(60, 5).x).toBeGreaterThan(WALK_SPEED * 0.8);
    expect(a.x - cellCentre(60, 5).x).toBeLessThanOrEqual(WALK_SPEED);
    expect(steps).toBeGreaterThanOrEqual(3);
    const b = makeAstronaut(cellCentre(60, 2));
    for (let i = 0; i < 30; i++) stepAstronaut(b, { x: 0, y: 1 }, DT, CAVE, closed, true, out);
    expect(b.y - cellCentre(60, 2).y).toBeLessThan(a.x - cellCentre(60, 5).x);
  });

  it('stops at the west wall and never enters rock', () => {
    const a = makeAstronaut(PLACES.spawn);
    const out = { footstep: false, bumped: false };
    for (let i = 0; i < 240; i++) stepAstronaut(a, { x: -1, y: 0 }, DT, CAVE, closed, true, out);
    expect(out.bumped).toBe(true);
    expect(a.x).toBeGreaterThanOrEqual(CELL + ASTRONAUT_R - 0.01);
    expect(overlaps(CAVE, closed, 'astronaut', a.x, a.y, ASTRONAUT_R)).toBe(false);
  });

  it('slides along a wall when walking into it at a slant', () => {
    const a = makeAstronaut(cellCentre(50, 3));
    const out = { footstep: false, bumped: false };
    for (let i = 0; i < 120; i++)
      stepAstronaut(a, { x: 0.7, y: -0.7 }, DT, CAVE, closed, true, out);
    expect(a.x).toBeGreaterThan(cellCentre(50, 3).x + 120); // kept going along the back wall
    expect(overlaps(CAVE, closed, 'astronaut', a.x, a.y, ASTRONAUT_R)).toBe(false);
  });

  it('is stopped by boulders and pools, which the child hops over', () => {
    const boulder = cellCentre(14, 3);
    const pos = { x: boulder.x - 60, y: boulder.y };
    moveCircle(CAVE, closed, 'astronaut', pos, ASTRONAUT_R, 80, 0);
    expect(pos.x).toBeLessThan(boulder.x - CELL / 2 - ASTRONAUT_R + 1);
    const child = { x: boulder.x - 60, y: boulder.y };
    moveCircle(CAVE, closed, 'child', child, 12, 120, 0);
    expect(child.x).toBeCloseTo(boulder.x + 60);
    const pool = cellCentre(16, 7);
    expect(overlaps(CAVE, closed, 'astronaut', pool.x, pool.y, 5)).toBe(true);
  });

  it('taps to walk: finds the way through a tunnel into the next chamber', () => {
    const w = makeWorld('main');
    const target = cellCentre(44, 5);
    play(w, {
      drive: tapOnce(target),
      until: (w) => Math.hypot(w.astronaut.x - target.x, w.astronaut.y - target.y) < 12,
      seconds: 20,
    });
    expect(w.chamber).toBe(1);
  });
});

describe('chambers', () => {
  it('names the chamber under each x and reports walking into the next one', () => {
    expect(CHAMBERS.map((c) => c.id)).toEqual(['landing', 'drip_hall', 'garden', 'beacon']);
    expect(chamberIndexAt(PLACES.spawn.x)).toBe(0);
    expect(chamberIndexAt(PLACES.doris.x)).toBe(2);
    expect(chamberIndexAt(PLACES.ramp.x)).toBe(3);
    const w = makeWorld('main');
    const events = play(w, {
      drive: keepTapping(cellCentre(44, 5)),
      until: (w) => w.chamber === 1,
      seconds: 20,
    });
    expect(events).toContain('chamber');
    expect(events).toContain('say:intro');
  });
});

describe('the child', () => {
  it('drops on him from the ledge in the drip hall and pins him until the first answer', () => {
    const w = makeWorld('main');
    play(w, { drive: keepTapping(cellCentre(60, 5)), until: inPhase('ambush') });
    expect(w.chamber).toBe(1);
    let events: WorldEvent[] = [];
    for (let i = 0; i < 120 && w.plot.phase === 'ambush'; i++) {
      stepWorld(w, toward(cellCentre(70, 5))(w), DT);
      events = [...events, ...w.events];
    }
    expect(events).toContain('land');
    expect(events).toContain('script:meet');
    const x = w.astronaut.x;
    for (let i = 0; i < 60; i++) stepWorld(w, toward(cellCentre(70, 5))(w), DT);
    expect(w.astronaut.pose).toBe('down');
    expect(w.astronaut.x).toBeCloseTo(x);
    expect(w.child.mode).toBe('ride');
  });

  it('is faster than the astronaut, and tackles him when he walks into it', () => {
    expect(CHILD_SPEED).toBeGreaterThan(WALK_SPEED * 1.8);
    const w = makeWorld('main');
    Object.assign(w.astronaut, cellCentre(55, 5));
    Object.assign(w.child, cellCentre(56, 5), { z: 0 });
    goTo(w, 'pester');
    const events = play(w, {
      drive: toward(cellCentre(74, 5)),
      until: (_, e) => e.includes('tackle'),
      seconds: 8,
    });
    expect(events).toContain('say:heckle');
    expect(w.astronaut.pose).toBe('down');
  });

  it('holds the tunnel mouth: he cannot get past, and walking into it knocks him back', () => {
    const w = makeWorld('main');
    Object.assign(w.astronaut, cellCentre(70, 5));
    Object.assign(w.child, cellCentre(72, 5), { z: 0 });
    goTo(w, 'pester');
    let furthest = 0;
    const events = play(w, {
      drive: (w) => {
        furthest = Math.max(furthest, w.astronaut.x);
        return toward(cellCentre(84, 5))(w);
      },
      until: (_, e) => e.includes('say:choke'),
      seconds: 10,
    });
    expect(events).toContain('tackle');
    expect(w.child.choke).toBe(PLACES.firstChoke);
    expect(furthest).toBeLessThan(PLACES.firstChoke.x);
  });

  it('stops tackling once Theodore has said something true', () => {
    const w = makeWorld('resume');
    Object.assign(w.astronaut, cellCentre(84, 5));
    Object.assign(w.child, cellCentre(86, 5), { z: 0 });
    w.plot.said.push('true');
    goTo(w, 'roam');
    expect(w.child.mood).toBe('soft');
    const events = play(w, {
      drive: keepTapping(cellCentre(113, 5)),
      until: (w) => w.astronaut.x > cellCentre(111, 5).x,
      seconds: 30,
    });
    expect(events).not.toContain('tackle');
  });
});

describe('the first half', () => {
  it('goes explore → ambush → first answer → heckles → toaster → cut off mid-word', () => {
    const w = makeWorld('main');
    const phases: Phase[] = [];
    const events = play(w, {
      answers: { meet: ['swear'] },
      drive: keepTapping(cellCentre(84, 5)),
      until: (w) => {
        if (phases.at(-1) !== w.plot.phase) phases.push(w.plot.phase);
        return w.plot.phase === 'done';
      },
    });
    expect(phases).toEqual([
      'explore',
      'ambush',
      'meet',
      'pester',
      'toaster',
      'pester2',
      'cutoff',
      'done',
    ]);
    expect(events.filter((e) => e.startsWith('script:'))).toEqual([
      'script:meet',
      'script:toaster',
      'script:cutoff',
    ]);
    expect(events).toContain('say:drips');
    expect(events).toContain('done');
    expect(w.plot.outcome).toBeNull();
    expect(w.plot.said).toEqual(['swear']);
  });

  it('moves on even if the player stands still after the first answer', () => {
    const w = makeWorld('main');
    Object.assign(w.astronaut, cellCentre(55, 5));
    goTo(w, 'pester');
    play(w, { until: inPhase('done'), seconds: 30 });
  });
});

describe('every way to each ending', () => {
  /** The second half up to the decisive choice, by walking to the last tunnel. */
  const resume = (round2: Said, decisive: Said) => {
    const w = makeWorld('resume');
    const events = play(w, {
      answers: { round2: [round2], crybaby: [decisive] },
      drive: keepTapping(PLACES.ramp),
      until: inPhase('done'),
      seconds: 180,
    });
    return { w, events };
  };

  it.each(['plead', 'swear', 'play', 'true'] as Said[])(
    'befriended after "%s": he says something true, the child shows the hidden tunnel and leads him',
    (round2) => {
      const { w, events } = resume(round2, 'true');
      expect(w.plot.outcome).toBe('befriended');
      expect(events).toContain('tunnel');
      expect(w.flags.tunnelOpen).toBe(true);
      expect(events).toContain('say:lead');
      expect(events).toContain('board');
      expect(w.child.mode).toBe('wave');
    },
  );

  it.each(['plead', 'swear', 'play', 'true'] as Said[])(
    'fought after "%s": a scuffle, then he runs to the ship',
    (round2) => {
      const { w, events } = resume(round2, 'fight');
      expect(w.plot.outcome).toBe('fought');
      expect(events).toContain('script:scuffle');
      expect(events).toContain('say:chase');
      expect(w.child.mode).toBe('sprawl');
      expect(w.flags.tunnelOpen).toBe(false);
    },
  );

  it('quit at the last tunnel: he sits down', () => {
    const { w, events } = resume('play', 'quit');
    expect(w.plot.outcome).toBe('quit');
    expect(events).toContain('script:giveup');
    expect(w.astronaut.pose).toBe('sit');
  });

  it('quit as the second answer', () => {
    const w = makeWorld('resume');
    play(w, {
      answers: { round2: ['quit'] },
      drive: keepTapping(PLACES.ramp),
      until: inPhase('done'),
    });
    expect(w.plot.outcome).toBe('quit');
    expect(w.astronaut.pose).toBe('sit');
  });

  it.each(['sulking', 'roam'] as Phase[])(
    'quit by standing still while %s, and choosing to stop',
    (phase) => {
      const w = makeWorld('resume');
      play(w, {
        answers: { round2: ['plead'] },
        drive: keepTapping(PLACES.ramp),
        until: inPhase(phase),
      });
      const seen = play(w, {
        answers: { idle: ['quit'] },
        until: inPhase('done'),
        seconds: IDLE_SECONDS + 10,
      });
      expect(seen).toContain('script:idle');
      expect(w.plot.outcome).toBe('quit');
    },
  );

  it('asking to stop (the action button, away from the child) offers to quit; getting up goes on', () => {
    const w = makeWorld('resume');
    play(w, {
      answers: { round2: ['swear'] },
      drive: keepTapping(PLACES.ramp),
      until: inPhase('roam'),
    });
    w.astronaut.x -= 300; // well away from him
    w.child.x = w.astronaut.x + 400;
    stepWorld(w, { ...still(), action: true }, DT);
    expect(w.plot.phase).toBe('idle');
    answered(w, 'go');
    scriptFinished(w);
    stepWorld(w, still(), DT);
    expect(w.plot.phase).toBe('roam');
    expect(w.plot.outcome).toBeNull();
  });

  it('talking to the child (the action button beside him) brings the decisive moment', () => {
    const w = makeWorld('resume');
    play(w, {
      answers: { round2: ['true'] },
      drive: keepTapping(PLACES.ramp),
      until: inPhase('roam'),
    });
    Object.assign(w.child, { x: w.astronaut.x + 70, y: w.astronaut.y });
    stepWorld(w, { ...still(), action: true }, DT);
    expect(w.plot.phase).toBe('crybaby');
  });

  it('four tackles are enough: the decisive moment comes even far from the tunnel', () => {
    const w = makeWorld('resume');
    play(w, {
      answers: { round2: ['swear'] },
      drive: keepTapping(PLACES.ramp),
      until: inPhase('roam'),
    });
    // Walk straight at him, again and again.
    const seen = play(w, {
      drive: (w) => toward(w.child)(w),
      until: (w) => w.plot.phase === 'crybaby',
      seconds: 60,
    });
    expect(seen.filter((e) => e === 'tackle').length).toBe(TACKLES_ENOUGH);
    expect(seen.filter((e) => e === 'say:heckle').length).toBe(TACKLES_ENOUGH);
    expect(w.astronaut.x).toBeLessThan(PLACES.lastChoke.x - 600);
  });

  it('talking to the sulking child starts the second answer; the child thaws first', () => {
    const w = makeWorld('resume');
    expect(w.child.mode).toBe('frozen');
    const events = play(w, { until: inPhase('sulking'), seconds: 20 });
    expect(events.slice(0, 2)).toEqual(['unfreeze', 'script:thaw']);
    Object.assign(w.astronaut, { x: PLACES.sulkRock.x - 90, y: PLACES.sulkRock.y + 40 });
    stepWorld(w, { ...still(), action: true }, DT);
    expect(w.plot.phase).toBe('round2');
  });
});

describe('the camera', () => {
  it('shows the floor on a desktop, the way ahead on a phone, and lifts the figures over choices', () => {
    expect(zoomFor(1280, 720) * 1500).toBeGreaterThanOrEqual(1280 - 1); // a landscape screen is filled
    expect(390 / zoomFor(390, 844)).toBeGreaterThanOrEqual(559); // a tall one still sees ahead
    const at = { x: 3000, y: 820 };
    const plain = cameraTarget(at, 1, 390, 844, false);
    const lifted = cameraTarget(at, 1, 390, 844, true);
    expect(lifted.cy).toBeGreaterThan(plain.cy); // looking lower puts him higher on screen
    const tap = screenToWorld({ x: 195, y: 422 }, lifted, 390, 844);
    expect(tap).toEqual({ x: lifted.cx, y: lifted.cy });
    expect(cameraTarget({ x: 0, y: 820 }, -1, 1280, 720, false).cx).toBeGreaterThan(0); // never past the ends
  });

  it('zooms on a 1/20 grid and paints its art at that zoom, so the art is drawn 1:1', () => {
    for (const [w, h] of [
      [1280, 720],
      [1920, 1080],
      [1366, 768],
      [390, 844],
      [844, 390],
      [1000, 700],
    ] as const) {
      const zoom = zoomFor(w, h);
      expect(Math.abs(zoom * 20 - Math.round(zoom * 20))).toBeLessThan(1e-9);
      expect(w / zoom).toBeLessThanOrEqual(1500 + 1e-6); // never more than the view
      expect(w / zoom).toBeGreaterThanOrEqual(Math.min(w / 1, 560) - 1e-6); // the way ahead
      if (zoom >= 0.45 && zoom <= 1.25) expect(detailFor(w, h)).toBe(zoom);
    }
  });

  it('is flatter for players who asked for less motion', () => {
    const calm = parallaxFor(true);
    const full = parallaxFor(false);
    expect(Math.abs(1 - calm.far)).toBeLessThan(Math.abs(1 - full.far));
    expect(Math.abs(1 - calm.fore)).toBeLessThan(Math.abs(1 - full.fore));
  });
});

describe('rounding corners', () => {
  it('slips round the top of a boulder even with a little drift toward it left over', () => {
    // The boulder at column 14, row 3; he grazes its top edge by two units.
    const pos = { x: 14 * CELL - ASTRONAUT_R - 0.5, y: 720 - ASTRONAUT_R + 2 };
    for (let i = 0; i < 30; i++) moveCircle(CAVE, closed, 'astronaut', pos, ASTRONAUT_R, 6, 0.001);
    expect(pos.x).toBeGreaterThan(15 * CELL + ASTRONAUT_R);
  });

  it('does not stop dead on a rock when walking eases in from a diagonal', () => {
    const a = makeAstronaut({ x: 3940, y: 822.4 });
    a.vy = 30; // he was walking down a moment ago; the drift fades but never quite reaches zero
    const out = { footstep: false, bumped: false };
    for (let i = 0; i < 40; i++) stepAstronaut(a, { x: 1, y: 0 }, 0.05, CAVE, closed, true, out);
    expect(a.x).toBeGreaterThan(4040); // past Doris's rock
  });
});

describe('the lines, from ink', () => {
  it('offers both answers every time he goes still, not only the first time', () => {
    const story = compileFixture('../story/her.ink');
    const p = new Playthrough(story, { externals: { minigame_ready: () => true } });
    p.jump('the_cave');
    for (let i = 0; i < 60 && !p.view.interlude; i++) p.advance();
    expect(p.view.interlude).toEqual({ key: 'cave', part: 'main' });
    const script = p.engine.script();
    for (let round = 1; round <= 3; round++) {
      const idle = script.open('cave_lines.idle');
      expect(idle.choices, `round ${round}`).toEqual([
        'Get up. Keep looking for the ship.',
        "Sit down. You're done.",
      ]);
      script.choose(0); // he gets up, and later goes still again
    }
    script.close();
  });
});
