import type Phaser from 'phaser';
import { pickInterludeChoice } from '../../state/interlude-hud';
import { InterludeScene } from '../interlude-scene';
import { paintRunArt } from './run-art';
import { RunControls } from './run-input';
import { probeOf } from './run-probe';
import { stepRun } from './run-rules';
import { searchingPing, soundFor } from './run-sound';
import { RunStage } from './run-stage';
import { chooseAtCart, newRun, type RunEvent, type RunState } from './run-state';
import { RunVoice } from './run-voice';
import { doingOf, hintFor } from './run-hints';
import { freeCopies } from './view/fit';
import type { RunInput } from './runner';

const STILL: RunInput = { drive: 0, urge: 0, jump: false };

/**
 * THE NOT FOUND RUN (chapter 10): Samantha has vanished from his device, and he runs
 * through the office, down in the slow elevator, across the plaza at noon, to the top of
 * the subway steps, where she answers. It cannot be failed, only slowed; the one thing it
 * decides is what he did at the vendor's cart (`oranges`, "ran" if he never stopped to
 * choose), which Samantha hears in his voice. The rules live beside this file; this scene only
 * feeds them input, draws what they say, and speaks the lines they cue, from ink.
 */
export class RunScene extends InterludeScene {
  private state!: RunState;
  private stage!: RunStage;
  private voice!: RunVoice;
  private pad!: RunControls;
  private curtain: [number, number] = [1, 0x21111a];
  private steps = 0;
  private reported = 0;
  private finished = false;
  private urge = 0;
  private jabbedAt = -1;
  private hinted: string | null = '';
  /** A phone or tablet: the hints speak of fingers. */
  private readonly touch = matchMedia('(pointer: coarse)').matches;

  protected build(): void {
    this.state = newRun();
    this.stage = new RunStage(this, paintRunArt(this.textures));
    const surface = document.querySelector<HTMLElement>('.interlude-hud') ?? document.body;
    this.pad = new RunControls(this.controls, surface);
    this.whenGone(() => {
      this.pad.destroy();
      freeCopies(this.textures);
    });
    this.voice = new RunVoice({
      read: (path) => this.readScript(path),
      choose: (position) => this.chooseInScript(position),
      say: (line) => this.say(line),
      shown: (line) => line.speaker === 'Device' && searchingPing(),
    });
    this.stage.useLines(this.voice.texts('dictating'), this.voice.texts('overheard'));
    const resize = (size: Phaser.Structs.Size) => this.stage.resize(size.width, size.height);
    this.scale.on('resize', resize);
    this.whenGone(() => this.scale.off('resize', resize));
  }

  protected tick(dt: number, time: number): void {
    const seconds = time / 1000;
    const inLift = this.state.phase === 'lift';
    const input = this.asking ? STILL : this.pad.read(inLift);
    this.urge = inLift ? Math.max(input.urge, Math.abs(input.drive), input.jump ? 1 : 0) : 0;
    for (const e of stepRun(this.state, input, dt)) this.handle(e, seconds);
    this.voice.update(dt, this.asking);
    this.curtain = this.curtainFor(dt);
    if (inLift && input.jump) this.jabbedAt = seconds;
    const doing = doingOf(this.state, seconds - this.jabbedAt < 0.3 || (inLift && this.urge > 0.2));
    this.stage.render(this.state, doing, this.urge, dt, seconds, this.calm, this.curtain);
    const hint = this.asking ? null : hintFor(this.state, this.touch || this.pad.holding);
    if (hint !== this.hinted) this.hint((this.hinted = hint));
    if (seconds - this.reported > 0.2 || this.state.phase === 'done') {
      this.reported = seconds;
      this.report(probeOf(this.state));
    }
  }

  private handle(e: RunEvent, time: number): void {
    soundFor(e, this.state.section !== 'office', this.steps++);
    switch (e.kind) {
      case 'line': {
        const choices = this.voice.cue(e.stitch);
        if (choices.length > 0) void this.offer(choices);
        break;
      }
      case 'timeout':
        // Nobody chose: his legs decide, and he runs on (the first option).
        if (this.asking) pickInterludeChoice(0);
        break;
      case 'section':
        this.stage.show(e.section);
        if (e.section !== 'steps') this.curtain = [1, e.section === 'plaza' ? 0xfff6ec : 0x21111a];
        break;
      case 'bump':
        this.stage.bump(e.obstacle.id, time);
        if (!this.calm) this.cameras.main.shake(140, 0.004);
        break;
      case 'gathered':
        this.stage.waveOn(time);
        break;
      case 'answer':
        this.stage.answer();
        this.voice.hush();
        break;
      case 'done':
        this.end();
        break;
      default:
        break;
    }
  }

  /** The cart's choice, as in-game buttons; the answer goes to the rules and reads on in ink. */
  private async offer(choices: string[]): Promise<void> {
    const position = await this.ask(choices);
    chooseAtCart(this.state, position === 1 ? 'helped' : 'ran');
    this.voice.choose('cart', position);
    this.pad.flush();
  }

  /** The dip between places: to dark into the elevator, to white out into the noon plaza. */
  private curtainFor(dt: number): [number, number] {
    const [alpha, color] = this.curtain;
    const lift = this.state.lift;
    if (this.state.phase === 'lift' && lift?.stage === 'board')
      return [Math.max(alpha, 1 - lift.timer / 0.7), 0x21111a];
    if (lift?.stage === 'lobby')
      return [Math.max(alpha, lift.doors * (this.calm ? 0.5 : 0.85)), 0xfff6ec];
    return [Math.max(0, alpha - dt * 2.2), color];
  }

  /** Runs `fn` once when the scene stops or is removed (whichever comes first). */
  private end(): void {
    if (this.finished) return;
    this.finished = true;
    this.finish({ oranges: this.state.cart?.choice ?? 'ran' });
  }
}
