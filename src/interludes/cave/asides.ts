/** Asides: lines the world asks for while the player walks (once, or now and then). */
import type { CaveWorld } from './cave-world';

/** Says a repeating line `first` seconds into the phase, then every `gap`, at most `max` times. */
export function every(w: CaveWorld, line: string, first: number, gap: number, max: number): void {
  const said = w.repeats[line] ?? 0;
  if (said >= max || w.plot.t < first + gap * said) return;
  w.repeats[line] = said + 1;
  w.events.push(`say:${line}`);
}

/** Says a line the first time it is asked for, and never again in this part. */
export function once(w: CaveWorld, line: string): void {
  if (w.once.has(line)) return;
  w.once.add(line);
  w.events.push(`say:${line}`);
}
