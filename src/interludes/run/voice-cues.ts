import { VOICE } from './config';

/** How long since he last called her name, and since any scripted line. */
export interface Voice {
  sinceCall: number;
  sinceLine: number;
  calls: number;
}

/** Nothing said yet. */
export function newVoice(): Voice {
  return { sinceCall: 0, sinceLine: 0, calls: 0 };
}

/** A scripted line was just cued: his calls wait a moment so the two never talk over. */
export function heardLine(v: Voice): void {
  v.sinceLine = 0;
}

/**
 * Between the scripted moments he keeps saying her name, and the device keeps answering
 * that it is searching: one call every few seconds while `open` (he is running or riding
 * down), always with its reply straight after, so nothing can come between the two.
 * Returns the stitches to read, in order.
 */
export function stepVoice(v: Voice, dt: number, open: boolean): ('calls' | 'searching')[] {
  v.sinceCall += dt;
  v.sinceLine += dt;
  if (!open || v.sinceCall < VOICE.callEvery || v.sinceLine < VOICE.quietAfterLine) return [];
  v.sinceCall = 0;
  v.calls += 1;
  return ['calls', 'searching'];
}
