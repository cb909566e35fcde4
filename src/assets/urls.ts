/**
 * Resolves manifest file paths (relative to `assets/`) to the URLs Vite gives them, hashed in
 * production. Browser-only: the manifest itself stays plain data for Node tools.
 */
const urls = import.meta.glob('/assets/audio/**/*.mp3', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The URL of an asset file named in the manifest, or null if the file is missing. */
export function assetUrl(file: string): string | null {
  return urls[`/assets/${file}`] ?? null;
}
