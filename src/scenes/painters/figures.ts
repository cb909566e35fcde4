import type { CastKey } from '../../assets/manifest';
import type { FigurePainter } from './types';
import { paintPaul } from './people/paul';
import { paintCatherine } from './people/catherine';
import { paintAmy } from './people/amy';
import { paintCharles } from './people/charles';
import { paintTatiana } from './people/tatiana';
import { paintDate } from './people/date';
import { paintIsabella } from './people/isabella';
import { paintJocelyn } from './people/jocelyn';

/**
 * The figures painted so far, with the poses each painter really draws. A cast member or pose
 * the manifest lists without a painting here is left off the stage until it lands, rather
 * than shown in the wrong mood.
 */
export const figurePainters: Partial<
  Record<CastKey, { paint: FigurePainter; poses: readonly string[] }>
> = {
  paul: { paint: paintPaul, poses: ['smile', 'laugh'] },
  catherine: { paint: paintCatherine, poses: ['laughing', 'turned', 'sharp', 'hurt'] },
  amy: { paint: paintAmy, poses: ['smile', 'sad', 'laugh', 'thinking'] },
  charles: { paint: paintCharles, poses: ['talk', 'smug'] },
  tatiana: { paint: paintTatiana, poses: ['smile', 'laugh'] },
  date: { paint: paintDate, poses: ['smile', 'flirt', 'hurt'] },
  isabella: { paint: paintIsabella, poses: ['shy', 'tears'] },
  jocelyn: { paint: paintJocelyn, poses: ['happy', 'toast'] },
};
