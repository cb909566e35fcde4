/** Plays the cave's lines from ink over the game: scripted moments with choices, and asides. */
import { minigames } from '../../assets/manifest';
import type { HudLine } from '../../state/interlude-hud';
import type { ScriptLine, ScriptPage } from '../../story/side-script';
import { answered, scriptFinished, type CaveWorld } from './cave-world';
import type { Said } from './plot';

/** What the director needs from the scene: the HUD and the ink (see InterludeScene). */
export interface DirectorHost {
  say(line: HudLine | null): void;
  ask(options: string[]): Promise<number>;
  readScript(path: string): ScriptPage | null;
  chooseInScript(position: number): ScriptPage | null;
  /** What the last option set `cave_said` to. */
  lastSaid(): string;
  /** Someone starts a line (for the child's chatter). */
  spoke(line: ScriptLine): void;
}

const SAID: readonly Said[] = ['plead', 'swear', 'play', 'true', 'fight', 'quit', 'go'];
/** If the ink ever forgets `cave_said`, what each option position of a stitch means. */
const BY_POSITION: Record<string, Said[]> = {
  meet: ['plead', 'swear', 'play', 'true'],
  round2: ['plead', 'swear', 'play', 'true', 'quit'],
  idle: ['go', 'quit'],
  crybaby: ['true', 'fight', 'quit'],
};

/** How long a line stays up: long enough to read slowly (Space reads on sooner). */
export function lineSeconds(text: string, held: boolean): number {
  // About 200 words a minute, plus a moment to look up from the line to the play.
  const words = text.split(/\s+/).length;
  return held ? Math.max(2.4, 1.4 + words * 0.3) : Math.max(2.2, 1.2 + words * 0.3);
}

interface Showing {
  line: ScriptLine;
  left: number;
  held: boolean;
}

/**
 * Shows lines one at a time. A scripted moment (`script:…` from the world) holds the player:
 * its lines read on by time or Space, then its choices come up, then the answer's lines,
 * and only then does the world move on. Asides (`say:…`) show while the player walks.
 */
export class CaveDirector {
  private queue: Showing[] = [];
  private showing: Showing | null = null;
  private scripted = false;
  private waiting: (() => void) | null = null;
  private readonly knot = minigames.cave.lines;

  constructor(
    private readonly host: DirectorHost,
    private readonly world: CaveWorld,
  ) {}

  /** True while a scripted moment is playing (the player reads, or chooses). */
  get holding(): boolean {
    return this.scripted;
  }

  /** True while a held line is on screen (Space or a tap reads on). */
  get lineHeld(): boolean {
    return this.showing?.held ?? false;
  }

  /** Starts a scripted moment: reads its stitch, then plays it through. */
  script(stitch: string): void {
    this.scripted = true;
    this.queue = []; // asides give way to the scene
    void this.play(stitch);
  }

  /** Shows an aside while the player walks (dropped during a scripted moment). */
  aside(stitch: string): void {
    if (this.scripted) return;
    const page = this.host.readScript(`${this.knot}.${stitch}`);
    for (const line of page?.lines ?? []) {
      if (this.queue.length >= 2) this.queue.shift(); // old chatter is stale
      this.queue.push({ line, left: lineSeconds(line.text, false), held: false });
    }
    // A new aside replaces one that has been up long enough to be read.
    if (
      this.showing &&
      !this.showing.held &&
      this.showing.left < lineSeconds(this.showing.line.text, false) - 1.5
    )
      this.next();
  }

  /** Reads on now (Space or a tap on a held line). */
  skip(): void {
    if (this.showing?.held) this.next();
  }

  /** Counts down the line on screen. */
  tick(dt: number): void {
    if (!this.showing) {
      if (this.queue.length) this.next();
      return;
    }
    this.showing.left -= dt;
    if (this.showing.left <= 0) this.next();
  }

  private next(): void {
    this.showing = this.queue.shift() ?? null;
    this.host.say(
      this.showing ? { speaker: this.showing.line.speaker, text: this.showing.line.text } : null,
    );
    if (this.showing) this.host.spoke(this.showing.line);
    if (!this.showing && this.waiting) {
      const done = this.waiting;
      this.waiting = null;
      done();
    }
  }

  /** Queues held lines and resolves once the last of them has been read. */
  private read(lines: ScriptLine[]): Promise<void> {
    for (const line of lines)
      this.queue.push({ line, left: lineSeconds(line.text, true), held: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
      // An aside still on screen gives way at once to the scene's own lines.
      if (!this.showing || !this.showing.held) this.next();
    });
  }

  private async play(stitch: string): Promise<void> {
    let page = this.host.readScript(`${this.knot}.${stitch}`);
    while (page) {
      await this.read(page.lines);
      if (page.done || page.choices.length === 0) break;
      const position = await this.host.ask(page.choices);
      page = this.host.chooseInScript(position);
      const said = this.host.lastSaid() as Said;
      answered(
        this.world,
        SAID.includes(said) ? said : (BY_POSITION[stitch]?.[position] ?? 'plead'),
      );
    }
    this.scripted = false;
    scriptFinished(this.world);
  }
}
