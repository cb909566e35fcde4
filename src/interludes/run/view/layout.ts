/** Where things go on a screen of a given size: the metre in pixels, the ground, him. */
export interface Layout {
  w: number;
  h: number;
  /** Screen pixels a metre. */
  ppu: number;
  /** The line his feet run along. */
  groundY: number;
  /** Where he stays on screen (the world scrolls past him). */
  runnerX: number;
  portrait: boolean;
}

/**
 * Lays the run out for any screen. A person is about a ninth of the screen's height on a
 * desktop; on a phone held upright the metre is set by the width instead (he stays near the
 * left edge, to see a few metres ahead), with the lines above and the floor below.
 */
export function layoutFor(w: number, h: number): Layout {
  const portrait = h > w;
  const ppu = Math.min(140, Math.max(30, Math.min(h / 9, portrait ? w / 7.5 : w / 10)));
  return {
    w,
    h,
    ppu,
    portrait,
    groundY: Math.round(h * (portrait ? 0.64 : 0.8)),
    runnerX: Math.round(w * (portrait ? 0.2 : 0.3)),
  };
}

/** Where a thing at `x` metres sits on screen with the camera at `cam`, in a layer moving at `f`. */
export function screenX(l: Layout, x: number, cam: number, f = 1): number {
  return l.runnerX + (x - cam) * l.ppu * f;
}

/** True if something `width` pixels wide at screen `sx` is (even partly) on screen. */
export function onScreen(l: Layout, sx: number, width: number): boolean {
  return sx + width > -40 && sx - width < l.w + 40;
}
