import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { minigames } from '../../src/assets/manifest.ts';
import type { Playthrough } from '../../src/story/playthrough.ts';
import type { VariableValue } from '../../src/story/types.ts';

/** The seeded generator the walks share. */
type RandomGenerator = Parameters<typeof uniformInt>[0];

/** Most options a scripted interlude reads through before the walker gives up on it. */
const MAX_PICKS = 60;

/**
 * Plays the interlude a playthrough waits on the way a player might, without a screen: reads
 * every stitch of its lines knot (taking random options, as the scene would offer them), then
 * ends it with a random one of its possible results. This is how `story:check` proves the
 * played branches and the lines interludes pull from ink, not only the text versions.
 */
export function playInterlude(
  playthrough: Playthrough,
  flows: readonly string[],
  rng: RandomGenerator,
): void {
  const interlude = playthrough.view.interlude;
  if (!interlude) return;
  const spec = minigames[interlude.key as keyof typeof minigames];
  if (!spec) throw new Error(`unknown interlude "${interlude.key}"`);
  readInterludeLines(playthrough, flows, rng);
  const values: Record<string, VariableValue> = {};
  for (const [name, options] of Object.entries(spec.results) as [
    string,
    readonly VariableValue[],
  ][])
    values[name] = options[uniformInt(rng, 0, options.length - 1)] ?? null;
  playthrough.finishInterlude(values);
}

/**
 * Reads every stitch of the waiting interlude's lines knot in its side flow, taking random
 * options as the scene would offer them (the story's own place is untouched).
 */
export function readInterludeLines(
  playthrough: Playthrough,
  flows: readonly string[],
  rng: RandomGenerator,
): void {
  const spec = minigames[playthrough.view.interlude?.key as keyof typeof minigames];
  if (!spec) return;
  const script = playthrough.engine.script();
  for (const flow of flows.filter((f) => f.startsWith(`${spec.lines}.`))) {
    let page = script.open(flow);
    for (let n = 0; !page.done; n++) {
      if (n > MAX_PICKS) throw new Error(`"${flow}" offers choices without end`);
      page = script.choose(uniformInt(rng, 0, page.choices.length - 1));
    }
  }
  script.close();
}
