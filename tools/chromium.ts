import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, headless, with the flags this sandbox needs: the one launch shared by the
 * browser tests, the bench, the fuzz and the soak.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}
