import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The game's Content-Security-Policy. Everything comes from the page's own origin; the only
 * exceptions are what the engines make in memory: Phaser's built-in textures and the save
 * thumbnails are `data:` images, and howler unlocks and releases audio with a `data:` WAV.
 * `frame-ancestors` is left out because a <meta> policy cannot carry it (and game portals
 * embed the game in a frame).
 */
export function contentSecurityPolicy(inlineStyleHashes: string[] = []): string {
  const styles = ["'self'", ...inlineStyleHashes.map((h) => `'${h}'`)];
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src ${styles.join(' ')}`,
    "img-src 'self' data:",
    "media-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The CSP source expression for an inline block's text, as browsers hash it. */
function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Writes the policy into the built index.html as a <meta http-equiv>, right after the charset
 * so it governs every tag after it. The first-paint <style> stays inline (the title must paint
 * before any file arrives), so it is allowed by its hash, recomputed on every build. Inline
 * scripts are refused at build time: the policy never allows them.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'her-csp',
    apply: 'build', // the dev server injects styles and its client inline; only the build ships
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const inlineScript = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/i.exec(html);
        if (inlineScript?.[1]?.trim()) {
          throw new Error('index.html has an inline <script>; the CSP allows only files.');
        }
        const hashes = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) =>
          sha256(m[1] ?? ''),
        );
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html))
          throw new Error('index.html needs <meta charset> first in <head>.');
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}" />`;
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
  };
}
