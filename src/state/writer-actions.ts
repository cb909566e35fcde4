import type { VariableValue } from '../story/types';
import { advance, choose, reloadStory, rewind } from './actions';
import { currentPlaythrough, currentStory, publish } from './runtime';
import { notify, sessionStore } from './session';

/**
 * Intents for the writer's panel (dev server and `?test` only): edit ink variables, replay
 * the last choices, rebuild the playthrough. Like every intent they go through the
 * playthrough and publish to the session store; the panel itself never touches ink.
 */

/** Variables the writer set by hand, put back after a hot reload replays the route. */
const edits = new Map<string, VariableValue>();

/** Every ink variable with its value now, and for LISTs every item it could hold. */
export function storyVariableTable(): {
  name: string;
  value: VariableValue;
  items: string[] | null;
}[] {
  const engine = currentPlaythrough()?.engine;
  if (!engine) return [];
  return Object.entries(engine.variables())
    .map(([name, value]) => ({ name, value, items: engine.listItems(name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Sets an ink variable; the next lines read the new value, and a hot reload keeps it. */
export function setStoryVariable(name: string, value: VariableValue): void {
  const playthrough = currentPlaythrough();
  if (!playthrough) return;
  try {
    playthrough.engine.setVariable(name, value);
  } catch (error) {
    notify(`Could not set ${name}: ${(error as Error).message}`);
    return;
  }
  edits.set(name, value);
  publish(null);
}

/** Puts the writer's variable edits back (after a reload rebuilt the playthrough). */
export function reapplyVariableEdits(): string[] {
  const playthrough = currentPlaythrough();
  if (!playthrough) return [];
  const kept: string[] = [];
  for (const [name, value] of edits) {
    try {
      playthrough.engine.setVariable(name, value);
      kept.push(name);
    } catch {
      edits.delete(name); // the edited story no longer has it
    }
  }
  return kept;
}

/** Forgets the hand-set variables (a new game, or the writer asked). */
export function clearVariableEdits(): void {
  edits.clear();
}

/**
 * Goes back `count` choices and takes the same options again (found by their text), so the
 * writer sees those lines again with the story as it is now. Stops where an option is no
 * longer offered, and says so. Returns how many were replayed.
 */
export function replayLastChoices(count: number): number {
  const playthrough = currentPlaythrough();
  if (!playthrough) return 0;
  const log = playthrough.engine.choiceLog;
  const choices = log.flatMap((e) => (e.kind === 'choice' ? [e.text] : []));
  const take = choices.slice(Math.max(0, choices.length - count));
  if (take.length === 0 || !rewind(choices.length - take.length)) {
    notify('There is no earlier choice to replay from here.');
    return 0;
  }
  let replayed = 0;
  for (const text of take) {
    for (let i = 0; i < 2000 && !readyToChoose(); i++) advance();
    const options = sessionStore.getState().view?.choices ?? [];
    const position = options.findIndex((o) => o.text === text);
    if (position < 0) {
      notify(`Replay stopped: "${text}" is no longer offered here.`);
      break;
    }
    choose(position);
    replayed += 1;
  }
  return replayed;
}

const readyToChoose = () => {
  const { view, screen } = sessionStore.getState();
  return screen !== 'play' || !!view?.choices || !!view?.ended || !!view?.interlude;
};

/** Rebuilds the playthrough on the story as loaded now, replaying the route to this line. */
export function reloadCurrentStory(): void {
  const { compiled, hash } = currentStory();
  reloadStory(compiled, hash);
  reapplyVariableEdits();
}
