/**
 * Reveals a line letter by letter. The whole line is laid out from the start (the unrevealed
 * part is invisible, not absent), so words never jump to the next row while typing.
 */
export class Typewriter {
  private readonly shown = document.createElement('span');
  private readonly rest = document.createElement('span');
  private text = '';
  private revealed = 0;
  private frame = 0;
  private startedAt = 0;
  private delay = 0;
  private onDone: (() => void) | null = null;

  constructor(private readonly host: HTMLElement) {
    this.rest.className = 'typewriter-rest';
    this.rest.setAttribute('aria-hidden', 'true');
    host.replaceChildren(this.shown, this.rest);
  }

  /** True while letters are still appearing. */
  get typing(): boolean {
    return this.onDone !== null;
  }

  /**
   * Starts revealing `text` at `charsPerSecond` (0 = all at once) after `delaySeconds`, and
   * calls `onDone` when the whole line is visible.
   */
  type(text: string, charsPerSecond: number, delaySeconds: number, onDone: () => void): void {
    cancelAnimationFrame(this.frame);
    this.text = text;
    this.revealed = 0;
    this.onDone = onDone;
    this.delay = delaySeconds * 1000;
    this.startedAt = performance.now();
    if (charsPerSecond <= 0 && delaySeconds <= 0) return this.complete();
    this.render();
    const tick = (now: number) => {
      const elapsed = now - this.startedAt - this.delay;
      const target =
        charsPerSecond <= 0 ? this.text.length : Math.floor((elapsed / 1000) * charsPerSecond);
      if (elapsed >= 0 && target !== this.revealed) {
        this.revealed = Math.min(this.text.length, Math.max(0, target));
        this.render();
      }
      if (this.revealed >= this.text.length) this.complete();
      else this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  /** Shows the line at once without animation (restores, reduced motion). */
  set(text: string): void {
    cancelAnimationFrame(this.frame);
    this.onDone = null;
    this.text = text;
    this.revealed = text.length;
    this.render();
  }

  /** Finishes the current line immediately. */
  complete(): void {
    cancelAnimationFrame(this.frame);
    this.revealed = this.text.length;
    this.render();
    const done = this.onDone;
    this.onDone = null;
    done?.();
  }

  private render(): void {
    this.shown.textContent = this.text.slice(0, this.revealed);
    this.rest.textContent = this.text.slice(this.revealed);
    this.host.classList.toggle('is-typing', this.revealed < this.text.length);
  }
}
