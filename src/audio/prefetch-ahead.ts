import { ambience, music, sfx } from '../assets/manifest';
import { assetUrl } from '../assets/urls';
import { sessionStore } from '../state/session';
import { currentMapOutline } from '../state/story-outline';

const tables: Record<string, Record<string, { file: string }>> = { music, ambience, sfx };

/** The URL of a sound the outline names as `kind:key`, or null if the manifest has none. */
function urlOf(sound: string): string | null {
  const [kind = '', key = ''] = sound.split(':');
  const entry = tables[kind]?.[key];
  return entry ? assetUrl(entry.file) : null;
}

/** Asks the browser for `url` at its lowest priority, into its cache, for later. */
function prefetch(url: string): void {
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = url;
  // Once fetched (or not), the request is the browser's to keep: the element can go.
  link.onload = link.onerror = () => link.remove();
  document.head.append(link);
}

/**
 * While a chapter plays, fetches the next chapter's sounds in the background, so its music
 * starts on cue where no service worker holds the game yet (a first visit, before the worker
 * has everything) or at all (a browser without one). Each file is asked for once; nothing is
 * fetched ahead for a player who has asked their browser to save data.
 */
export function prefetchChapterAhead(): void {
  const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData) return;
  const asked = new Set<string>();
  let chapter: string | null = null;
  sessionStore.subscribe(({ view }) => {
    const id = view?.stage.chapter?.id ?? null;
    if (id === chapter) return;
    chapter = id;
    if (id === null) return;
    const chapters = currentMapOutline().chapters;
    const at = chapters.findIndex((c) => c.id === id);
    const next = at < 0 ? undefined : chapters[at + 1];
    for (const sound of next?.sounds ?? []) {
      const url = urlOf(sound);
      if (url === null || asked.has(url)) continue;
      asked.add(url);
      prefetch(url);
    }
  });
}
