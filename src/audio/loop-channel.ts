import { Howl } from 'howler';

/** A looping sound bed (music or ambience) that crossfades when its key changes. */
export class LoopChannel {
  private current: { howl: Howl; released: boolean } | null = null;
  /** The key asked for last, even if it failed to load, so a failure is not retried every frame. */
  private wanted: string | null = null;
  private level = 1;

  constructor(
    private readonly resolve: (key: string) => string | null,
    private readonly onFailure: (key: string) => void,
  ) {}

  /** Plays `key` (null for silence), fading the previous bed out over `fadeMs`. */
  play(key: string | null, fadeMs = 1400): void {
    if (key === this.wanted) return;
    this.wanted = key;
    this.fadeOut(fadeMs);
    if (key === null) return;
    const url = this.resolve(key);
    if (!url) {
      this.onFailure(key);
      return;
    }
    // Howler reports a bed let go while still loading as a failed load; that is no failure.
    const bed = { released: false };
    const howl = new Howl({
      src: [url],
      loop: true,
      volume: 0,
      onloaderror: () => bed.released || this.onFailure(key),
      // Browsers that block autoplay let sound start after the first tap or key press.
      onplayerror: () => howl.once('unlock', () => howl.play()),
    });
    howl.play();
    if (this.level > 0) howl.fade(0, this.level, fadeMs);
    this.current = Object.assign(bed, { howl });
  }

  /** Sets this channel's volume (0–1), taking effect at once. */
  setLevel(level: number): void {
    this.level = level;
    this.current?.howl.volume(level);
  }

  /**
   * Fades the current bed out, then unloads it on a timer rather than on howler's 'fade' event:
   * a fade from 0 to 0 (a bed still loading, or one at volume 0) never ends in howler, and the
   * bed would loop on silently for ever, with its timer, its audio nodes and its buffer.
   */
  private fadeOut(fadeMs: number): void {
    const old = this.current;
    this.current = null;
    if (!old) return;
    old.released = true;
    const from = old.howl.volume();
    if (from <= 0 || fadeMs <= 0) {
      old.howl.unload();
      return;
    }
    old.howl.fade(from, 0, fadeMs);
    setTimeout(() => old.howl.unload(), fadeMs + 50);
  }
}
