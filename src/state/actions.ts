import type { CompiledStory } from '../story/engine';
import { lineKey } from '../story/line-key';
import { newInkStory } from '../story/parsed-story';
import { Playthrough } from '../story/playthrough';
import { reloadPlaythrough } from '../story/reload';
import type { Step } from '../story/types';
import { flushSeen, markSeen } from './progress';
import { setPlayTime } from './play-clock';
import {
  recordChapter,
  recordChapterStart,
  recordChoice,
  recordEnding,
  recordLetter,
} from './progress-record';
import {
  applySettings,
  currentPlaythrough,
  currentStory,
  publish,
  setPlaythrough,
  setStory,
  GAME_PLAY,
} from './runtime';
import { notify, sessionStore } from './session';
import { idOfOption } from './story-outline';
import { uiStore } from './ui';

/**
 * The story flow intents: start, read on, choose, rewind, leave. Every renderer and input
 * handler calls these (saves live in save-actions.ts, skip and auto in reading.ts); they step
 * the playthrough and publish what it shows to the session store.
 */

/** Records chapters (and where they start), finished letters and endings as the story passes. */
function trackProgress(playthrough: Playthrough, step: Step): void {
  const { stage, backlog } = playthrough.view;
  for (const command of step.commands) {
    if (command.kind === 'chapter') {
      recordChapter(command.id);
      if (playthrough.checkpoint?.chapter.id === command.id)
        recordChapterStart(playthrough.checkpoint);
    }
    if (command.kind === 'letter' && command.action === 'end' && stage.letter?.done) {
      recordLetter(stage.letter.kind, stage.letter.lines);
    }
  }
  if (step.kind === 'end' && step.ending) {
    const read = backlog.flatMap((e) => (e.kind === 'line' && !e.speaker ? [e.text] : []));
    recordEnding(step.ending, read);
  }
}

/** Runs one step of the story; a runtime error in the ink becomes a notice, never a crash. */
export function step(): Step | null {
  const playthrough = currentPlaythrough();
  if (!playthrough) return null;
  let result: Step | null;
  try {
    result = playthrough.advance();
    if (result) trackProgress(playthrough, result);
  } catch (error) {
    console.error(error);
    notify(`The story stumbled here: ${(error as Error).message}`);
    return null;
  }
  const lineWasSeen = result?.kind === 'beat' ? markSeen(lineKey(result)) : true;
  publish(result, { lineWasSeen });
  if (playthrough.view.choices || playthrough.view.ended) flushSeen();
  if (playthrough.view.choices) afterChoicePoint();
  // Skipping or auto-reading stops at an interlude, as at a choice: it must be played.
  if (playthrough.view.interlude) sessionStore.setState({ mode: 'read' });
  return result;
}

let choicePointListener: () => void = () => {};

/** Registers what happens at each new choice point (the rolling autosave, from save-actions). */
export function onChoicePoint(listener: () => void): void {
  choicePointListener = listener;
}

function afterChoicePoint(): void {
  choicePointListener();
}

/** A decision was made outside a choice list (an interlude ended): autosave as at a choice. */
export function announceDecision(): void {
  choicePointListener();
}

/** Sets (or replaces) the compiled story the game plays. */
export function loadStory(compiled: CompiledStory, hash: string): void {
  setStory(compiled, hash);
}

/**
 * Parses the story ahead of the first New game or Continue (in an idle moment after the title
 * is up), so that first click does not wait the ~60 ms ink takes to read it.
 */
export function prepareStory(): void {
  newInkStory(currentStory().compiled);
}

/** Starts the story from its first line. */
export function newGame(compiled?: CompiledStory): void {
  const story = compiled ?? currentStory().compiled;
  setPlaythrough(new Playthrough(story, GAME_PLAY));
  setPlayTime(0);
  sessionStore.setState({ mode: 'read' });
  uiStore.setState({ overlay: null });
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
  const playthrough = currentPlaythrough();
  const option = playthrough?.view.choices?.[position];
  if (!playthrough || !option) return;
  recordChoice(idOfOption(option));
  playthrough.choose(position);
  step();
}

/** Tells the session the current line has been fully revealed on screen. */
export function lineRevealed(): void {
  if (!sessionStore.getState().revealed) sessionStore.setState({ revealed: true });
}

/**
 * Goes back to an earlier choice point: the one before this place, or choice point `point`
 * (from the backlog). The stage and sound follow, because they render the restored view.
 */
export function rewind(point?: number): boolean {
  const playthrough = currentPlaythrough();
  if (!playthrough || sessionStore.getState().screen === 'title') return false;
  if (!playthrough.rewind(point)) return false;
  sessionStore.setState({ mode: 'read' });
  publish(null);
  return true;
}

/**
 * Swaps in a rebuilt story (hot reload of `.ink` files) and replays the route so far on it,
 * so the writer stays at the same place (or, if the edit removed it, the chapter's start).
 */
export function reloadStory(compiled: CompiledStory, hash: string): void {
  const current = currentPlaythrough();
  loadStory(compiled, hash);
  if (!current || sessionStore.getState().screen === 'title') return;
  const { playthrough, notice } = reloadPlaythrough(compiled, current, applySettings, GAME_PLAY);
  setPlaythrough(playthrough);
  if (notice) notify(notice);
  publish(null);
}

/** Jumps to a knot or stitch (automation API and writer tools). */
export function jump(path: string): void {
  if (!currentPlaythrough()) newGame();
  try {
    currentPlaythrough()?.jump(path);
  } catch (error) {
    notify((error as Error).message);
    return;
  }
  step();
}

let leaveListener: () => void = () => {};

/** Registers what happens before leaving play for the title (an autosave). */
export function onLeavePlay(listener: () => void): void {
  leaveListener = listener;
}

/** Leaves play for the title screen, saving first. */
export function returnToTitle(): void {
  leaveListener();
  flushSeen();
  sessionStore.setState({ screen: 'title', mode: 'read' });
  uiStore.setState({ overlay: null });
}

/** The current playthrough's ink variables (automation API and writer tools). */
export function storyVariables(): Record<string, unknown> {
  return currentPlaythrough()?.engine.variables() ?? {};
}
