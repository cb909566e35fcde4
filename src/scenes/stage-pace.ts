import type Phaser from 'phaser';

/** How long the stage must be settled before its loop slows down. */
const SETTLE_MS = 1200;
/** Frames a second while only ambient life (motes, a resting voice) moves. */
const GENTLE_FPS = 15;
/** How long the player may leave the game alone before its ambient motion comes to rest. */
const REST_MS = 30_000;
/** What tells the stage someone is there: any key, touch, click, wheel or mouse movement. */
const PRESENCE = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;

/** What the stage is doing this frame, as far as its pace is concerned. */
export interface StageActivity {
  /** A transition, a flash, a speaking voice, snow: anything that must move smoothly. */
  busy: boolean;
  /** Slow ambient movement that still reads well at a few frames a second. */
  ambient: boolean;
}

/**
 * Slows the stage's loop while a reader sits at a line, and stops it when nothing moves at
 * all: drawing 60 unchanged frames a second costs a laptop or a phone most of a core. Any
 * change (a new line, a setting, a resize) brings it back to full speed at once. A game left
 * alone for REST_MS comes to rest (`resting`: the scene eases its ambient motion to a stop, and
 * the loop sleeps); the player's next touch of a key or the mouse sets it drifting again.
 */
export class StagePace {
  private calmMs = 0;
  private unattendedMs = 0;
  private mode: 'full' | 'gentle' | 'asleep' = 'full';
  /** A change of pace is waiting for the current frame to end. */
  private applying = false;

  constructor(private readonly game: Phaser.Game) {
    // Phaser applies a new size inside its loop, so a sleeping loop must wake for it.
    window.addEventListener('resize', () => this.wake());
    const notice = () => this.noticePlayer();
    for (const type of PRESENCE) window.addEventListener(type, notice, { passive: true });
  }

  /** True once nobody has touched the game, and nothing has changed, for REST_MS. */
  get resting(): boolean {
    return this.unattendedMs >= REST_MS;
  }

  /** Something on stage is about to change: full speed now. */
  wake(): void {
    this.calmMs = 0;
    this.unattendedMs = 0;
    this.set('full');
  }

  /** Called once a frame with what the stage is doing; settles the loop's pace. */
  update(deltaMs: number, activity: StageActivity): void {
    if (activity.busy) return this.wake();
    this.unattendedMs += deltaMs;
    this.calmMs += deltaMs;
    if (this.calmMs < SETTLE_MS) return;
    this.set(activity.ambient ? 'gentle' : 'asleep');
  }

  /** The current pace, for tests and the bench. */
  get pace(): 'full' | 'gentle' | 'asleep' {
    return this.mode;
  }

  /** The player is there: ambient motion resumes (gently: a mouse move needs no 60 fps). */
  private noticePlayer(): void {
    const wasResting = this.resting;
    this.unattendedMs = 0;
    if (wasResting && this.mode === 'asleep') this.set('gentle');
  }

  private set(mode: 'full' | 'gentle' | 'asleep'): void {
    if (mode === this.mode) return;
    this.mode = mode;
    // Shown on the page for browser tests and the bench (`data-stage-pace`).
    document.documentElement.dataset.stagePace = mode;
    // Phaser's animation-frame loop asks for its next frame after running the frame, so
    // restarting the loop from inside a frame (where update() runs) leaves the old loop going
    // beside the new one: one more loop, drawing every frame again, at each change of pace.
    // The loop is restarted just after the frame instead.
    if (this.applying) return;
    this.applying = true;
    queueMicrotask(() => {
      this.applying = false;
      this.apply(this.mode);
    });
  }

  private apply(mode: 'full' | 'gentle' | 'asleep'): void {
    const loop = this.game.loop;
    if (mode === 'asleep') return loop.sleep();
    if (!loop.running) loop.wake();
    // The gentle pace runs on a timer: an animation-frame loop that draws one frame in four
    // still costs the page a commit of the canvas on every frame it skips.
    (loop as { forceSetTimeOut: boolean }).forceSetTimeOut = mode === 'gentle'; // read when it restarts
    loop.setFPSLimit(mode === 'gentle' ? GENTLE_FPS : 0);
  }
}
