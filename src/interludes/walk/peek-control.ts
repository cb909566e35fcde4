/**
 * The peek, from every input a player may hold: hold Shift on a keyboard, hold a shoulder
 * button or Y on a gamepad, or hold the Peek button on a touch screen (it sits over the play,
 * in the interlude HUD, where a thumb rests). The walk asks only "is it held now?". It also
 * keeps the HUD a clean drag surface while the walk runs.
 */

/** Gamepad buttons that peek: Y, both bumpers, left trigger (standard mapping). */
const PAD_BUTTONS = [3, 4, 5, 6];

/** Reads the peek control; `destroy()` removes its button and listeners. */
export class PeekControl {
  private key = false;
  private finger = false;
  private readonly button: HTMLButtonElement;
  private readonly off: (() => void)[] = [];

  constructor(hud: HTMLElement | null) {
    const listen = <K extends keyof WindowEventMap>(
      type: K,
      fn: (e: WindowEventMap[K]) => void,
    ) => {
      window.addEventListener(type, fn);
      this.off.push(() => window.removeEventListener(type, fn));
    };
    listen('keydown', (e) => {
      if (e.key === 'Shift') this.key = true;
    });
    listen('keyup', (e) => {
      if (e.key === 'Shift') this.key = false;
    });
    listen('blur', () => (this.key = this.finger = false));

    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'walk-peek';
    this.button.textContent = 'Peek';
    this.button.tabIndex = -1; // keyboards peek with Shift; Space must not press this
    this.button.setAttribute('aria-label', 'Peek: hold to open your eyes (costs trust)');
    Object.assign(this.button.style, {
      position: 'absolute',
      right: 'max(1rem, env(safe-area-inset-right))',
      bottom: 'calc(var(--safe-bottom, 1rem) + 3.2rem)',
      minWidth: '64px',
      minHeight: '64px',
      borderRadius: '50%',
      border: '1px solid rgba(255, 194, 154, 0.45)',
      background: 'rgba(20, 8, 16, 0.55)',
      color: 'rgba(255, 226, 205, 0.85)',
      font: 'inherit',
      fontSize: '0.9rem',
      touchAction: 'none',
      userSelect: 'none',
    });
    const hold = (held: boolean) => (e: Event) => {
      e.stopPropagation(); // the HUD under it is the walking surface: this is not a drag
      e.preventDefault();
      this.finger = held;
    };
    for (const [type, held] of [
      ['pointerdown', true],
      ['pointerup', false],
      ['pointercancel', false],
      ['pointerleave', false],
    ] as const) {
      const fn = hold(held);
      this.button.addEventListener(type, fn);
      this.off.push(() => this.button.removeEventListener(type, fn));
    }
    hud?.append(this.button);
    // Walking by dragging over the HUD must not select its text or start a native drag of it
    // (the browser would cancel the pointer, and the walk would stop mid-stride).
    for (const type of ['selectstart', 'dragstart'] as const) {
      const stop = (e: Event) => e.preventDefault();
      hud?.addEventListener(type, stop);
      this.off.push(() => hud?.removeEventListener(type, stop));
    }
  }

  /** True while the player is holding any peek control. */
  held(): boolean {
    return this.key || this.finger || padHeld();
  }

  /** Shows or hides the touch button (there is nothing to peek at once his eyes are open). */
  show(visible: boolean): void {
    this.button.hidden = !visible;
  }

  /** Stops listening and takes the button away. */
  destroy(): void {
    for (const off of this.off) off();
    this.off.length = 0;
    this.button.remove();
  }
}

function padHeld(): boolean {
  if (typeof navigator === 'undefined' || !navigator.getGamepads) return false;
  const pad = navigator.getGamepads().find((p) => p?.connected);
  return PAD_BUTTONS.some((i) => pad?.buttons[i]?.pressed);
}
