import type { CompiledStory } from '../story/engine';
import { Playthrough } from '../story/playthrough';
import { replayRoute } from '../story/replay';
import type { StageState } from '../story/stage';
import type { Step } from '../story/types';
import { recordChapter, recordEnding, recordLetter } from './progress';
import { savesStore, writeAutosave } from './saves';
import { notify, sessionStore } from './session';
import { settingsStore } from './settings';

/**
 * The only way into the story from the outside: every renderer and input handler calls these
 * intents, which step the playthrough and publish what it shows to the session store.
 */

let story: { compiled: CompiledStory; hash: string } | null = null;
let playthrough: Playthrough | null = null;

function requireStory() {
  if (!story) throw new Error('No story loaded: call loadStory() first');
  return story;
}

/** Keeps ink's `strong_language` in step with the player's setting. */
function applySettings(target: Playthrough): void {
  target.engine.setVariable('strong_language', settingsStore.getState().strongLanguage);
}

settingsStore.subscribe((settings, previous) => {
  if (playthrough && settings.strongLanguage !== previous.strongLanguage)
    applySettings(playthrough);
});

/**
 * Shows the playthrough's view. `step` is what play just produced (null for a restore): a new
 * line starts unrevealed so the typewriter can show it; cues of any new step run once.
 */
function publish(step: Step | null): void {
  if (!playthrough) return;
  const view = playthrough.view;
  sessionStore.setState((s) => ({
    view,
    screen: view.ended ? 'end' : 'play',
    stepSerial: step ? s.stepSerial + 1 : s.stepSerial,
    revealed: step?.kind === 'beat' ? false : step ? s.revealed : true,
  }));
}

/** Records chapters, finished letters and endings as the story passes them. */
function trackProgress(after: StageState, step: Step): void {
  for (const command of step.commands) {
    if (command.kind === 'chapter') recordChapter(command.id);
    if (command.kind === 'letter' && command.action === 'end' && after.letter?.done) {
      recordLetter(after.letter.kind, after.letter.lines);
    }
  }
  if (step.kind === 'end' && step.ending) recordEnding(step.ending);
}

/** Runs one step of the story; a runtime error in the ink becomes a notice, never a crash. */
function step(): void {
  if (!playthrough) return;
  let result: Step | null;
  try {
    result = playthrough.advance();
    if (result) trackProgress(playthrough.view.stage, result);
  } catch (error) {
    console.error(error);
    notify(`The story stumbled here: ${(error as Error).message}`);
    return;
  }
  publish(result);
  if (playthrough.view.choices) autosave();
}

/** Sets (or replaces) the compiled story the game plays. */
export function loadStory(compiled: CompiledStory, hash: string): void {
  story = { compiled, hash };
}

/** Starts the story from its first line. */
export function newGame(): void {
  playthrough = new Playthrough(requireStory().compiled);
  applySettings(playthrough);
  step();
}

/** Shows the next line (ignored while choices are waiting or the story has ended). */
export function advance(): void {
  const { screen, view } = sessionStore.getState();
  if (screen !== 'play' || view?.choices) return;
  step();
}

/** Takes the option at `position` in the list on screen. */
export function choose(position: number): void {
  if (!playthrough?.view.choices?.[position]) return;
  playthrough.choose(position);
  step();
}

/** Tells the session the current line has been fully revealed on screen. */
export function lineRevealed(): void {
  if (!sessionStore.getState().revealed) sessionStore.setState({ revealed: true });
}

/** Writes the automatic save now (choice points, page hidden, back to title). */
export function autosave(): void {
  if (!playthrough || !story || sessionStore.getState().screen === 'title') return;
  // After an ending the last autosave (its final choice) stays: Continue should lead back into
  // the story, not to a closing screen.
  if (playthrough.view.ended) return;
  writeAutosave({
    format: 1,
    storyHash: story.hash,
    savedAt: new Date().toISOString(),
    chapterTitle: playthrough.view.stage.chapter?.title ?? null,
    snapshot: playthrough.snapshot(),
  });
}

/** True when there is an autosave to continue from. */
export function canContinue(): boolean {
  return savesStore.getState().autosave !== null;
}

/**
 * Resumes from the autosave. On the same story the ink state loads directly; on an edited
 * story the recorded route is replayed by choice text, and if that breaks the player lands at
 * the last place that still matches and is told so.
 */
export function continueGame(): boolean {
  const save = savesStore.getState().autosave;
  const { compiled, hash } = requireStory();
  if (!save) return false;
  if (save.storyHash === hash) {
    try {
      const restored = new Playthrough(compiled);
      restored.restore(save.snapshot);
      playthrough = restored;
      applySettings(playthrough);
      publish(null);
      return true;
    } catch (error) {
      console.warn('Autosave did not load directly; replaying its route instead.', error);
    }
  }
  const engine = save.snapshot.engine;
  resumeByReplay(compiled, engine.log, engine.beatsSinceChoice);
  return true;
}

function resumeByReplay(
  compiled: CompiledStory,
  log: Parameters<typeof replayRoute>[1],
  lines: number,
) {
  const result = replayRoute(compiled, log, lines, applySettings);
  playthrough = result.playthrough;
  if (!result.ok)
    notify(
      `The story has changed since then. ${result.problem} You are at the last place that still matches.`,
    );
  publish(null);
}

/**
 * Swaps in a rebuilt story (hot reload of `.ink` files) and replays the route so far on it,
 * so the writer stays at the same place.
 */
export function reloadStory(compiled: CompiledStory, hash: string): void {
  const current = playthrough;
  loadStory(compiled, hash);
  if (!current || sessionStore.getState().screen === 'title') return;
  resumeByReplay(compiled, [...current.engine.choiceLog], current.engine.linesSinceChoice);
}

/** Jumps to a knot or stitch (automation API and writer tools). */
export function jump(path: string): void {
  if (!playthrough) newGame();
  try {
    playthrough?.jump(path);
  } catch (error) {
    notify((error as Error).message);
    return;
  }
  step();
}

/** Leaves play for the title screen, saving first. */
export function returnToTitle(): void {
  autosave();
  sessionStore.setState({ screen: 'title' });
}

/** The current playthrough's ink variables (automation API and writer tools). */
export function storyVariables(): Record<string, unknown> {
  return playthrough?.engine.variables() ?? {};
}
