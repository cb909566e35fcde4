import * as v from 'valibot';
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { SaveRecordSchema, type SaveRecord } from './save-format';
import { validator } from './schema';
import { safeStorage } from './storage';

interface Saves {
  /** The newest automatic save, written at every choice point and when the page is hidden. */
  autosave: SaveRecord | null;
}

const SavesSchema = v.object({ autosave: v.nullable(SaveRecordSchema) });
const validate = validator(SavesSchema) as (value: unknown) => Saves | null;

/** Persisted saves (localStorage `her.saves`, versioned). */
export const savesStore = createStore<Saves>()(
  persist((): Saves => ({ autosave: null }), {
    name: 'her.saves',
    version: 1,
    storage: safeStorage(validate),
    migrate: (persisted) => validate(persisted) ?? { autosave: null },
  }),
);

/** Replaces the autosave. */
export function writeAutosave(record: SaveRecord): void {
  savesStore.setState({ autosave: record });
}
