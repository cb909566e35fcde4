import { backgrounds, type BackgroundKey } from '../../assets/manifest';
import { washFor } from './places/wash';
import { placesOne } from './places/places-one';
import { placesTwo } from './places/places-two';
import { placesThree } from './places/places-three';
import type { BackgroundPainter } from './types';
import { paintOffice } from './places/office';
import { paintPlazaNight } from './places/plaza-night';
import { paintElevator } from './places/elevator';
import { paintApartmentNight } from './places/apartment-night';
import { paintMemory } from './places/memory';
import { paintChatRoom } from './places/chat-room';

/**
 * The places painted so far. Keys the manifest lists without a painter here are shown as a
 * wash of their tint (places/wash.ts) until their painting lands; `paintedPlaces` says which.
 */
const painted: Partial<Record<BackgroundKey, BackgroundPainter>> = {
  ...placesOne,
  ...placesTwo,
  ...placesThree,
  office: paintOffice,
  plaza_night: paintPlazaNight,
  elevator: paintElevator,
  apartment_night: paintApartmentNight,
  memory: paintMemory,
  chat_room: paintChatRoom,
};

/** Background keys that have their own painting (the rest are washes for now). */
export const paintedPlaces = Object.keys(painted) as BackgroundKey[];

/** One painter per background key in the manifest: its painting, or its wash. */
export const backgroundPainters = Object.fromEntries(
  (Object.keys(backgrounds) as BackgroundKey[]).map((key) => [key, painted[key] ?? washFor(key)]),
) as Record<BackgroundKey, BackgroundPainter>;
