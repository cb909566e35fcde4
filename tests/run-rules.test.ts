import { describe, expect, it } from 'vitest';
import { CART, HARD_CAP, LIFT, RUN } from '../src/interludes/run/config';
import { collide, dodgeKindFor } from '../src/interludes/run/collide';
import { obstaclesFor, type Obstacle } from '../src/interludes/run/course';
import { newLift, stepLift } from '../src/interludes/run/lift';
import { LineQueue, readingTime } from '../src/interludes/run/line-queue';
import { moveRunner, newRunner, startDodge, type RunInput } from '../src/interludes/run/runner';
import { stepRun } from '../src/interludes/run/run-rules';
import { chooseAtCart, newRun, type RunEvent } from '../src/interludes/run/run-state';
import type { CartChoice } from '../src/interludes/run/cart';
import { hintFor } from '../src/interludes/run/run-hints';
import { KNOT, RunVoice } from '../src/interludes/run/run-voice';
import { Playthrough } from '../src/story/playthrough';
import { compileFixture } from './helpers/compile';

const DT = 1 / 60;
const NOTHING: RunInput = { drive: 0, urge: 0, jump: false };
const RIGHT: RunInput = { drive: 1, urge: 0, jump: false };

/** A player: what they press at each moment of the run (and at the cart, if they choose). */
type Player = (t: number, state: ReturnType<typeof newRun>) => RunInput;

/** Plays a whole run at 60 fps with `player`, up to `limit` seconds; returns what happened. */
function play(player: Player, cartChoice: CartChoice | null = null, limit = HARD_CAP + 30) {
  const state = newRun();
  const events: RunEvent[] = [];
  for (let t = 0; t < limit && state.phase !== 'done'; t += DT) {
    for (const e of stepRun(state, player(t, state), DT)) {
      events.push(e);
      if (e.kind === 'ask' && cartChoice) chooseAtCart(state, cartChoice);
    }
  }
  const lines = events.flatMap((e) => (e.kind === 'line' ? [e.stitch] : []));
  return { state, events, lines };
}

