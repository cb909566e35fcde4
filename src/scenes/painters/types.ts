/** Paints a full background into a 2D context of the given size (always 16:9; designed at 1920×1080). */
export type BackgroundPainter = (
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
) => void;
/** Paints one figure, feet/bust bottom-anchored, on a transparent 2D context (designed at 640×1080). */
export type FigurePainter = (
  ctx: CanvasRenderingContext2D,
  pose: string,
  width: number,
  height: number,
) => void;
