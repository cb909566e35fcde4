import Phaser from 'phaser';
import {
  backgrounds,
  voices,
  type BackgroundKey,
  type Life,
  type VoiceKey,
} from '../assets/manifest';
import { ArtTextures } from '../scenes/art-textures';
import { BackgroundLayer } from '../scenes/background-layer';
import { EffectsLayer } from '../scenes/effects-layer';
import { LifeLayer } from '../scenes/life-layer';
import { VoiceWave } from '../scenes/voice-wave';
import { el } from '../ui/dom';

/** The gallery's live stage: one place, its life, a voice in a mood, and every effect. */
class GalleryScene extends Phaser.Scene {
  place: BackgroundKey = 'apartment_night';
  voice: VoiceKey = 'samantha';
  mood = 'default';
  speaking = false;
  effects!: EffectsLayer;
  life!: LifeLayer;
  private wave!: VoiceWave;
  private background!: BackgroundLayer;

  constructor() {
    super('GalleryScene');
  }

  create(): void {
    this.effects = new EffectsLayer(this);
    this.background = new BackgroundLayer(this, new ArtTextures(this.textures), () =>
      this.effects.flash(),
    );
    this.life = new LifeLayer(this);
    this.wave = new VoiceWave(this);
    this.show(this.place);
  }

  show(place: BackgroundKey): void {
    this.place = place;
    this.background.show(place, 'dissolve', false);
    this.life.set(backgrounds[place].life as Life);
  }

  override update(_: number, delta: number): void {
    this.wave.set(this.voice, this.mood, this.speaking);
    this.wave.update(delta);
    this.life.update(delta, false);
    this.effects.update(delta, false);
  }
}

const select = (label: string, options: string[], onChange: (value: string) => void) => {
  const wrap = el('label', 'gallery-control', `${label} `);
  const input = el('select');
  for (const option of options)
    input.append(Object.assign(el('option', '', option), { value: option }));
  input.addEventListener('change', () => onChange(input.value));
  wrap.append(input);
  return wrap;
};

/** Mounts the live stage and its controls into `container`. */
export function mountGalleryStage(container: HTMLElement): void {
  const host = el('div', 'gallery-stage');
  const controls = el('div', 'gallery-controls');
  container.append(controls, host);
  const scene = new GalleryScene();
  new Phaser.Game({
    type: Phaser.CANVAS,
    parent: host,
    width: 960,
    height: 540,
    backgroundColor: '#2a1216',
    banner: false,
    scene,
  });
  const button = (label: string, run: () => void) => {
    const b = el('button', 'gallery-button', label);
    b.addEventListener('click', run);
    controls.append(b);
  };
  controls.append(
    select('place', Object.keys(backgrounds), (v) => scene.show(v as BackgroundKey)),
    select('voice', Object.keys(voices), (v) => (scene.voice = v as VoiceKey)),
    select('mood', ['default', 'playful', 'tender', 'distant'], (v) => (scene.mood = v)),
  );
  button('speak (3 s)', () => {
    scene.speaking = true;
    setTimeout(() => (scene.speaking = false), 3000);
  });
  button('flash', () => scene.effects.flash());
  button('glitch', () => scene.effects.glitch());
  button('snow', () => scene.effects.setLasting(['snow'], true));
  button('dust to snow', () => scene.effects.setLasting(['dust_to_snow'], true));
  button('clear', () => scene.effects.setLasting([], false));
}
