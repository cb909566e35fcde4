/**
 * THE EYES-CLOSED WALK (chapter 5): forty minutes before his blind date, Samantha steers
 * Theodore, eyes shut, through a night crowd to a pizza stand. The screen is dark but for his
 * pulse, her voice and the glints of people passing; her directions come one at a time from
 * ink (walk_lines); he may peek, at a price. Ends with a slice in his hand and `walk_trust`.
 * The scene feeds input to the rules (walk-rules.ts) and draws and plays what they say.
 */
import { InterludeScene } from '../interlude-scene';
import { LineQueue, type ShownLine } from './line-queue';
import { PeekControl } from './peek-control';
import { paintLights } from './walk-art';
import { paintFigures } from './walk-figures';
import { walkHint } from './walk-hints';
import { lensFor, type Lens } from './walk-lens';
import { PeekView } from './walk-peek';
import {
  createWalk,
  currentDirection,
  herLead,
  stepWalk,
  walkProbe,
  walkTrust,
  type WalkEvent,
  type WalkState,
} from './walk-rules';
import { Slice } from './walk-slice';
import { WalkSound } from './walk-sound';
import { DarkStreet } from './walk-view';
import { PulseAndVoice } from './walk-voice';

/** Seconds the open-eyed ending lasts at least, then the seconds it takes to hand back. */
const ENDING_SECONDS = 3.2;
const LEAVE_SECONDS = 0.9;

/** The playable eyes-closed walk. */
export class WalkScene extends InterludeScene {
  private walk!: WalkState;
  private lens!: Lens;
  private dark!: DarkStreet;
  private peekView!: PeekView;
  private voice!: PulseAndVoice;
  private slice!: Slice;
  private peek!: PeekControl;
  private readonly sfx = new WalkSound();
  private readonly lines = new LineQueue();
  private shown: ShownLine | null = null;
  private hinted = '';
  private reportIn = 0;
  private endedAt = -1;
  private leaving = -1;
  private finished = false;

  protected build(): void {
    paintLights(this.textures);
    paintFigures(this.textures);
    this.cameras.main.setBackgroundColor('#07040a');
    this.walk = createWalk(Math.floor(Math.random() * 1e9));
    this.dark = new DarkStreet(this, this.walk.people);
    this.peekView = new PeekView(this, this.walk.people);
    this.voice = new PulseAndVoice(this);
    this.slice = new Slice(this, 700);
    this.peek = new PeekControl(document.querySelector<HTMLElement>('.interlude-hud'));
    this.layout();
    this.scale.on('resize', this.layout, this);
    // The stage removes a finished interlude (DESTROY, no SHUTDOWN): tidy up on either.
    const tidy = () => {
      this.peek.destroy();
      this.scale.off('resize', this.layout, this);
    };
    this.events.once('shutdown', tidy);
    this.events.once('destroy', tidy);
  }

  private layout(): void {
    this.lens = lensFor(this.scale.width, this.scale.height);
    this.peekView.layout(this.lens);
    this.slice.layout(this.lens);
  }

  protected tick(dt: number, time: number): void {
    const s = this.walk;
    const pressed = this.controls.takeAction() || this.controls.takeTap() !== null;
    const handUp = currentDirection(s)?.kind === 'hand';
    if (pressed && !handUp) this.lines.skip();
    this.sfx.frame();
    const move = this.controls.vector();
    const input = { move, peek: this.peek.held(), action: pressed && handUp };
    for (const event of stepWalk(s, input, dt)) this.play(event);
    if (this.lines.tick(dt) || this.lines.shown !== this.shown) this.showLine();
    this.sfx.murmur(s.people, s.theo, dt, this.peekView.seeing > 0.5);
    const home = this.leaving < 0 ? 0 : Math.min(1, this.leaving / LEAVE_SECONDS);
    const stay = 1 - home * home * (3 - 2 * home);
    this.peekView.update(s.theo, s.people, this.lens, dt, this.calm, 1 - stay);
    // The dark world goes at once when his eyes open (the lids cover only the opening's band).
    const dark = Math.max(0, 1 - this.peekView.seeing * 2.5);
    this.dark.update(s.theo, s.people, this.lens, time / 1000, dt, dark);
    // Eyes open, his pulse and her light step back: the street is what he sees now.
    const lights = stay * (1 - 0.75 * this.peekView.seeing);
    this.voice.update(s.heart, herLead(s), this.lens, time / 1000, dt, this.calm, lights);
    this.slice.update(dt, stay);
    const hint = walkHint(s.phase === 'ending' ? 'ending' : handUp ? 'hand' : 'walk');
    if (hint !== this.hinted) this.hint((this.hinted = hint) || null);
    // What browser tests read, a few times a second (the HUD re-renders on every report).
    if ((this.reportIn -= dt) <= 0) {
      this.reportIn = 0.1;
      this.report(walkProbe(s));
    }
    this.handBack(dt);
  }

  /**
   * Once the slice has landed and its line been read, the painting settles back to how the
   * story shows the street, the lights go, and the story reads on with walk_trust.
   */
  private handBack(dt: number): void {
    const s = this.walk;
    if (this.endedAt < 0 || this.finished) return;
    if (this.leaving < 0) {
      if (s.time - this.endedAt >= ENDING_SECONDS && !this.lines.busy) this.leaving = 0;
      return;
    }
    this.leaving += dt;
    if (this.leaving < LEAVE_SECONDS) return;
    this.finished = true;
    this.finish({ walk_trust: walkTrust(s) });
  }

  /** Shows, sounds or reads what the rules say happened. */
  private play(event: WalkEvent): void {
    this.sfx.hear(event, this.walk);
    if (event.type === 'say') {
      const page = this.readScript(`walk_lines.${event.stitch}`);
      const lines = page?.lines.map(({ speaker, text }) => ({ speaker, text })) ?? [];
      if (event.direction) this.lines.direct(lines);
      else this.lines.aside(lines);
    } else if (event.type === 'bump') {
      this.dark.bumped(event.bump.side, this.calm);
      if (!this.calm) this.cameras.main.shake(160, 0.004 * event.bump.strength);
    } else if (event.type === 'eyes') {
      this.peekView.look(event.open ? 'peek' : 'shut');
    } else if (event.type === 'end') {
      this.endedAt = this.walk.time;
      this.peekView.look('wide');
      this.peek.show(false);
      this.time.delayedCall(700, () => {
        this.slice.land(event.ending !== 'chest', this.calm);
        this.sfx.slice();
      });
    }
  }

  private showLine(): void {
    this.shown = this.lines.shown;
    this.say(this.shown);
    if (this.shown?.speaker === 'Samantha') {
      this.voice.speak();
      this.sfx.voice();
    }
  }
}
