import '@fontsource-variable/figtree';
import '../ui/styles/base.css';
import './gallery.css';
import { Howl } from 'howler';
import * as manifest from '../assets/manifest';
import { assetUrl } from '../assets/urls';
import { backgroundPainters, figurePainters, paintedPlaces } from '../scenes/painters';
import { el } from '../ui/dom';
import { mountGalleryStage } from './gallery-stage';

/**
 * The art and sound review page (dev server only, /gallery.html): every background, figure and
 * pose, every voice mood and effect on a live stage, and a button for every sound.
 */
const root = document.getElementById('gallery')!;
const section = (title: string, note = '') => {
  const box = el('section', 'gallery-section');
  box.append(el('h2', '', title));
  if (note) box.append(el('p', 'gallery-note', note));
  root.append(box);
  return box;
};

const canvasFor = (width: number, height: number) => {
  const canvas = el('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
};

const places = section(
  'Places',
  `${paintedPlaces.length} of ${Object.keys(manifest.backgrounds).length} painted; the rest show their tint wash.`,
);
const placeGrid = el('div', 'gallery-grid');
places.append(placeGrid);
for (const [key, entry] of Object.entries(manifest.backgrounds)) {
  const canvas = canvasFor(1920, 1080);
  backgroundPainters[key as manifest.BackgroundKey](canvas.getContext('2d')!, 1920, 1080);
  const figure = el(
    'figure',
    paintedPlaces.includes(key as manifest.BackgroundKey) ? '' : 'is-wash',
  );
  figure.append(canvas, el('figcaption', '', `${key} — ${entry.label} · life: ${entry.life}`));
  placeGrid.append(figure);
}

const people = section('People and poses');
const peopleGrid = el('div', 'gallery-grid is-people');
people.append(peopleGrid);
for (const [who, entry] of Object.entries(manifest.cast)) {
  const painter = figurePainters[who as manifest.CastKey];
  for (const pose of entry.poses) {
    const canvas = canvasFor(640, 1080);
    const painted = painter?.poses.includes(pose);
    if (painted) painter?.paint(canvas.getContext('2d')!, pose, 640, 1080);
    const figure = el('figure', painted ? '' : 'is-missing');
    figure.append(
      canvas,
      el('figcaption', '', `${who} · ${pose}${painted ? '' : ' (not painted)'}`),
    );
    peopleGrid.append(figure);
  }
}

mountGalleryStage(
  section(
    'Voices and effects',
    'A live stage: pick a voice and mood, make it speak, run an effect.',
  ),
);

const sounds = section('Sounds');
for (const [kind, table] of [
  ['music', manifest.music],
  ['ambience', manifest.ambience],
  ['sfx', manifest.sfx],
] as const) {
  const row = el('div', 'gallery-sounds');
  row.append(el('h3', '', kind));
  let playing: Howl | null = null;
  for (const [key, entry] of Object.entries(table)) {
    const button = el('button', 'gallery-button', `${key}`);
    button.title = entry.label;
    const url = assetUrl(entry.file);
    button.disabled = !url;
    button.addEventListener('click', () => {
      playing?.stop();
      playing = url ? new Howl({ src: [url], loop: kind !== 'sfx' }) : null;
      playing?.play();
    });
    row.append(button);
  }
  const stop = el('button', 'gallery-button is-stop', 'stop');
  stop.addEventListener('click', () => playing?.stop());
  row.append(stop);
  sounds.append(row);
}
