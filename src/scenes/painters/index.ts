/** Code-painted art: every background and figure the story can name, as Canvas 2D painters. */
export type { BackgroundPainter, FigurePainter } from './types';
export { backgroundPainters, paintedPlaces } from './backgrounds';
export { figurePainters } from './figures';
