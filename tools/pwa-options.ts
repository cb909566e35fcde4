import type { VitePWAOptions } from 'vite-plugin-pwa';

/** Every file of the built game worth keeping offline: shell, chunks, fonts, icons and sound. */
const PRECACHE = ['**/*.{html,js,css,woff2,png,svg,webmanifest,mp3}'];

/**
 * vite-plugin-pwa settings: a generated service worker that precaches the whole build at the
 * first visit, so every later chapter, interlude and sound plays offline. Updates wait for the
 * player (registerType 'prompt', no skipWaiting): src/pwa/register.ts shows the notice.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  injectRegister: false, // src/pwa/register.ts registers, after first paint and not in tests
  manifest: false, // public/app.webmanifest (written by tools/icons) is linked from index.html
  workbox: {
    globPatterns: PRECACHE,
    // .woff twins of the OpenDyslexic files are never chosen by a browser that runs a worker;
    // the writer's panel (src/dev, only with ?test) must cost a player nothing.
    globIgnores: ['**/*.woff', '**/writer-*.{js,css}'],
    // The Phaser + art chunk is about 1.5 MB, the longest music loops about 0.5 MB.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // The page is static: ?test, ?renderer=… and the like all mean the same index.html.
    ignoreURLParametersMatching: [/.*/],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    skipWaiting: false,
    clientsClaim: false,
  },
};
