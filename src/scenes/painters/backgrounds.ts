import type { BackgroundKey } from '../../assets/manifest';
import type { BackgroundPainter } from './types';
import { paintOffice } from './places/office';
import { paintPlazaNight } from './places/plaza-night';
import { paintElevator } from './places/elevator';
import { paintApartmentNight } from './places/apartment-night';
import { paintMemory } from './places/memory';
import { paintChatRoom } from './places/chat-room';

/** One painter per background key in the manifest; the Record type makes a missing place a type error. */
export const backgroundPainters: Record<BackgroundKey, BackgroundPainter> = {
  office: paintOffice,
  plaza_night: paintPlazaNight,
  elevator: paintElevator,
  apartment_night: paintApartmentNight,
  memory: paintMemory,
  chat_room: paintChatRoom,
};
