/** True when the browser can show the game full screen. */
export const canFullscreen = () =>
  typeof document !== 'undefined' && document.fullscreenEnabled === true;

/** Enters or leaves full screen (a key, a button, a setting); does nothing where unsupported. */
export function toggleFullscreen(): void {
  if (!canFullscreen()) return;
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen().catch(() => {});
}
