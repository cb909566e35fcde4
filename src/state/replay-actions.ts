import { createStore } from 'zustand/vanilla';
import { Playthrough } from '../story/playthrough';
import { rewind, step } from './actions';
import { progressStore } from './progress';
import { setPlayTime } from './play-clock';
import { recordEndingPicture } from './progress-record';
import { currentPlaythrough, currentStory, setPlaythrough, GAME_PLAY } from './runtime';
import { autosave } from './save-actions';
import { notify, sessionStore } from './session';
import { buildStoryMap, type PlayRoute, type StoryMap } from './story-map';
import { currentMapOutline, idOfOption, placeOfOption } from './story-outline';
import { takeThumbnail } from './thumbnail';
import { closeAllMenus, uiStore } from './ui';

/**
 * Replay intents: chapter select, rewinding from the story map, keeping an ending's last
 * image; and the map store the map screen renders.
 */

/** The story map as the map screen shows it (rebuilt while the map is open). */
export const mapStore = createStore<{ map: StoryMap }>()(() => ({
  map: buildStoryMap({ chapters: [] }, progressStore.getState(), null),
}));

/** The playthrough in progress as the map sees it (null on the title screen). */
export function currentRoute(): PlayRoute | null {
  const playthrough = currentPlaythrough();
  const { screen, view } = sessionStore.getState();
  if (!playthrough || screen === 'title') return null;
  const made = playthrough.engine.choiceLog.filter((e) => e.kind === 'choice');
  const points = playthrough.rewindablePoints.flatMap(({ ordinal, choices }) => {
    const place = choices[0] && placeOfOption(choices[0]);
    if (!place) return [];
    // The choice made at a point is the one logged after `ordinal` earlier choices.
    const madeHere = made[ordinal];
    const option = madeHere && choices.find((c) => c.index === madeHere.index);
    return [{ ordinal, pointId: place.point.id, taken: option ? idOfOption(option) : null }];
  });
  return { chapter: view?.stage.chapter?.id ?? null, points };
}

/** Rebuilds the map from the outline, progress and the playthrough in progress. */
export function refreshStoryMap(): void {
  mapStore.setState({
    map: buildStoryMap(currentMapOutline(), progressStore.getState(), currentRoute()),
  });
}

const isReplay = (overlay: unknown) =>
  overlay === 'endings' || overlay === 'map' || overlay === 'letters';

// The map follows what it shows while the replay dialog is open (its tab shows the share).
uiStore.subscribe(({ overlay }, before) => {
  if (isReplay(overlay) && !isReplay(before.overlay)) refreshStoryMap();
});
progressStore.subscribe(() => {
  if (isReplay(uiStore.getState().overlay)) refreshStoryMap();
});

/**
 * Starts a chapter again from chapter select, with the variables the last playthrough to
 * reach it had there. The game in progress, if any, is autosaved first.
 */
export function startChapter(id: string): boolean {
  const start = progressStore.getState().starts[id];
  if (!start) return false;
  if (currentPlaythrough() && sessionStore.getState().screen === 'play') void autosave();
  const playthrough = new Playthrough(currentStory().compiled, GAME_PLAY);
  try {
    playthrough.resumeAt({
      chapter: { id, title: start.title },
      knot: start.knot,
      variables: start.variables,
    });
  } catch {
    notify(`“${start.title}” is no longer in the story, so it cannot be started.`);
    return false;
  }
  setPlaythrough(playthrough);
  setPlayTime(0);
  sessionStore.setState({ mode: 'read' });
  closeAllMenus();
  return step() !== null;
}

/** Goes back to choice point `ordinal` of the playthrough in progress (from the map). */
export function rewindToPoint(ordinal: number): boolean {
  if (!rewind(ordinal)) return false;
  closeAllMenus();
  return true;
}

/** Keeps the picture on stage as the last image of the ending on screen (endings gallery). */
export function keepEndingPicture(): void {
  const ending = sessionStore.getState().view?.ended?.ending;
  if (ending) recordEndingPicture(ending, takeThumbnail());
}

/** The screens of the replay dialog, one tab each. */
export type ReplayTab = 'endings' | 'map' | 'letters';

/** Switches the replay dialog to another tab (closing it still goes back where it came from). */
export function showReplayTab(tab: ReplayTab): void {
  uiStore.setState({ overlay: tab, confirm: null });
}
