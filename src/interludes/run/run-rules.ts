import { ARRIVAL, CART, HARD_CAP, LENGTH, LIFT } from './config';
import { newCart, stepCart } from './cart';
import { obstaclesFor, spilledOranges } from './course';
import { Frame } from './frame';
import { newLift, stepLift } from './lift';
import { moveRunner, newRunner, type RunInput } from './runner';
import { FINISH_AT, type Phase, type RunEvent, type RunState } from './run-state';
import { stepVoice } from './voice-cues';

function office(f: Frame): void {
  f.say('office');
  f.run('run', LIFT.doorAt);
  if (f.state.runner.s >= 30) f.say('paul');
  if (f.state.runner.s < LIFT.doorAt - 0.05) return;
  f.state.lift = newLift();
  f.go('lift');
  f.say('doors');
}

function lift(f: Frame): void {
  const { state, input } = f;
  const car = state.lift ?? (state.lift = newLift());
  // Shut in a box, every arrow and the button mean the same thing: hurry.
  const urge = Math.max(input.urge, Math.abs(input.drive));
  for (const e of stepLift(car, urge, input.jump, f.dt)) {
    f.out.push(e);
    if (e.kind === 'inside') {
      f.enter('elevator');
      f.say('ride');
    }
    if (e.kind === 'stop') f.say('stop', false);
    if (e.kind === 'ding' && car.stage === 'lobby') f.say('lobby');
    if (e.kind !== 'out') continue;
    Object.assign(state, { runner: newRunner(0), obstacles: obstaclesFor('plaza') });
    state.runner.v = 1.5; // he comes out of the doors already moving
    f.enter('plaza');
    f.go('plaza');
    f.say('plaza');
  }
}

function pavement(f: Frame): void {
  const { state } = f;
  f.run('run');
  if (!state.cart && state.runner.s >= CART.triggerAt) {
    state.cart = newCart();
    f.go('cart');
    f.out.push({ kind: 'spill' });
  }
  if (state.section === 'plaza' && state.runner.s >= LENGTH.plaza) {
    // The steps go on from the plaza's pavement: same stretch, the station's crowd added.
    for (const o of obstaclesFor('steps'))
      state.obstacles.push({ ...o, x0: o.x0 + LENGTH.plaza, from: o.from + state.sectionTime });
    f.enter('steps', false);
    f.go('steps');
    f.say('steps');
  }
  if (state.runner.s >= FINISH_AT) f.go('arrived');
}

function cart(f: Frame): void {
  const { state } = f;
  const c = state.cart ?? (state.cart = newCart());
  const r = state.runner;
  if (state.phase === 'cart') f.run('hold', CART.stopAt);
  else {
    f.run('free');
    r.s = Math.min(CART.cartAt + 7, Math.max(CART.cartAt - 7, r.s));
  }
  for (const e of stepCart(c, r.s, f.dt)) {
    f.out.push(e);
    if (e.kind === 'ask') f.say('cart');
    if (e.kind === 'gathered') f.say('gathered');
  }
  if (c.stage === 'gathering' && state.phase === 'cart') f.go('gather');
  if (c.stage !== 'done') return;
  if (c.choice === 'ran') state.obstacles.push(...spilledOranges(state.sectionTime));
  f.go('plaza');
}

function arrived(f: Frame): void {
  const { state } = f;
  moveRunner(state.runner, f.input, f.dt, 'hold'); // he has stopped: the crowd parts round him
  if (!state.answered && state.phaseTime >= ARRIVAL.answerAfter) {
    state.answered = true;
    f.out.push({ kind: 'answer' });
  }
  if (state.phaseTime < ARRIVAL.doneAfter) return;
  f.go('done');
  f.out.push({ kind: 'done' });
}

const PHASES: Record<Phase, (f: Frame) => void> = {
  office,
  lift,
  plaza: pavement,
  steps: pavement,
  cart,
  gather: cart,
  arrived,
  done: () => {},
};

/**
 * One frame of the run: moves everything on and reports what happened. Every phase either
 * ends by itself in time or carries him on, whatever the input (none at all included), and
 * past HARD_CAP he is at the steps regardless: the run always ends, and she always answers.
 */
export function stepRun(state: RunState, input: RunInput, dt: number): RunEvent[] {
  const f = new Frame(state, input, dt);
  state.time += dt;
  state.sectionTime += dt;
  state.phaseTime += dt;
  if (state.time > HARD_CAP && state.phase !== 'arrived' && state.phase !== 'done') f.go('arrived');
  PHASES[state.phase](f);
  // Between the scripted moments he keeps calling her, while running or riding down.
  const open =
    ['office', 'plaza', 'steps'].includes(state.phase) ||
    (state.phase === 'lift' && state.lift?.stage === 'moving');
  for (const stitch of stepVoice(state.voice, dt, open)) f.out.push({ kind: 'line', stitch });
  return f.out;
}
