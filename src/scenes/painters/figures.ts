import type { CastKey } from '../../assets/manifest';
import type { FigurePainter } from './types';
import { paintPaul } from './people/paul';
import { paintCatherine } from './people/catherine';

/** One painter per cast member in the manifest; each honours that member's listed poses. */
export const figurePainters: Record<CastKey, FigurePainter> = {
  paul: paintPaul,
  catherine: paintCatherine,
};
