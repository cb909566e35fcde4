/** How much of the cave the screen shows, and where the camera looks (pure numbers). */
import { WORLD_H, worldWidth } from './cave-map';

/** World units a landscape screen shows at least: the floor band and some ceiling. */
const VIEW_W = 1500;
const VIEW_H = 860;
/** A phone in portrait still sees this much of the way ahead. */
const MIN_VIEW_W = 560;

/** The camera: its centre in world units and its zoom (screen pixels per world unit). */
export interface CameraView {
  cx: number;
  cy: number;
  zoom: number;
}

/** Zooms are kept on a grid of this step, so the art painted at a zoom is drawn at exactly 1:1. */
const ZOOM_STEP = 20;

/**
 * The zoom for a screen of w × h pixels: fills a landscape screen, keeps the way ahead on a
 * tall one. Snapped to a 1/20 grid (up, so no more than the view is shown; down where the
 * way ahead would shrink), because a software renderer copies a picture drawn at 1:1 but
 * resamples every pixel of one stretched by even 0.4%, which cost a frame in six.
 */
export function zoomFor(w: number, h: number): number {
  const exact = Math.min(w / MIN_VIEW_W, Math.max(h / VIEW_H, w / VIEW_W));
  const up = Math.ceil(exact * ZOOM_STEP - 1e-6) / ZOOM_STEP;
  return w / up >= MIN_VIEW_W - 1e-6 ? up : Math.floor(exact * ZOOM_STEP + 1e-6) / ZOOM_STEP;
}

/**
 * Pixels per world unit to paint the cave's big pictures at, for a screen of w × h: its own
 * zoom (so drawing them is a copy, not a stretch), kept within sensible bounds and rounded so
 * a small resize reuses what is painted.
 */
export function detailFor(w: number, h: number): number {
  return Math.max(0.45, Math.min(1.25, zoomFor(w, h)));
}

/** Parallax: how fast each depth moves with the camera (1 = with the floor). */
export interface Parallax {
  far: number;
  mid: number;
  fore: number;
}

/** Depths for normal play, and flatter ones for players who asked for less motion. */
export function parallaxFor(calm: boolean): Parallax {
  return calm ? { far: 0.75, mid: 0.88, fore: 1.08 } : { far: 0.3, mid: 0.62, fore: 1.32 };
}

/**
 * Where the camera should look to follow a point: a little ahead of where he faces, the floor
 * band low in the frame (kept higher while choices cover the bottom of a tall screen), and
 * never past the ends of the cave.
 */
export function cameraTarget(
  focus: { x: number; y: number },
  facing: number,
  w: number,
  h: number,
  liftForChoices: boolean,
): CameraView {
  const zoom = zoomFor(w, h);
  const halfW = w / zoom / 2;
  const halfH = h / zoom / 2;
  const ahead = Math.min(halfW * 0.35, 220) * facing;
  const cx = Math.max(halfW, Math.min(worldWidth() - halfW, focus.x + ahead));
  // The figures sit a little below the middle; with choices covering the bottom, high up.
  const below = liftForChoices ? halfH * 0.5 : -halfH * 0.12;
  const cy = Math.max(halfH, Math.min(WORLD_H - halfH, focus.y - 60 + below));
  return { cx, cy, zoom };
}

/** Eases the camera toward its target (frame-rate independent). */
export function easeCamera(cam: CameraView, target: CameraView, dt: number, snap: boolean): void {
  const k = snap ? 1 : 1 - Math.exp(-dt * 4.5);
  cam.cx += (target.cx - cam.cx) * k;
  cam.cy += (target.cy - cam.cy) * k;
  cam.zoom = target.zoom;
}

/** The world point under a screen point (a tap), for a screen of w × h pixels. */
export function screenToWorld(p: { x: number; y: number }, cam: CameraView, w: number, h: number) {
  return { x: (p.x - w / 2) / cam.zoom + cam.cx, y: (p.y - h / 2) / cam.zoom + cam.cy };
}
