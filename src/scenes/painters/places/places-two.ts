import type { BackgroundKey } from '../../../assets/manifest';
import type { BackgroundPainter } from '../types';
import { paintBeach } from './beach';
import { paintBeachSunset } from './beach-sunset';
import { paintPatio } from './patio';
import { paintRooftopPark } from './rooftop-park';
import { paintPicnicHill } from './picnic-hill';
import { paintTrain } from './train';
import { paintSnowForest } from './snow-forest';
import { paintCabin } from './cabin';
import { paintRoofDawn } from './roof-dawn';

/** Painters for the second wave of places (batch two), registered in ../backgrounds.ts. */
export const placesTwo: Partial<Record<BackgroundKey, BackgroundPainter>> = {
  beach: paintBeach,
  beach_sunset: paintBeachSunset,
  patio: paintPatio,
  rooftop_park: paintRooftopPark,
  picnic_hill: paintPicnicHill,
  train: paintTrain,
  snow_forest: paintSnowForest,
  cabin: paintCabin,
  roof_dawn: paintRoofDawn,
};
