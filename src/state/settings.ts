import * as v from 'valibot';
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { validator } from './schema';
import { safeStorage } from './storage';

const unit = (fallback: number) =>
  v.fallback(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), fallback);
const flag = (fallback: boolean) => v.fallback(v.boolean(), fallback);

/** The player's preferences, as stored. Every field falls back to its default if damaged. */
const SettingsSchema = v.object({
  /** Characters revealed per second; 0 shows each line at once. */
  textSpeed: v.fallback(v.pipe(v.number(), v.minValue(0), v.maxValue(200)), 45),
  /** Seconds auto-advance waits on a finished line, before the time for its length. */
  autoDelay: v.fallback(v.pipe(v.number(), v.minValue(0.5), v.maxValue(6)), 1.6),
  masterVolume: unit(0.9),
  musicVolume: unit(0.7),
  ambienceVolume: unit(0.5),
  effectsVolume: unit(0.8),
  reduceMotion: flag(false),
  /** Scale of all reading text (0.85–1.6). */
  textSize: v.fallback(v.pipe(v.number(), v.minValue(0.85), v.maxValue(1.6)), 1),
  highContrast: flag(false),
  dyslexiaFont: flag(false),
  /** Shows the alien child's words uncensored (off by default; see the content note). */
  strongLanguage: flag(false),
  /** Plays the interludes as text scenes instead (nothing in the story is lost). */
  skipInterludes: flag(false),
  /** Speaks each line and the choices with the browser's speech synthesis. */
  readAloud: flag(false),
  /** Skip also runs through lines never read before (otherwise it stops at them). */
  skipUnseen: flag(false),
  /** The content note has been shown once (first launch). */
  contentNoteSeen: flag(false),
});

/** The player's preferences. */
export type Settings = v.InferOutput<typeof SettingsSchema>;

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Defaults for a first visit (reduce motion follows the system's preference). */
export const defaultSettings = (): Settings => ({
  ...(v.parse(SettingsSchema, {}) as Settings),
  reduceMotion: prefersReducedMotion(),
});

const validate = validator(SettingsSchema);

/** The stored format's version; raise it with a step in `migrate`. */
const VERSION = 2;

/** Persisted settings (localStorage `her.settings`, versioned). */
export const settingsStore = createStore<Settings>()(
  persist(defaultSettings, {
    name: 'her.settings',
    version: VERSION,
    storage: safeStorage(validate, VERSION),
    // Version 1 had one `soundVolume`; it becomes the effects and ambience volumes.
    migrate: (persisted, version) => {
      const old = (persisted ?? {}) as Record<string, unknown>;
      if (version < 2 && typeof old.soundVolume === 'number') {
        old.effectsVolume = old.soundVolume;
        old.ambienceVolume = old.soundVolume * 0.6;
      }
      return validate(old) ?? defaultSettings();
    },
  }),
);

/** Changes one or more settings; they apply at once wherever they are read. */
export function updateSettings(patch: Partial<Settings>): void {
  settingsStore.setState(patch);
}

/** Puts every setting back to its default (the content note stays acknowledged). */
export function resetSettings(): void {
  settingsStore.setState({
    ...defaultSettings(),
    contentNoteSeen: settingsStore.getState().contentNoteSeen,
  });
}
