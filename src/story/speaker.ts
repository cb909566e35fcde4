/** A name of one to three capitalised words, then a colon and a space: `Paul: Hello.` */
const SPEAKER_LINE = /^([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}):\s+(.+)$/s;

/**
 * Splits a spoken line into speaker and words. Narration has no prefix and gets speaker null.
 * Only capitalised names count, so narration such as "and then: silence" stays narration.
 */
export function splitSpeaker(line: string): { speaker: string | null; text: string } {
  const match = SPEAKER_LINE.exec(line);
  if (!match) return { speaker: null, text: line };
  return { speaker: match[1] ?? null, text: (match[2] ?? '').trim() };
}
