import * as v from 'valibot';
import { resumeFromSave } from '../story/resume';
import { onChoicePoint, onLeavePlay } from './actions';
import { flushSeen } from './progress';
import { playTimeNow, setPlayTime } from './play-clock';
import {
  applySettings,
  currentPlaythrough,
  currentStory,
  publish,
  setPlaythrough,
  GAME_PLAY,
} from './runtime';
import { SAVE_FORMAT, readSaveRecord, type SaveId, type SaveRecord } from './save-format';
import {
  nextAutosaveId,
  newestSave,
  putSave,
  removeSave,
  RESUME_KEY,
  savesStore,
  SLOT_IDS,
} from './saves';
import { getBackend } from './storage';
import { notify, sessionStore } from './session';
import { takeThumbnail } from './thumbnail';
import { closeAllMenus } from './ui';

/** Builds a save record of the game in progress for save place `id` (null if nothing to save). */
function recordFor(id: SaveId): SaveRecord | null {
  const playthrough = currentPlaythrough();
  const { screen } = sessionStore.getState();
  if (!playthrough || screen === 'title' || playthrough.view.ended) return null;
  const view = playthrough.view;
  return {
    format: SAVE_FORMAT,
    id,
    storyHash: currentStory().hash,
    savedAt: new Date().toISOString(),
    playTimeMs: Math.round(playTimeNow()),
    chapterTitle: view.stage.chapter?.title ?? null,
    context: view.beat
      ? view.beat.speaker
        ? `${view.beat.speaker}: ${view.beat.text}`
        : view.beat.text
      : '',
    thumbnail: takeThumbnail(),
    snapshot: playthrough.snapshot(),
    checkpoint: playthrough.checkpoint,
  };
}

/** Saves the game in progress to `id`. Resolves true when it is safely written. */
export async function saveGame(id: SaveId): Promise<boolean> {
  const record = recordFor(id);
  if (!record) return false;
  flushSeen();
  return putSave(record);
}

/** Writes the rolling autosave (every choice point, leaving play). */
export function autosave(): Promise<boolean> {
  return saveGame(nextAutosaveId());
}

/**
 * The tab is going away: an IndexedDB write may not finish in time, so the place is also
 * written synchronously to localStorage (`her.resume`, no picture); the next start folds it into
 * the autosaves if it is the newest.
 */
export function saveBeforeLeaving(): void {
  const record = recordFor(nextAutosaveId());
  if (!record) return;
  flushSeen();
  try {
    getBackend()?.setItem(RESUME_KEY, JSON.stringify({ ...record, thumbnail: null }));
  } catch {
    // No room or no storage: the IndexedDB autosave below is the only attempt then.
  }
  void putSave(record);
}

onChoicePoint(() => void autosave());
onLeavePlay(() => void autosave());

/** Saves to the quicksave place and says so. */
export async function quicksave(): Promise<void> {
  if (await saveGame('quick')) notify('Quicksaved.');
}

/**
 * Loads a save onto the story as it is now (see resumeFromSave) and tells the player, briefly,
 * when an edited story meant resuming somewhere other than the exact line.
 */
export function loadGame(id: SaveId): boolean {
  const record = savesStore.getState().records[id];
  if (!record) return false;
  const { compiled, hash } = currentStory();
  const result = resumeFromSave(compiled, hash, record, { ...GAME_PLAY, prepare: applySettings });
  setPlaythrough(result.playthrough);
  setPlayTime(record.playTimeMs);
  sessionStore.setState({ mode: 'read' });
  closeAllMenus();
  publish(null);
  if (result.how === 'checkpoint') {
    notify(
      `The story has changed since this save. ${result.problem} You are at the start of “${record.checkpoint?.chapter.title}”, with everything you had then.`,
    );
  } else if (result.how === 'partial') {
    notify(
      `The story has changed since this save. ${result.problem} You are at the last choice that still matches.`,
    );
  }
  return true;
}

/** Loads the quicksave, if there is one. */
export function quickload(): void {
  if (!loadGame('quick')) notify('There is no quicksave yet.');
}

/** True when any save exists (Continue is offered). */
export function canContinue(): boolean {
  return newestSave() !== null;
}

/** Loads the newest save of any kind. */
export function continueGame(): boolean {
  const newest = newestSave();
  return newest ? loadGame(newest.id) : false;
}

/** Deletes a save. */
export function deleteGame(id: SaveId): Promise<boolean> {
  return removeSave(id);
}

/** The file format for exported saves: one or many records, labelled so an import can tell. */
const ExportFile = v.object({
  kind: v.literal('her-letters-saves'),
  version: v.number(),
  saves: v.array(v.unknown()),
});

/** The given saves (default: all) as the text of an export file. */
export function exportSaves(ids?: readonly SaveId[]): string {
  const { records } = savesStore.getState();
  const saves = (ids ?? Object.keys(records)).map((id) => records[id as SaveId]).filter(Boolean);
  return JSON.stringify({ kind: 'her-letters-saves', version: SAVE_FORMAT, saves }, null, 1);
}

/** What an import did: how many saves it added, and why any were refused. */
export interface ImportResult {
  imported: SaveId[];
  refused: string[];
}

/**
 * Imports saves from an export file into free manual slots. The file is validated first; a
 * file that is not a save, comes from a newer version, or is damaged is refused with a reason,
 * and nothing already saved is touched.
 */
export async function importSaves(text: string): Promise<ImportResult> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      imported: [],
      refused: ['That file is not a saved game (it is not even readable as one).'],
    };
  }
  const file = v.safeParse(ExportFile, data);
  const candidates = file.success ? file.output.saves : [data];
  if (!file.success && (typeof data !== 'object' || data === null || !('format' in data))) {
    return {
      imported: [],
      refused: ['That file is not a saved game from Her — Letters from Your Life.'],
    };
  }
  const result: ImportResult = { imported: [], refused: [] };
  for (const candidate of candidates) {
    const free = SLOT_IDS.find(
      (id) => !savesStore.getState().records[id] && !result.imported.includes(id),
    );
    if (!free) {
      result.refused.push('There is no free save slot left; delete one and import again.');
      break;
    }
    const read = readSaveRecord(candidate, free);
    if ('problem' in read) {
      result.refused.push(
        read.problem === 'newer-version'
          ? 'A save came from a newer version of the game and cannot be loaded here.'
          : read.problem === 'corrupt'
            ? 'A save in that file is damaged and was left out.'
            : 'Something in that file is not a saved game.',
      );
      continue;
    }
    if (await putSave({ ...read.record, id: free })) result.imported.push(free);
  }
  return result;
}
