/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';
import { notify } from '../state/session';
import { showUpdateNotice } from '../ui/update-notice';

/** How often a long session asks the server for a new version. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Registers the service worker that keeps the whole game for offline play, and tells the
 * player when a new version is waiting. It never reloads on its own: a reload happens only
 * when this page's player presses Reload. Browser tests (`?test`) run without it unless they
 * opt in with `?test&sw`, so each of them sees the fresh build it just made.
 */
export function startOffline(): void {
  const query = new URLSearchParams(location.search);
  if (!import.meta.env.PROD || (query.has('test') && !query.has('sw'))) return;
  if (!('serviceWorker' in navigator)) return;

  let reloadAsked = false;
  const updateSW = registerSW({
    onNeedRefresh: () =>
      showUpdateNotice(() => {
        reloadAsked = true; // main.ts saves the place on pagehide, so the reload loses nothing
        void updateSW(true);
      }),
    // The new worker took over. If another tab asked for it, this one keeps playing its story
    // and keeps the notice, so the reload is still the player's choice.
    onNeedReload: () => {
      if (reloadAsked) location.reload();
    },
    onOfflineReady: () =>
      notify('Ready to play offline: the whole game is now kept on this device.'),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      setInterval(() => {
        // A check that fails (a flaky network) just waits for the next one.
        if (navigator.onLine && !registration.installing) registration.update().catch(() => {});
      }, CHECK_EVERY_MS);
    },
    onRegisterError: (error: unknown) => console.warn('Offline play is not available:', error),
  });
}
