/** A direction to move in, each axis from -1 to 1 (y grows downward, as on screen). */
export interface MoveVector {
  x: number;
  y: number;
}

const KEY_AXES: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  a: [-1, 0],
  d: [1, 0],
  w: [0, -1],
  s: [0, 1],
};

/** Below this a stick is at rest (worn sticks never quite centre). */
const DEAD_ZONE = 0.22;
/** How far a finger drags for full speed, in CSS pixels. */
const DRAG_FULL = 70;
/** A press shorter and stiller than this is a tap (tap-to-move), not a drag. */
const TAP_MS = 250;
const TAP_SLOP = 12;

/**
 * One way to read "which way, and do it" from every input a player may hold: arrows or WASD,
 * a gamepad stick or d-pad, or a finger (drag for a virtual stick, tap for a destination).
 * Interlude scenes poll it each frame; Phaser's own input stays off (the DOM is on top).
 */
export class MoveInput {
  private readonly held = new Set<string>();
  private actionPressed = false;
  private drag: { id: number; x: number; y: number; at: number; dx: number; dy: number } | null =
    null;
  private tap: { x: number; y: number } | null = null;
  private gamepadWasPressed = false;
  private readonly off: (() => void)[] = [];

  constructor(surface: HTMLElement) {
    const on = <K extends keyof HTMLElementEventMap>(
      target: HTMLElement | Window,
      type: K,
      fn: (event: HTMLElementEventMap[K]) => void,
    ) => {
      target.addEventListener(type, fn as EventListener);
      this.off.push(() => target.removeEventListener(type, fn as EventListener));
    };
    on(window, 'keydown', (event) => {
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      if (key in KEY_AXES) {
        this.held.add(key);
        event.preventDefault();
      }
      if ((key === ' ' || key === 'Enter') && !event.repeat) this.actionPressed = true;
    });
    on(window, 'keyup', (event) => {
      this.held.delete(event.key.length === 1 ? event.key.toLowerCase() : event.key);
    });
    on(window, 'blur', () => this.held.clear());
    on(surface, 'pointerdown', (event) => {
      this.drag = {
        id: event.pointerId,
        x: event.clientX,
        y: event.clientY,
        at: event.timeStamp,
        dx: 0,
        dy: 0,
      };
    });
    on(surface, 'pointermove', (event) => {
      if (this.drag?.id !== event.pointerId) return;
      this.drag.dx = event.clientX - this.drag.x;
      this.drag.dy = event.clientY - this.drag.y;
    });
    const release = (event: PointerEvent) => {
      const drag = this.drag;
      if (drag?.id !== event.pointerId) return;
      this.drag = null;
      if (event.timeStamp - drag.at < TAP_MS && Math.hypot(drag.dx, drag.dy) < TAP_SLOP) {
        const box = surface.getBoundingClientRect();
        this.tap = { x: event.clientX - box.left, y: event.clientY - box.top };
      }
    };
    on(surface, 'pointerup', release);
    on(surface, 'pointercancel', release);
  }

  /** The direction held now, from keys, stick or finger (length at most 1). */
  vector(): MoveVector {
    let x = 0;
    let y = 0;
    for (const key of this.held) {
      const axis = KEY_AXES[key];
      if (axis) [x, y] = [x + axis[0], y + axis[1]];
    }
    const pad = firstGamepad();
    if (pad) {
      const [sx = 0, sy = 0] = pad.axes;
      if (Math.hypot(sx, sy) > DEAD_ZONE) [x, y] = [x + sx, y + sy];
      if (pad.buttons[14]?.pressed) x -= 1;
      if (pad.buttons[15]?.pressed) x += 1;
      if (pad.buttons[12]?.pressed) y -= 1;
      if (pad.buttons[13]?.pressed) y += 1;
    }
    if (this.drag && Math.hypot(this.drag.dx, this.drag.dy) >= TAP_SLOP) {
      [x, y] = [x + this.drag.dx / DRAG_FULL, y + this.drag.dy / DRAG_FULL];
    }
    const length = Math.hypot(x, y);
    return length > 1 ? { x: x / length, y: y / length } : { x, y };
  }

  /** True once per press of Space, Enter or the gamepad's A button (act, talk, interact). */
  takeAction(): boolean {
    const pad = firstGamepad();
    const padPressed = pad?.buttons[0]?.pressed ?? false;
    const fromPad = padPressed && !this.gamepadWasPressed;
    this.gamepadWasPressed = padPressed;
    const pressed = this.actionPressed || fromPad;
    this.actionPressed = false;
    return pressed;
  }

  /** Where the player last tapped (surface pixels), once; null if no new tap. */
  takeTap(): { x: number; y: number } | null {
    const tap = this.tap;
    this.tap = null;
    return tap;
  }

  /** Stops listening (the interlude ended). */
  destroy(): void {
    for (const off of this.off) off();
    this.held.clear();
  }
}

function firstGamepad(): Gamepad | null {
  if (typeof navigator === 'undefined' || !navigator.getGamepads) return null;
  return navigator.getGamepads().find((pad) => pad?.connected) ?? null;
}
