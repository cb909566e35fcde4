import type { BackgroundKey } from '../../../assets/manifest';
import type { BackgroundPainter } from '../types';
import { paintNightCrowd } from './night-crowd';
import { paintRestaurant } from './restaurant';

/** Painters for the second wave of places (batch three), registered in ../backgrounds.ts. */
export const placesThree: Partial<Record<BackgroundKey, BackgroundPainter>> = {
  night_crowd: paintNightCrowd,
  restaurant: paintRestaurant,
};
