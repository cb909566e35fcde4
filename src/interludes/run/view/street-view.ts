import type Phaser from 'phaser';
import { LENGTH, LIFT } from '../config';
import { walkersFor } from '../course';
import type { RunArt } from '../run-art';
import { FINISH_AT, type RunState } from '../run-state';
import { BackdropView } from './backdrop-view';
import { Captions } from './captions';
import { CartView } from './cart-view';
import { CrowdView } from './crowd-view';
import { officeDressing, plazaDressing } from './dressing';
import type { Layout } from './layout';
import { LiftDoors } from './lift-doors';
import { RunnerView, type Doing } from './runner-view';
import { Scenery } from './scenery';

/**
 * The run on foot, side-on: the far painting, the set of the stretch he is on (the office
 * with its elevator at the end; the plaza with the cart, then the station), the city's
 * people, him, and what they say into their phones.
 */
export class StreetView {
  private readonly backdrop: BackdropView;
  private readonly office: Scenery;
  private readonly plaza: Scenery;
  private readonly doors: LiftDoors;
  private readonly cart: CartView;
  private readonly crowd: CrowdView;
  private readonly runner: RunnerView;
  private readonly captions: Captions;
  private readonly walkers = { office: walkersFor('office'), plaza: walkersFor('plaza') };
  private lines = { office: [] as string[], plaza: [] as string[] };

  constructor(
    scene: Phaser.Scene,
    readonly layer: Phaser.GameObjects.Container,
    private readonly art: RunArt,
  ) {
    const sub = () => {
      const c = scene.add.container(0, 0);
      layer.add(c);
      return c;
    };
    const { props } = art;
    this.backdrop = new BackdropView(scene, sub());
    this.office = new Scenery(
      scene,
      sub(),
      props['ground-office']!,
      0xc99779,
      officeDressing(),
      props,
    );
    this.plaza = new Scenery(
      scene,
      sub(),
      props['ground-plaza']!,
      0xc49c88,
      plazaDressing(),
      props,
    );
    this.doors = new LiftDoors(scene, this.office.layer);
    this.cart = new CartView(scene, this.plaza.layer);
    this.crowd = new CrowdView(scene, sub(), props);
    this.runner = new RunnerView(scene, sub());
    this.captions = new Captions(scene, sub());
    this.backdrop.show(art.far.office, 0);
    this.office.setVisible(true);
    this.plaza.setVisible(false);
  }

  /** The overheard lines for each place: letters dictated in the office, calls outside. */
  useLines(office: string[], plaza: string[]): void {
    this.lines = { office, plaza };
    this.captions.use(office, true);
  }

  /** Moves on to a new place on foot (the plaza; then the steps, crossfading the painting). */
  show(section: RunState['section']): void {
    if (section === 'plaza') {
      this.office.setVisible(false);
      this.plaza.setVisible(true);
      this.crowd.clear();
      this.backdrop.show(this.art.far.plaza, 0);
      this.captions.use(this.lines.plaza, false);
    }
    if (section === 'steps') this.backdrop.show(this.art.far.steps, 1.2);
  }

  /** Paints the plaza and the steps for this screen while he rides down (the curtain is up). */
  prepare(l: Layout): void {
    this.plaza.prepare(l);
    this.backdrop.prepare([this.art.far.plaza, this.art.far.steps], l);
  }

  /** Her answer: the light of the phone in his hand turns warm. */
  answer(): void {
    this.runner.answered();
  }

  /** An obstacle was bumped (it wobbles). */
  bump(id: number, time: number): void {
    this.crowd.bump(id, time);
  }

  /** The vendor waves him on. */
  waveOn(time: number): void {
    this.cart.waveOn(time);
  }

  /** Draws one frame on foot. */
  render(l: Layout, state: RunState, doing: Doing, dt: number, time: number, calm: boolean): void {
    const r = state.runner;
    const cam = r.s;
    const plaza = state.section !== 'office';
    const steps = state.section === 'steps';
    const progress = steps
      ? (cam - LENGTH.plaza) / LENGTH.steps
      : cam / (plaza ? FINISH_AT + 4 : LIFT.doorAt + 2);
    this.backdrop.update(l, progress, dt, calm);
    (plaza ? this.plaza : this.office).update(l, cam, calm);
    if (plaza) this.cart.update(l, cam, state.cart, time);
    else
      this.doors.update(l, cam, state.lift && state.lift.stage !== 'called' ? state.lift.doors : 0);
    // Once he has stopped at the top of the steps, the crowd still coming parts round him.
    const arrived = state.phase === 'arrived' || state.phase === 'done';
    const part = arrived ? Math.min(1, state.phaseTime * 2) : 0;
    const walkers = plaza ? this.walkers.plaza : this.walkers.office;
    this.crowd.update(l, cam, state.sectionTime, time, walkers, state.obstacles, part);
    const board = state.lift?.stage === 'board' ? 1 - state.lift.timer / LIFT.boardTime : 0;
    this.runner.update(l, r, doing, l.runnerX, time, calm, board * 0.62);
    this.captions.update(dt, this.crowd.talkers, this.crowd.talking, l.w);
  }
}
