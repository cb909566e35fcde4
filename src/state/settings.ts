import * as v from 'valibot';
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { validator } from './schema';
import { safeStorage } from './storage';

const unit = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

/** The player's preferences, as stored. Every field falls back to its default if damaged. */
const SettingsSchema = v.object({
  /** Characters revealed per second; 0 shows each line at once. */
  textSpeed: v.fallback(v.pipe(v.number(), v.minValue(0), v.maxValue(400)), 45),
  musicVolume: v.fallback(unit, 0.7),
  soundVolume: v.fallback(unit, 0.8),
  /** Shows the alien child's words uncensored (off by default; see the content note). */
  strongLanguage: v.fallback(v.boolean(), false),
  reduceMotion: v.fallback(v.boolean(), false),
});

/** The player's preferences. */
export type Settings = v.InferOutput<typeof SettingsSchema>;

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Defaults for a first visit. */
export const defaultSettings = (): Settings => ({
  textSpeed: 45,
  musicVolume: 0.7,
  soundVolume: 0.8,
  strongLanguage: false,
  reduceMotion: prefersReducedMotion(),
});

/** Persisted settings (localStorage `her.settings`, versioned). */
export const settingsStore = createStore<Settings>()(
  persist(defaultSettings, {
    name: 'her.settings',
    version: 1,
    storage: safeStorage(validator(SettingsSchema)),
    // Version 1 is the first; later versions add a step here rather than dropping old data.
    migrate: (persisted) => validator(SettingsSchema)(persisted) ?? defaultSettings(),
  }),
);

/** Changes one or more settings. */
export function updateSettings(patch: Partial<Settings>): void {
  settingsStore.setState(patch);
}