/** Seeded noise for players that mash keys at random. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 4294967296;
  };
}

describe('running', () => {
  it('runs flat out with right held, and is carried on slowly with nothing held', () => {
    const held = newRunner();
    for (let i = 0; i < 120; i++) moveRunner(held, RIGHT, DT, 'run');
    expect(held.v).toBeCloseTo(RUN.runSpeed, 1);
    const idle = newRunner();
    for (let i = 0; i < 120; i++) moveRunner(idle, NOTHING, DT, 'run');
    expect(idle.v).toBeGreaterThan(1.5);
    expect(idle.v).toBeLessThan(held.v / 2);
    // Left alone longer, he picks up a little on his own: idling never stalls the run.
    for (let i = 0; i < 60 * 12; i++) moveRunner(idle, NOTHING, DT, 'run');
    expect(idle.v).toBeCloseTo(RUN.carryMax, 1);
  });

  it('slows to a walk with left held, but never stops or turns back', () => {
    const r = newRunner();
    r.v = RUN.runSpeed;
    for (let i = 0; i < 300; i++) moveRunner(r, { ...NOTHING, drive: -1 }, DT, 'run');
    expect(r.v).toBeCloseTo(RUN.brakeSpeed, 2);
  });

  it('walks either way while gathering, and stands still when holding', () => {
    const r = newRunner(10);
    for (let i = 0; i < 60; i++) moveRunner(r, { ...NOTHING, drive: -1 }, DT, 'free');
    expect(r.s).toBeLessThan(10);
    for (let i = 0; i < 120; i++) moveRunner(r, RIGHT, DT, 'hold');
    expect(r.v).toBe(0);
  });

  it('makes footfalls faster the faster he goes, and stops at a limit', () => {
    const footfalls = (input: RunInput) => {
      const r = newRunner();
      r.v = input.drive > 0 ? RUN.runSpeed : RUN.carrySpeed;
      let steps = 0;
      for (let i = 0; i < 240; i++) steps += moveRunner(r, input, DT, 'run');
      return steps;
    };
    expect(footfalls(RIGHT)).toBeGreaterThan(footfalls(NOTHING));
    expect(footfalls(NOTHING)).toBeGreaterThan(4);
    const r = newRunner();
    for (let i = 0; i < 600; i++) moveRunner(r, RIGHT, DT, 'run', 20);
    expect(r.s).toBe(20);
    expect(r.v).toBe(0);
  });
});

describe('obstacles', () => {
  const person = (x: number): Obstacle => ({ ...obstaclesFor('plaza')[0]!, x0: x, vx: 0 });
  const orange = (x: number): Obstacle => ({
    ...person(x),
    kind: 'orange',
    low: true,
    width: 0.25,
  });

  it('slow him when he bumps into them, then he picks up again', () => {
    const r = newRunner(9);
    r.v = RUN.runSpeed;
    const o = person(10);
    let bumps = 0;
    for (let i = 0; i < 60 && bumps === 0; i++) {
      moveRunner(r, RIGHT, DT, 'run');
      bumps += collide(r, [o], 0).filter((c) => c.kind === 'bump').length;
    }
    expect(bumps).toBe(1);
    expect(r.v).toBeLessThanOrEqual(RUN.stumbleSpeed);
    for (let i = 0; i < 120; i++) moveRunner(r, RIGHT, DT, 'run');
    expect(r.v).toBeGreaterThan(RUN.runSpeed * 0.9);
  });

  it('are met once each, so nobody can block him for ever', () => {
    const r = newRunner(0);
    const o = person(0);
    // Standing right inside the obstacle for a long time still makes one bump, no more.
    let bumps = 0;
    for (let i = 0; i < 600; i++) {
      moveRunner(r, NOTHING, DT, 'run');
      r.s = 0;
      bumps += collide(r, [o], 0).length;
    }
    expect(bumps).toBe(1);
    expect(o.fate).toBe('bumped');
  });

  it('are dodged by a jump or a sidestep started in time, with no slowing', () => {
    const r = newRunner(9.3);
    r.v = RUN.runSpeed;
    const obstacles = [orange(10)];
    expect(dodgeKindFor(r, obstacles, 0)).toBe('hop');
    expect(dodgeKindFor(r, [person(10)], 0)).toBe('swerve');
    expect(startDodge(r, 'hop')).toBe(true);
    expect(startDodge(r, 'hop')).toBe(false); // one at a time
    const contacts = [];
    for (let i = 0; i < 30; i++) {
      moveRunner(r, RIGHT, DT, 'run');
      contacts.push(...collide(r, obstacles, 0));
    }
    expect(contacts.map((c) => c.kind)).toEqual(['dodged']);
    expect(r.stumble).toBe(0);
  });

  it('walking toward him are met where they are at that moment', () => {
    const walkerIn = { ...person(20), vx: -2 };
    const r = newRunner(14);
    expect(collide(r, [walkerIn], 3)).toHaveLength(1); // 20 - 2 × 3 = 14
  });
});

describe('the elevator', () => {
  /** Seconds from calling the elevator to stepping out in the lobby. */
  function ride(urge: number, jabEvery = 0): number {
    const lift = newLift();
    let t = 0;
    for (; lift.stage !== 'out' && t < 120; t += DT) {
      const jab = jabEvery > 0 && Math.round(t / DT) % Math.round(jabEvery / DT) === 0;
      stepLift(lift, urge, jab, DT);
    }
    return t;
  }

  it('comes down floor by floor, stopping on the way, and always reaches the lobby', () => {
    const idle = ride(0);
    const hurried = ride(1, 0.3);
    expect(idle).toBeLessThan(40);
    expect(hurried).toBeLessThan(idle - 6);
    // No amount of hurrying skips the floors: the ride takes its minimum time.
    expect(hurried).toBeGreaterThan((LIFT.topFloor - 1) / LIFT.floorsPerSecond);
  });
});

