import type { BackgroundKey } from '../../../assets/manifest';
import type { BackgroundPainter } from '../types';
import { paintAmyApartment } from './amy-apartment';
import { paintAmyOffice } from './amy-office';
import { paintApartmentDay } from './apartment-day';
import { paintCave } from './cave';
import { paintParty } from './party';
import { paintPlazaDay } from './plaza-day';
import { paintSubway } from './subway';
import { paintSubwaySteps } from './subway-steps';

/** Painters for the second wave of places (batch one), registered in ../backgrounds.ts. */
export const placesOne: Partial<Record<BackgroundKey, BackgroundPainter>> = {
  plaza_day: paintPlazaDay,
  subway: paintSubway,
  subway_steps: paintSubwaySteps,
  apartment_day: paintApartmentDay,
  cave: paintCave,
  amy_apartment: paintAmyApartment,
  amy_office: paintAmyOffice,
  party: paintParty,
};
