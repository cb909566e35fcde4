/** THE CAVE: the playable alien-child cave of chapter 3 (parts "main" and "resume"). */
import { storyVariables } from '../../state/actions';
import { InterludeScene } from '../interlude-scene';
import { cameraTarget, detailFor, easeCamera, screenToWorld, type CameraView } from './cave-camera';
import { CaveAmbience } from './cave-ambience';
import { CaveDirector } from './cave-director';
import { CaveFigures } from './cave-figures';
import { CaveProps } from './cave-props-view';
import { coolDown, react, type Stage } from './cave-reactions';
import { CaveReporter } from './cave-report';
import * as sound from './cave-sound';
import { caveArt } from './cave-textures';
import { CaveVeil } from './cave-veil';
import { CaveView } from './cave-view';
import { makeWorld, stepWorld, type CaveWorld, type PlayInput } from './cave-world';

const STILL = { x: 0, y: 0 } as const;

/**
 * Draws the cave and feeds input to its rules: the world steps, its events become sounds,
 * dust and lines from ink, and when a part is over the result goes back to the story.
 */
export class CaveScene extends InterludeScene {
  private world!: CaveWorld;
  private stage!: Stage;
  private props!: CaveProps;
  private readonly cam: CameraView = { cx: 0, cy: 0, zoom: 1 };
  private veil!: CaveVeil;
  private readonly input_: PlayInput = { move: { x: 0, y: 0 }, action: false, tap: null };
  private ending = -1;
  private frozen = false;
  private readonly ambience = new CaveAmbience();
  private readonly reporter = new CaveReporter();
  private later: (() => void)[] = []; // art still to paint, a piece a frame

  protected build(): void {
    this.world = makeWorld(this.part === 'resume' ? 'resume' : 'main');
    const art = caveArt(
      this.textures,
      this.world.astronaut.x,
      detailFor(this.scale.width, this.scale.height),
    );
    this.later = art.later;
    const view = new CaveView(this, art, this.calm);
    this.props = new CaveProps(this, view.play, art, this.world.map);
    const figures = new CaveFigures(this.props);
    const director = new CaveDirector(
      {
        say: (line) => this.say(line),
        ask: (options) => this.ask(options).then((at) => this.forgetPresses(at)),
        readScript: (path) => this.readScript(path),
        chooseInScript: (position) => this.chooseInScript(position),
        lastSaid: () => String(storyVariables().cave_said ?? ''),
        spoke: (line) => line.speaker === 'Child' && sound.chatter(line.text.split(' ').length),
      },
      this.world,
    );
    this.stage = {
      world: this.world,
      director,
      figures,
      view,
      secrets: [this.props.pillar],
      shake: (seconds) => this.calm || view.shake(seconds),
      end: () => this.end(),
      thaw: () => this.veil.thaw(),
    };
    this.veil = new CaveVeil(this, this.world.plot.part === 'resume');
    this.scale.on('resize', this.layout, this);
    this.whenGone(() => this.scale.off('resize', this.layout, this));
    this.layout();
  }

  private layout(): void {
    const { width, height } = this.scale;
    const a = this.world.astronaut;
    this.veil.fit(width, height);
    easeCamera(this.cam, cameraTarget(a, a.facing, width, height, false), 0, true);
  }

  protected tick(dt: number): void {
    const { director } = this.stage;
    const action = this.controls.takeAction();
    const tap = this.controls.takeTap();
    const inp = this.input_;
    inp.action = false;
    inp.tap = null;
    inp.move = STILL;
    if (director.holding) {
      if ((action || tap) && director.lineHeld) director.skip();
    } else if (!this.frozen) {
      inp.move = this.controls.vector();
      inp.action = action;
      // A tap on the screen is a place in the cave (tap-to-move), or a character (talk).
      inp.tap = tap && screenToWorld(tap, this.cam, this.scale.width, this.scale.height);
    }
    if (!this.frozen) {
      stepWorld(this.world, inp, dt);
      for (const event of this.world.events) react(this.stage, event);
    }
    coolDown(dt);
    this.later.shift()?.();
    director.tick(dt);
    this.ambience.update(dt, this.world.astronaut.x, this.cam.cx, this.props.landed, this.frozen);
    this.draw(dt);
    if (this.ending >= 0 && (this.ending -= dt) < 0) this.hand();
    this.reporter.update(dt, this.world, director, this.asking, inp.move, {
      report: (probe) => this.report(probe),
      hint: (text) => this.hint(text),
    });
  }

  private draw(dt: number): void {
    const { width, height } = this.scale;
    const a = this.world.astronaut;
    easeCamera(this.cam, cameraTarget(a, a.facing, width, height, this.asking), dt, false);
    const half = width / this.cam.zoom / 2;
    this.stage.view.setCalm(this.calm);
    this.stage.view.place(this.cam, dt);
    this.props.update(this.world, this.calm, this.cam.cx - half, this.cam.cx + half);
    this.stage.figures.update(this.world, this.calm);
    this.stage.view.play.sort('depth');
  }

  /** Drops the click or key that picked an option, so it does not also read on. */
  private forgetPresses(position: number): number {
    this.controls.takeTap();
    this.controls.takeAction();
    return position;
  }

  /** The part is over: freeze the hologram (first half) or fade it out (the ending). */
  private end(): void {
    if (this.ending >= 0) return;
    if (this.world.plot.part === 'main') {
      this.frozen = true;
      sound.freeze(false);
      this.veil.freeze();
      this.ending = 0.9;
    } else {
      this.veil.fadeOut();
      this.ending = 1;
    }
  }

  /** Hands the result to the story, which reads on. */
  private hand(): void {
    const outcome = this.world.plot.outcome;
    this.finish(this.world.plot.part === 'resume' && outcome ? { cave_outcome: outcome } : {});
  }
}
