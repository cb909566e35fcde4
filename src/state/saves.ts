import { createStore } from 'zustand/vanilla';
import { readSaveRecord, SaveId, saveKind, type SaveProblem, type SaveRecord } from './save-format';
import { guarded, saveBackend } from './save-store';
import * as v from 'valibot';
import { getBackend, reportStorageProblem } from './storage';

/** Every save place: twelve manual slots, three rolling autosaves, one quicksave. */
export const SAVE_IDS = SaveId.options as readonly SaveId[];
/** The manual slots, in order. */
export const SLOT_IDS = SAVE_IDS.filter((id) => saveKind(id) === 'manual');
/** The rolling autosaves. */
export const AUTO_IDS = SAVE_IDS.filter((id) => saveKind(id) === 'auto');

/** The saves as the menus show them; damaged ones are listed so the player can clear them. */
export interface SavesState {
  ready: boolean;
  records: Partial<Record<SaveId, SaveRecord>>;
  damaged: Partial<Record<SaveId, SaveProblem>>;
}

/** The saves store (a mirror of what the save backend holds). */
export const savesStore = createStore<SavesState>()(() => ({
  ready: false,
  records: {},
  damaged: {},
}));

const isSaveId = (key: string): key is SaveId => v.is(SaveId, key);

/** Where the last place is written synchronously as the tab goes away (see saveBeforeLeaving). */
export const RESUME_KEY = 'her.resume';

/**
 * Reads every save from the backend into the store. A record that cannot be read is reported,
 * listed as damaged and left exactly as it is; the others load normally.
 */
export async function loadSaves(): Promise<void> {
  const backend = saveBackend();
  await migrateFoundationAutosave();
  const keys = await guarded('read', () => backend.keys(), [] as string[]);
  const records: SavesState['records'] = {};
  const damaged: SavesState['damaged'] = {};
  for (const key of keys.filter(isSaveId)) {
    const value = await guarded('read', () => backend.get(key), undefined);
    if (value === undefined) continue;
    const read = readSaveRecord(value, key);
    if ('record' in read) records[key] = { ...read.record, id: key };
    else damaged[key] = read.problem;
  }
  await foldInLastPlace(records);
  if (Object.keys(damaged).length > 0) {
    reportStorageProblem({
      key: 'saves',
      kind: 'corrupt',
      message:
        'A saved game could not be read. It is marked in the save list; your other saves are fine.',
    });
  }
  savesStore.setState({ ready: true, records, damaged });
}

/** Writes a save; the store changes only if the write really happened. */
export async function putSave(record: SaveRecord): Promise<boolean> {
  const ok = await guarded(
    'write',
    () =>
      saveBackend()
        .set(record.id, record)
        .then(() => true),
    false,
  );
  if (!ok) return false;
  savesStore.setState((s) => {
    const damaged = { ...s.damaged };
    delete damaged[record.id];
    return { records: { ...s.records, [record.id]: record }, damaged };
  });
  return true;
}

/** Deletes a save (or a damaged record in its place). */
export async function removeSave(id: SaveId): Promise<boolean> {
  const ok = await guarded(
    'delete',
    () =>
      saveBackend()
        .del(id)
        .then(() => true),
    false,
  );
  if (!ok) return false;
  savesStore.setState((s) => {
    const records = { ...s.records };
    const damaged = { ...s.damaged };
    delete records[id];
    delete damaged[id];
    return { records, damaged };
  });
  return true;
}

/** The newest save of any kind (for Continue), or null. */
export function newestSave(): SaveRecord | null {
  let newest: SaveRecord | null = null;
  for (const record of Object.values(savesStore.getState().records)) {
    if (record && (!newest || record.savedAt > newest.savedAt)) newest = record;
  }
  return newest;
}

/** Where the next autosave goes: an empty autosave place, or the oldest one. */
export function nextAutosaveId(): SaveId {
  const { records } = savesStore.getState();
  const empty = AUTO_IDS.find((id) => !records[id]);
  if (empty) return empty;
  return (
    [...AUTO_IDS].sort((a, b) =>
      (records[a]?.savedAt ?? '').localeCompare(records[b]?.savedAt ?? ''),
    )[0] ?? 'auto-1'
  );
}

/** The foundation kept one autosave in localStorage (`her.saves`); move it into the autosaves. */
async function migrateFoundationAutosave(): Promise<void> {
  const storage = getBackend();
  let raw: string | null;
  try {
    raw = (storage?.getItem('her.saves') as string | null) ?? null;
  } catch {
    return;
  }
  if (!raw) return;
  try {
    const old = (JSON.parse(raw) as { state?: { autosave?: unknown } }).state?.autosave;
    const read = old ? readSaveRecord(old, 'auto-1') : null;
    if (read && 'record' in read && (await saveBackend().get('auto-1')) === undefined) {
      await saveBackend().set('auto-1', read.record);
    }
    storage?.removeItem('her.saves');
  } catch {
    // An unreadable old autosave stays where it was; nothing else depends on it.
  }
}

/**
 * Moves the place written as the tab closed into the autosaves, if it is newer than all of
 * them (the IndexedDB write of that moment may or may not have finished).
 */
async function foldInLastPlace(records: SavesState['records']): Promise<void> {
  const storage = getBackend();
  let raw: string | null;
  try {
    raw = (storage?.getItem(RESUME_KEY) as string | null) ?? null;
  } catch {
    return;
  }
  if (!raw) return;
  try {
    const read = readSaveRecord(JSON.parse(raw));
    if ('record' in read) {
      const newestAuto =
        AUTO_IDS.map((id) => records[id]?.savedAt ?? '')
          .sort()
          .at(-1) ?? '';
      const already = AUTO_IDS.some((id) => records[id]?.savedAt === read.record.savedAt);
      if (!already && read.record.savedAt > newestAuto) {
        const id =
          [...AUTO_IDS].sort((a, b) =>
            (records[a]?.savedAt ?? '').localeCompare(records[b]?.savedAt ?? ''),
          )[0] ?? 'auto-1';
        const record = { ...read.record, id };
        if (
          await guarded(
            'write',
            () =>
              saveBackend()
                .set(id, record)
                .then(() => true),
            false,
          )
        )
          records[id] = record;
      }
    }
    storage?.removeItem(RESUME_KEY);
  } catch {
    // An unreadable last place is simply not used; the autosaves stand.
  }
}
