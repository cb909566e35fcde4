import type { ScriptPage } from '../../story/side-script';
import type { HudLine } from '../../state/interlude-hud';
import { LineQueue, type QueuedLine, type Urgency } from './line-queue';
import type { LineStitch } from './run-state';

/** The ink knot the run reads its lines from (see story/chapters/10-run-lines.ink). */
export const KNOT = 'run_lines';

/** What the voice needs from its scene: reading ink, and showing a line. */
export interface VoiceHost {
  read(path: string): ScriptPage | null;
  choose(position: number): ScriptPage | null;
  say(line: HudLine | null): void;
  /** A line has just come up on screen (for the device's ping). */
  shown(line: HudLine): void;
}

/**
 * The words of the run, all from ink: each stitch the rules cue is read when cued and its
 * lines queued for the speech panel (the run never waits on them); the cart's stitch also
 * offers its choice, whose answer reads on into the stitch. Repeated calls give way to
 * scripted lines if they pile up.
 */
export class RunVoice {
  private readonly queue = new LineQueue();
  /** The narration of the last moment (the cart tipping), kept up while its choice waits. */
  private moment: QueuedLine | null = null;

  constructor(private readonly host: VoiceHost) {}

  /** Reads a whole stitch at once (the overheard lines), as plain texts. */
  texts(stitch: string): string[] {
    return this.host.read(`${KNOT}.${stitch}`)?.lines.map((l) => l.text) ?? [];
  }

  /** Reads stitch `stitch` and queues its lines; returns its choices (the cart's), if any. */
  cue(stitch: LineStitch): string[] {
    const page = this.host.read(`${KNOT}.${stitch}`);
    if (!page) return [];
    // His calls give way in a pile-up; every scripted moment comes when it happens.
    this.push(page, stitch === 'calls' || stitch === 'searching' ? 'droppable' : 'now');
    return page.done ? [] : page.choices;
  }

  /**
   * Takes option `position` of `stitch`'s choice and queues what follows. The stitch is read
   * again first: other lines may have been read since it was offered (the answer can come a
   * frame late, after a call or two), so ink's place is set back to the choice.
   */
  choose(stitch: LineStitch, position: number): void {
    if (!this.host.read(`${KNOT}.${stitch}`)) return;
    const page = this.host.choose(position);
    if (page) this.push(page, 'now');
  }

  private push(page: ScriptPage, urgency: Urgency): void {
    this.queue.push(
      page.lines.map((l) => ({ speaker: l.speaker, text: l.text })),
      urgency,
    );
  }

  /**
   * Moves the lines on by `dt` seconds, showing the next one when its turn comes. While a
   * choice waits (`asking`), the moment it is about stays on screen.
   */
  update(dt: number, asking = false): void {
    if (asking && !this.queue.busy && this.moment) this.queue.push([this.moment]);
    const { line, changed } = this.queue.update(dt);
    if (!changed) return;
    this.host.say(line);
    if (line) this.host.shown(line);
  }

  /** Clears the lines: she has answered, and the story takes it from here. */
  hush(): void {
    this.queue.clear();
    this.host.say(null);
  }
}
