const GRAWLIX = '#@!%&*$';

/**
 * Turns strong words into a grawlix of the same length unless strong language is on. The
 * symbols depend only on the word, so the same curse always looks the same (and replays,
 * saves and tests see identical text).
 */
export function filterLanguage(words: string, strongLanguage: boolean): string {
  if (strongLanguage) return words;
  let seed = 0;
  for (const ch of words) seed = (seed * 31 + ch.charCodeAt(0)) >>> 0;
  return words.replace(/[A-Za-z]/g, () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return GRAWLIX[(seed >>> 16) % GRAWLIX.length] ?? '#';
  });
}
