import type Phaser from 'phaser';
import { farBackdrop, PLACES, sharpBackdrop } from './art/backdrops';
import { paintHudArt, paintLiftArt, paintProps, type PropArt } from './art/prop-textures';
import { paintPeopleSheet, paintTheodoreSheet, paintVendorSheet } from './art/run-textures';

/** Every texture the run draws with, by what it is for. */
export interface RunArt {
  props: Record<string, PropArt>;
  far: { office: string; plaza: string; steps: string };
  elevator: string;
}

/**
 * Paints all of the run's art into textures once, when the scene is built: his frames, the
 * city's people, the props, the HUD, and the far backdrops made from the story's paintings.
 * After this, play only moves images (the renderer here is software Canvas).
 */
export function paintRunArt(textures: Phaser.Textures.TextureManager): RunArt {
  paintTheodoreSheet(textures);
  paintPeopleSheet(textures);
  paintVendorSheet(textures);
  paintLiftArt(textures);
  paintHudArt(textures);
  return {
    props: paintProps(textures),
    far: {
      office: farBackdrop(textures, PLACES.office, '#fbe7d6'),
      plaza: farBackdrop(textures, PLACES.plaza, '#fff1e4'),
      steps: farBackdrop(textures, PLACES.steps, '#ffd8bd'),
    },
    elevator: sharpBackdrop(textures, PLACES.elevator) ?? 'run:lobby',
  };
}
