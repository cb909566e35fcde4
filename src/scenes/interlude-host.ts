import type Phaser from 'phaser';
import type { MinigameKey } from '../assets/manifest';
import { interludeLoaders } from '../interludes/catalog';
import { notify } from '../state/session';
import { skipInterlude } from '../state/interlude-actions';
import type { Interlude } from '../story/playthrough';

/**
 * Starts and stops interlude scenes as the story asks (`view.interlude`), on top of the
 * stage, which sleeps meanwhile so only one scene draws. Scene code loads on first use.
 */
export class InterludeHost {
  private running: string | null = null;

  constructor(private readonly stage: Phaser.Scene) {}

  /** True while an interlude is loading or being played: the loop must run at full speed. */
  get active(): boolean {
    return this.running !== null;
  }

  /** Makes the running interlude match the story's (null: none). */
  sync(interlude: Interlude | null | undefined): void {
    const key = interlude ? `interlude:${interlude.key}:${interlude.part}` : null;
    if (key === this.running) return;
    const manager = this.stage.scene;
    if (this.running) manager.remove(this.running);
    this.running = key;
    if (!interlude || !key) {
      if (manager.isSleeping()) manager.wake();
      return;
    }
    const load = interludeLoaders[interlude.key as MinigameKey];
    if (!load) {
      notify('This scene cannot be played in this version; reading it instead.');
      skipInterlude();
      return;
    }
    load()
      .then((SceneClass) => {
        if (this.running !== key) return;
        manager.add(key, SceneClass, true, { part: interlude.part });
        manager.bringToTop(key);
        manager.sleep();
      })
      .catch((error: unknown) => {
        console.error(error);
        if (this.running !== key) return;
        this.running = null;
        notify('This scene could not be loaded; reading it instead.');
        skipInterlude();
      });
  }
}
