import type Phaser from 'phaser';
import type { RunArt } from './run-art';
import type { RunState } from './run-state';
import { layoutFor, type Layout } from './view/layout';
import { RideView } from './view/ride-view';
import type { Doing } from './view/runner-view';
import { SignalView } from './view/signal-view';
import { StreetView } from './view/street-view';

/**
 * Everything the run shows: the street on foot (side-on), or the ride down inside the
 * elevator; over either, the searching indicator and a curtain for the cuts between places.
 * It draws the rules' state; it decides nothing.
 */
export class RunStage {
  private layout: Layout;
  private readonly street: StreetView;
  private readonly ride: RideView;
  private readonly signal: SignalView;
  private readonly curtain: Phaser.GameObjects.Rectangle;

  constructor(scene: Phaser.Scene, art: RunArt) {
    this.layout = layoutFor(scene.scale.width, scene.scale.height);
    this.street = new StreetView(scene, scene.add.container(0, 0), art);
    this.ride = new RideView(scene, scene.add.container(0, 0), art.elevator);
    this.signal = new SignalView(scene, scene.add.container(0, 0));
    this.curtain = scene.add.rectangle(0, 0, 10, 10, 0x21111a).setOrigin(0, 0).setAlpha(0);
    this.ride.setVisible(false);
  }

  /** The overheard lines: letters dictated in the office, calls outside. */
  useLines(office: string[], plaza: string[]): void {
    this.street.useLines(office, plaza);
  }

  /** Switches to a new place (the elevator ride replaces the street entirely). */
  show(section: RunState['section']): void {
    const riding = section === 'elevator';
    this.street.layer.setVisible(!riding);
    this.ride.setVisible(riding);
    this.street.show(section);
    if (riding) this.street.prepare(this.layout);
  }

  /** The screen changed size. */
  resize(w: number, h: number): void {
    this.layout = layoutFor(w, h);
  }

  /** Her answer: the phone and the indicator turn warm. */
  answer(): void {
    this.street.answer();
    this.signal.answer();
  }

  /** An obstacle was bumped (it wobbles). */
  bump(id: number, time: number): void {
    this.street.bump(id, time);
  }

  /** The vendor waves him on. */
  waveOn(time: number): void {
    this.street.waveOn(time);
  }

  /**
   * Draws one frame of the run. `urge` is how hard he is being hurried (the ride shows it);
   * `curtain` is an opacity and a colour (a dip to dark into the elevator, to light out of it).
   */
  render(
    state: RunState,
    doing: Doing,
    urge: number,
    dt: number,
    time: number,
    calm: boolean,
    curtain: [number, number],
  ): void {
    const l = this.layout;
    const riding = state.section === 'elevator' && state.lift;
    if (riding) this.ride.update(l, riding, urge, time, calm);
    else this.street.render(l, state, doing, dt, time, calm);
    this.signal.update(l, time, calm, riding ? riding.floor : null);
    this.curtain.setVisible(curtain[0] > 0.003);
    if (this.curtain.visible)
      this.curtain.setSize(l.w, l.h).setFillStyle(curtain[1]).setAlpha(curtain[0]);
  }
}
