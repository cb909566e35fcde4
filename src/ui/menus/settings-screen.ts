import '../styles/settings.css';
import { resetSettings, settingsStore, updateSettings, type Settings } from '../../state/settings';
import { closeMenu, uiStore } from '../../state/ui';
import { Dialog, menuButton } from '../dialog';
import { el } from '../dom';
import { canFullscreen, toggleFullscreen } from '../fullscreen';

type Keys<T> = { [K in keyof Settings]: Settings[K] extends T ? K : never }[keyof Settings];
/** A slider: setting, label, min, max, step, and how its value reads ("45 characters/s"). */
type Slider = [Keys<number>, string, number, number, number, (value: number) => string];
/** A switch: setting, label, and an optional hint under the label. */
type Switch = [Keys<boolean>, string, string?];
/** How each control shows the store's value, so a change anywhere (a reset) reaches them all. */
const syncs: ((settings: Settings) => void)[] = [];

// Text speed reads slow → fast; one notch past the fastest is "Instant" (stored as 0).
const INSTANT = 205;
const percent = (value: number) => `${Math.round(value * 100)}%`;
const speed = (value: number) => (value === 0 ? 'Instant' : `${value} characters/s`);

const READING: Slider[] = [
  ['textSpeed', 'Text speed', 5, INSTANT, 5, speed],
  ['autoDelay', 'Auto-advance delay', 0.5, 6, 0.1, (value) => `${value.toFixed(1)} s`],
  ['textSize', 'Text size', 0.85, 1.6, 0.05, percent],
];
const SOUND: Slider[] = [
  ['masterVolume', 'Master volume', 0, 1, 0.05, percent],
  ['musicVolume', 'Music', 0, 1, 0.05, percent],
  ['ambienceVolume', 'Ambience', 0, 1, 0.05, percent],
  ['effectsVolume', 'Sound effects', 0, 1, 0.05, percent],
];
const DISPLAY: Switch[] = [
  ['reduceMotion', 'Reduce motion', 'Fewer fades and movements'],
  ['highContrast', 'High-contrast text'],
  ['dyslexiaFont', 'Dyslexia-friendly font', 'OpenDyslexic for the story and menus'],
];
const STORY: Switch[] = [
  ['strongLanguage', 'Strong language', 'Show swearing instead of symbols'],
  ['skipInterludes', 'Skip interludes', 'Play them as text instead'],
  ['readAloud', 'Read aloud', "Speak each line with your device's voice"],
  ['skipUnseen', 'Skip also unread text', 'Otherwise skip stops at new lines'],
];

function slider([key, label, min, max, step, format]: Slider): HTMLElement {
  const row = el('div', 'setting setting-range');
  const name = el('label', 'setting-label', label);
  const input = el('input', 'setting-slider');
  const value = el('span', 'setting-value');
  [input.type, input.id, name.htmlFor] = ['range', `setting-${key}`, `setting-${key}`];
  [input.min, input.max, input.step] = [String(min), String(max), String(step)];
  value.setAttribute('aria-hidden', 'true'); // aria-valuetext already says it
  const fromStore = (stored: number) => (key === 'textSpeed' && stored === 0 ? INSTANT : stored);
  const toStore = (position: number) => (key === 'textSpeed' && position >= INSTANT ? 0 : position);
  input.addEventListener('input', () => {
    updateSettings({ [key]: Number(toStore(Number(input.value)).toFixed(2)) });
  });
  syncs.push((settings) => {
    const position = fromStore(settings[key]);
    if (Number(input.value) !== position) input.value = String(position);
    value.textContent = format(settings[key]);
    input.setAttribute('aria-valuetext', value.textContent);
    const fill = ((Number(input.value) - min) / (max - min)) * 100;
    input.style.setProperty('--fill', `${fill.toFixed(1)}%`);
  });
  row.append(name, value, input);
  return row;
}

/** A switch whose whole row is its label, so a tap anywhere on the row flips it. */
function toggle(id: string, label: string, onChange: (on: boolean) => void, hint?: string) {
  const row = el('label', 'setting setting-switch');
  const text = el('span', 'setting-text');
  const name = el('span', 'setting-label', label);
  const input = el('input', 'switch');
  [input.type, input.id, name.id] = ['checkbox', `setting-${id}`, `setting-${id}-label`];
  input.setAttribute('role', 'switch');
  input.setAttribute('aria-labelledby', name.id);
  text.append(name);
  if (hint) {
    const note = el('span', 'setting-hint', hint);
    note.id = `setting-${id}-hint`;
    input.setAttribute('aria-describedby', note.id);
    text.append(note);
  }
  input.addEventListener('change', () => onChange(input.checked));
  row.append(text, input);
  return { row, input };
}

function group(className: string, children: HTMLElement[], title = ''): HTMLElement {
  const root = el(title ? 'section' : 'div', className);
  const heading = el('h3', 'settings-heading', title);
  heading.id = `settings-${title.toLowerCase()}`;
  if (title) root.append(heading);
  if (title) root.setAttribute('aria-labelledby', heading.id);
  root.append(...children);
  return root;
}

function switchRow([key, label, hint]: Switch): HTMLElement {
  const { row, input } = toggle(key, label, (on) => updateSettings({ [key]: on }), hint);
  syncs.push((settings) => (input.checked = settings[key]));
  return row;
}

const section = (title: string, rows: HTMLElement[]) => group('settings-group', rows, title);

/** The settings screen: every preference as a labelled slider or switch, applied at once. */
export function mountSettingsScreen(): void {
  const dialog = new Dialog('Settings', closeMenu, 'settings-dialog');
  // The switch shows only what is true: it flips when the browser's fullscreenchange says so
  // (a refusal, or F and Escape outside this screen, are shown right too).
  const showFullscreen = () => (fullscreen.input.checked = Boolean(document.fullscreenElement));
  const fullscreen = toggle('fullscreen', 'Fullscreen', () => {
    toggleFullscreen();
    showFullscreen();
  });
  fullscreen.row.hidden = !canFullscreen(); // e.g. iPhone Safari has no Fullscreen API
  document.addEventListener('fullscreenchange', showFullscreen);

  const left = [section('Reading', READING.map(slider)), section('Sound', SOUND.map(slider))];
  const right = [
    section('Display', [fullscreen.row, ...DISPLAY.map(switchRow)]),
    section('Story', STORY.map(switchRow)),
  ];
  const columns = group('settings-columns', [
    group('settings-column', left),
    group('settings-column', right),
  ]);
  const footer = group('settings-footer', [
    menuButton('Reset to defaults', resetSettings, 'settings-button is-quiet'),
    menuButton('Done', closeMenu, 'settings-button is-primary'),
  ]);
  // The footer sits under the scrolling body, so Done is always in reach on a phone.
  dialog.body.append(columns);
  dialog.root.append(footer);

  const sync = (settings: Settings) => syncs.forEach((show) => show(settings));
  settingsStore.subscribe(sync);
  sync(settingsStore.getState());
  const render = (overlay: string | null) => {
    if (overlay !== 'settings') return dialog.close();
    showFullscreen();
    if (!dialog.isOpen) dialog.open();
  };
  uiStore.subscribe(({ overlay }) => render(overlay));
  render(uiStore.getState().overlay);
}