describe('the whole run', () => {
  const eager: Player = (t, s) => {
    // Holds right, presses jump whenever something is a couple of metres ahead.
    const ahead = s.obstacles.some((o) => {
      const gap = o.x0 + o.vx * Math.max(0, s.sectionTime - o.from) - s.runner.s;
      return o.fate === 'ahead' && gap > 0.4 && gap < 1.2;
    });
    return { drive: 1, urge: 1, jump: ahead && Math.round(t * 60) % 4 === 0 };
  };

  it('goes through the sections in order and ends when she answers', () => {
    const { state, events, lines } = play(eager, 'ran');
    expect(state.visited).toEqual(['office', 'elevator', 'plaza', 'steps']);
    const once = lines.filter((l) => !['calls', 'searching', 'stop'].includes(l));
    expect(once).toEqual(['office', 'paul', 'doors', 'ride', 'lobby', 'plaza', 'cart', 'steps']);
    expect(lines.filter((l) => l === 'stop')).toHaveLength(LIFT.stops.length);
    const kinds = events.map((e) => e.kind);
    expect(kinds.indexOf('answer')).toBeLessThan(kinds.indexOf('done'));
    expect(kinds.at(-1)).toBe('done');
    // A player who plays it through takes about a minute.
    expect(state.time).toBeGreaterThan(45);
    expect(state.time).toBeLessThan(100);
    expect(state.dodges).toBeGreaterThan(state.bumps);
  });

  it('calls her name and hears "searching" between the scripted moments', () => {
    const { lines } = play(eager, 'ran');
    const calls = lines.filter((l) => l === 'calls').length;
    expect(calls).toBeGreaterThan(2);
    expect(lines.filter((l) => l === 'searching')).toHaveLength(calls);
    expect(lines[lines.indexOf('calls') + 1]).toBe('searching');
  });

  it('lets him stop to gather the oranges, then runs on', () => {
    const { state, events, lines } = play(eager, 'helped');
    expect(state.cart?.choice).toBe('helped');
    expect(events.filter((e) => e.kind === 'orange')).toHaveLength(6);
    expect(lines).toContain('gathered');
    expect(state.phase).toBe('done');
  });

  it('has oranges to jump when he runs on past the cart', () => {
    const { state } = play(eager, 'ran');
    expect(state.obstacles.filter((o) => o.kind === 'orange')).toHaveLength(3);
  });

  it('ends with no input at all: carried on slowly, the cart decided for him', () => {
    const { state, events, lines } = play(() => NOTHING);
    expect(state.phase).toBe('done');
    expect(events.some((e) => e.kind === 'timeout')).toBe(true);
    expect(state.cart?.choice).toBe('ran');
    expect(lines).toContain('steps');
    expect(state.time).toBeLessThan(200);
    expect(state.bumps).toBeGreaterThan(5);
  });

  it.each([
    ['left held throughout', (): RunInput => ({ drive: -1, urge: 0, jump: false })],
    ['jump mashed', (t: number): RunInput => ({ ...NOTHING, jump: Math.round(t * 60) % 3 === 0 })],
    ['up held', (): RunInput => ({ drive: 0, urge: 1, jump: false })],
  ])('ends with %s', (_name, player) => {
    const { state } = play(player, 'helped');
    expect(state.phase).toBe('done');
    expect(state.time).toBeLessThan(HARD_CAP);
  });

  it.each([1, 2, 3, 4, 5])('ends with random input (seed %i), whatever is chosen', (seed) => {
    const rand = seeded(seed);
    let input = NOTHING;
    const player: Player = () => {
      if (rand() < 0.05) input = { drive: rand() * 2 - 1, urge: rand(), jump: false };
      return { ...input, jump: rand() < 0.04 };
    };
    const { state } = play(player, seed % 2 ? 'helped' : null);
    expect(state.phase).toBe('done');
    expect(state.answered).toBe(true);
  });

  it('gets to the end by the hard cap even if frames are huge', () => {
    const state = newRun();
    for (let i = 0; i < 20_000 && state.phase !== 'done'; i++) stepRun(state, NOTHING, 0.05);
    expect(state.phase).toBe('done');
  });

  it('keeps him in front of the cart until he decides, then the choice sticks', () => {
    const state = newRun();
    for (let t = 0; t < 200 && state.phase !== 'cart'; t += DT) stepRun(state, RIGHT, DT);
    for (let t = 0; t < 3; t += DT) stepRun(state, RIGHT, DT);
    expect(state.phase).toBe('cart');
    expect(state.runner.s).toBeLessThanOrEqual(CART.stopAt);
    chooseAtCart(state, 'helped');
    chooseAtCart(state, 'ran'); // too late: settled
    stepRun(state, NOTHING, DT);
    expect(state.phase).toBe('gather');
    expect(state.cart?.choice).toBe('helped');
  });
});

