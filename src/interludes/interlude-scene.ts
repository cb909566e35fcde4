import Phaser from 'phaser';
import type { ScriptPage } from '../story/side-script';
import type { VariableValue } from '../story/types';
import { finishInterlude, interludeScript } from '../state/interlude-actions';
import { interludeHud, resetInterludeHud, type HudLine } from '../state/interlude-hud';
import { settingsStore } from '../state/settings';
import { uiStore } from '../state/ui';
import { MoveInput } from './move-input';

/** What the stage hands an interlude when it starts one: which part of it to play. */
export interface InterludeData {
  part: string;
}

/** A scene class the stage can start for a `# minigame:` tag. */
export type InterludeSceneClass = new () => InterludeScene;

/**
 * The base of every playable interlude. It owns the shared plumbing, so each interlude is
 * only its rules and drawing: input from keys, stick and touch; pausing whenever a menu is
 * open or the tab is hidden; lines and choices pulled from ink and shown in the HUD; and the
 * result handed back to the story through the interlude intents. Play state lives here only
 * while the scene runs.
 */
export abstract class InterludeScene extends Phaser.Scene {
  protected part = 'main';
  protected controls!: MoveInput;
  private pendingPick = 0;

  /** Reads the part to play and clears the HUD from any earlier interlude. */
  init(data: InterludeData): void {
    this.part = data.part;
    resetInterludeHud();
  }

  /** Sets up input and the scene, then hands over to `build()`. */
  create(): void {
    const surface = document.querySelector<HTMLElement>('.interlude-hud') ?? document.body;
    this.controls = new MoveInput(surface);
    this.whenGone(() => this.controls.destroy());
    this.pendingPick = interludeHud.getState().picked?.serial ?? 0;
    this.build();
  }

  /**
   * Runs `fn` once when the scene goes: the host removes a finished interlude (DESTROY, with
   * no SHUTDOWN before it), but a game reset stops it (SHUTDOWN), so listen for both.
   */
  protected whenGone(fn: () => void): void {
    let done = false;
    const once = () => {
      if (!done) fn();
      done = true;
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, once);
    this.events.once(Phaser.Scenes.Events.DESTROY, once);
  }

  override update(time: number, delta: number): void {
    if (this.paused) return;
    // A long frame (a tab coming back) must not teleport anyone through a wall.
    this.tick(Math.min(delta, 50) / 1000, time);
  }

  /** True while a menu is open over the game or the tab is hidden: time stands still. */
  get paused(): boolean {
    return uiStore.getState().overlay !== null || document.visibilityState === 'hidden';
  }

  /** The player asked for less motion: interludes calm their shakes, flashes and parallax. */
  get calm(): boolean {
    return settingsStore.getState().reduceMotion;
  }

  /** Draws the interlude and starts its play. */
  protected abstract build(): void;

  /** One frame of play (`dt` in seconds), only while not paused. */
  protected abstract tick(dt: number, time: number): void;

  /** Shows a line over the play (null clears it). */
  protected say(line: HudLine | null): void {
    interludeHud.setState({ line });
  }

  /** Shows a controls hint at the bottom (null clears it). */
  protected hint(text: string | null): void {
    interludeHud.setState({ hint: text });
  }

  /** Offers an in-game choice; resolves with the position the player took. */
  protected ask(options: string[]): Promise<number> {
    interludeHud.setState({ choices: options });
    return new Promise((resolve) => {
      const unsubscribe = interludeHud.subscribe((hud) => {
        if (!hud.picked || hud.picked.serial <= this.pendingPick) return;
        this.pendingPick = hud.picked.serial;
        unsubscribe();
        resolve(hud.picked.position);
      });
      this.whenGone(unsubscribe);
    });
  }

  /** True while an in-game choice waits for the player. */
  protected get asking(): boolean {
    return interludeHud.getState().choices !== null;
  }

  /** Reads an ink knot or stitch (lines, then its options), or null if the story has none. */
  protected readScript(path: string): ScriptPage | null {
    try {
      return interludeScript()?.open(path) ?? null;
    } catch (error) {
      console.error(error);
      return null;
    }
  }

  /** Takes option `position` in the script opened last and reads on. */
  protected chooseInScript(position: number): ScriptPage | null {
    try {
      return interludeScript()?.choose(position) ?? null;
    } catch (error) {
      console.error(error);
      return null;
    }
  }

  /** Reports the scene's state for browser tests (positions, phase, what it has decided). */
  protected report(probe: Record<string, unknown>): void {
    interludeHud.setState({ probe });
  }

  /** Ends the interlude with what it decided; the story reads on. */
  protected finish(values: Record<string, VariableValue>): void {
    resetInterludeHud();
    finishInterlude(values);
  }
}
