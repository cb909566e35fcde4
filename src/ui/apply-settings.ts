import '@fontsource/opendyslexic/400.css';
import '@fontsource/opendyslexic/700.css';
import { settingsStore, type Settings } from '../state/settings';

/**
 * Puts the display settings on <html> the moment they change: `--text-scale` (base.css scales
 * the reading text and menus by it) and the `high-contrast`, `dyslexia-font` and
 * `reduce-motion` classes the stylesheets key their themes on. The font files download only
 * once the dyslexia font is switched on, because @font-face loads lazily.
 */
export function applySettingsToPage(): void {
  const root = document.documentElement;
  const apply = (settings: Settings) => {
    root.style.setProperty('--text-scale', String(settings.textSize));
    root.classList.toggle('high-contrast', settings.highContrast);
    root.classList.toggle('dyslexia-font', settings.dyslexiaFont);
    root.classList.toggle('reduce-motion', settings.reduceMotion);
  };
  settingsStore.subscribe(apply);
  apply(settingsStore.getState());
}
