import type { MoveInput } from '../move-input';
import type { RunInput } from './runner';

/** A finger held this long without a tap is "run" (one thumb plays the whole run). */
const HOLD_MS = 220;

/**
 * Turns every way of playing into the run's input. Keys, stick and d-pad come through
 * MoveInput: right runs, left slows, up (or Space, Enter, the A button) jumps; in the
 * elevator any direction hurries him. On a phone one thumb is enough: hold anywhere to
 * run, drag left to slow, tap to jump.
 */
export class RunControls {
  private pointer: { id: number; at: number } | null = null;
  private upWas = false;
  private readonly off: (() => void)[] = [];

  constructor(
    private readonly move: MoveInput,
    surface: HTMLElement,
  ) {
    const down = (e: PointerEvent) => {
      // Buttons on the HUD (pause, choices) are not the play surface.
      if (e.target instanceof Element && e.target.closest('button')) return;
      this.pointer = { id: e.pointerId, at: e.timeStamp };
    };
    const up = (e: PointerEvent) => {
      if (this.pointer?.id === e.pointerId) this.pointer = null;
    };
    surface.addEventListener('pointerdown', down);
    addEventListener('pointerup', up);
    addEventListener('pointercancel', up);
    this.off.push(
      () => surface.removeEventListener('pointerdown', down),
      () => removeEventListener('pointerup', up),
      () => removeEventListener('pointercancel', up),
    );
  }

  /** True while a finger (or the mouse button) is held on the play surface. */
  get holding(): boolean {
    return this.pointer !== null && performance.now() - this.pointer.at > HOLD_MS;
  }

  /** This frame's input; `inLift` reads the arrows as "hurry" rather than run and jump. */
  read(inLift: boolean): RunInput {
    const v = this.move.vector();
    const up = v.y < -0.5;
    const upPressed = up && !this.upWas;
    this.upWas = up;
    const tapped = this.move.takeTap() !== null;
    const acted = this.move.takeAction();
    let drive = v.x;
    if (this.holding && Math.abs(v.x) < 0.2) drive = 1;
    const jump = acted || tapped || (!inLift && upPressed);
    const urge = inLift ? Math.max(Math.abs(v.y), this.holding ? 1 : 0) : 0;
    return { drive, urge, jump };
  }

  /** Forgets presses made while something else had the input (an in-game choice). */
  flush(): void {
    this.move.takeTap();
    this.move.takeAction();
    this.pointer = null;
  }

  /** Stops listening. */
  destroy(): void {
    for (const off of this.off) off();
  }
}
