/** The cave's background sound while it is played: the beacon's ping, and drips in view. */
import { PLACES } from './cave-places';
import * as sound from './cave-sound';

/** Seconds between pings of the ship's beacon. */
const PING_EVERY = 3.4;

/** Keeps the beacon pinging and plays the drips that land on screen. */
export class CaveAmbience {
  private pingIn = 1.5;

  /** One frame: `x` is where the astronaut is, `camX` the middle of the view. */
  update(
    dt: number,
    x: number,
    camX: number,
    landedDrips: readonly number[],
    frozen: boolean,
  ): void {
    if (!frozen && (this.pingIn -= dt) < 0) {
      // Fainter the further the ship is, and from the side it lies on: a sound to follow.
      this.pingIn = PING_EVERY;
      const off = PLACES.ship.x - x;
      sound.ping(Math.max(0.15, 1 - Math.abs(off) / 6500), Math.max(-1, Math.min(1, off / 1500)));
    }
    for (const dripX of landedDrips) {
      const off = (dripX - camX) / 900;
      sound.drip(off, Math.max(0.2, 1 - Math.abs(off)));
    }
  }
}
