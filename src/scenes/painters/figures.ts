import type { CastKey } from '../../assets/manifest';
import type { FigurePainter } from './types';
import { paintPaul } from './people/paul';
import { paintCatherine } from './people/catherine';

/**
 * The figures painted so far, with the poses each painter really draws. A cast member or pose
 * the manifest lists without a painting here is left off the stage until it lands, rather
 * than shown in the wrong mood.
 */
export const figurePainters: Partial<
  Record<CastKey, { paint: FigurePainter; poses: readonly string[] }>
> = {
  paul: { paint: paintPaul, poses: ['smile', 'laugh'] },
  catherine: { paint: paintCatherine, poses: ['laughing', 'turned'] },
};
