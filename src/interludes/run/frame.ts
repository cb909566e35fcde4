import type { SectionKey } from './config';
import { onFoot } from './on-foot';
import type { RunInput, Stride } from './runner';
import type { LineStitch, Phase, RunEvent, RunState } from './run-state';
import { heardLine } from './voice-cues';

/**
 * One frame of the run as the rules work through it: the state, the player's input, and the
 * events piling up, with the small verbs every phase uses (say, go, enter, run).
 */
export class Frame {
  readonly out: RunEvent[] = [];
  constructor(
    readonly state: RunState,
    readonly input: RunInput,
    readonly dt: number,
  ) {}

  /** Cues a stitch of lines (most only once a run). */
  say(stitch: LineStitch, once = true): void {
    if (once && this.state.cued.includes(stitch)) return;
    this.state.cued.push(stitch);
    heardLine(this.state.voice);
    this.out.push({ kind: 'line', stitch });
  }

  go(phase: Phase): void {
    Object.assign(this.state, { phase, phaseTime: 0 });
  }

  /** Arrives in a new place; `clock` restarts the place's own time (its walkers' paces). */
  enter(section: SectionKey, clock = true): void {
    this.state.section = section;
    if (clock) this.state.sectionTime = 0;
    this.state.visited.push(section);
    this.out.push({ kind: 'section', section });
  }

  /** Him on foot for this frame, with what he met reported and counted. */
  run(stride: Stride, limit?: number): void {
    const { state, input, dt } = this;
    const foot = onFoot(state.runner, state.obstacles, state.sectionTime, input, dt, stride, limit);
    if (foot.jumped) this.out.push({ kind: 'jump', how: foot.jumped });
    for (let i = 0; i < foot.footfalls; i++) this.out.push({ kind: 'step' });
    for (const c of foot.contacts) {
      this.out.push({ kind: c.kind, obstacle: c.obstacle });
      if (c.kind === 'bump') state.bumps += 1;
      else state.dodges += 1;
    }
  }
}