describe('lines on screen', () => {
  it('stay up long enough to read, longer for longer lines', () => {
    expect(readingTime('Searching.')).toBeGreaterThanOrEqual(2);
    expect(readingTime('x'.repeat(120))).toBeGreaterThan(readingTime('x'.repeat(40)));
  });

  it('come one at a time in order, and repeated calls give way when they pile up', () => {
    const q = new LineQueue();
    q.push([{ speaker: null, text: 'first' }]);
    q.push([{ speaker: 'Theodore', text: 'call' }], 'droppable');
    q.push([
      { speaker: null, text: 'second' },
      { speaker: null, text: 'third' },
    ]);
    q.push([{ speaker: 'Device', text: 'Searching.' }], 'droppable');
    const seen: string[] = [];
    for (let t = 0; t < 30; t += 0.1) {
      const { line, changed } = q.update(0.1);
      if (changed && line) seen.push(line.text);
    }
    expect(seen[0]).toBe('first');
    expect(seen).toContain('second');
    expect(seen).toContain('third');
    expect(seen).not.toContain('call');
    expect(q.busy).toBe(false);
  });

  it('bring a new moment in at once, after most of the current line has been read', () => {
    const q = new LineQueue();
    const long = 'x'.repeat(100);
    q.push([
      { speaker: null, text: long },
      { speaker: null, text: 'stale' },
    ]);
    q.update(0.1);
    q.push([{ speaker: null, text: 'the cart' }], 'now');
    let at = 0.1;
    let line = q.update(0).line;
    while (line?.text === long) {
      at += 0.05;
      line = q.update(0.05).line;
    }
    for (let i = 0; i < 10 && !line; i++) line = q.update(0.05).line;
    expect(line?.text).toBe('the cart');
    expect(at).toBeGreaterThanOrEqual(readingTime(long) * 0.6 - 0.01);
    expect(at).toBeLessThan(readingTime(long));
  });
});

describe('the lines, from ink', () => {
  const story = compileFixture('../story/her.ink');
  const cued = [
    'office',
    'paul',
    'doors',
    'ride',
    'stop',
    'lobby',
    'plaza',
    'calls',
    'searching',
    'gathered',
    'steps',
  ];

  it('has a stitch for every moment the run cues, each with something to say', () => {
    const p = new Playthrough(story, { externals: { minigame_ready: () => true } });
    p.jump('not_found.silent_desk');
    for (let i = 0; i < 40 && !p.view.interlude; i++) p.advance();
    expect(p.view.interlude).toEqual({ key: 'run', part: 'main' });
    const script = p.engine.script();
    for (const stitch of [...cued, 'overheard', 'dictating']) {
      const page = script.open(`${KNOT}.${stitch}`);
      expect(page.lines.length, stitch).toBeGreaterThan(0);
      expect(page.done, stitch).toBe(true);
    }
    // The cart offers its choice: run on first (the default), stop and help second.
    const cart = script.open(`${KNOT}.cart`);
    expect(cart.choices).toHaveLength(2);
    expect(cart.choices[0]).toMatch(/running/i);
    expect(script.choose(1).lines[0]?.text).toMatch(/gathering/);
    script.close();
  });

  it('says "Searching." in the voice of the device, and his calls in his own', () => {
    const p = new Playthrough(story, { externals: { minigame_ready: () => true } });
    p.jump('not_found.silent_desk');
    for (let i = 0; i < 40 && !p.view.interlude; i++) p.advance();
    const script = p.engine.script();
    for (let i = 0; i < 6; i++) {
      expect(script.open(`${KNOT}.calls`).lines[0]?.speaker).toBe('Theodore');
      const reply = script.open(`${KNOT}.searching`).lines[0];
      expect(reply?.speaker).toBe('Device');
      expect(reply?.text).toMatch(/searching/i);
    }
  });
});

describe('the voice', () => {
  it('answers the cart from its own stitch, even after other lines were read meanwhile', () => {
    const read: string[] = [];
    const chosen: number[] = [];
    const page = (done: boolean) => ({
      lines: [{ speaker: null, text: 'x', commands: [] }],
      choices: done ? [] : ['a', 'b'],
      done,
    });
    const voice = new RunVoice({
      read: (path) => (read.push(path), page(!path.endsWith('cart'))),
      choose: (position) => (chosen.push(position), page(true)),
      say: () => {},
      shown: () => {},
    });
    expect(voice.cue('cart')).toEqual(['a', 'b']);
    voice.cue('calls'); // the run moved on a frame before the answer came
    voice.choose('cart', 1);
    expect(read.at(-1)).toBe(`${KNOT}.cart`);
    expect(chosen).toEqual([1]);
  });
});

describe('the hint', () => {
  it('asks more clearly once he has been left to run by himself', () => {
    const state = newRun();
    const before = hintFor(state, false);
    state.runner.idle = RUN.promptAfter + 1;
    expect(hintFor(state, false)).not.toBe(before);
    expect(hintFor(state, true)).toMatch(/finger/);
  });
});
