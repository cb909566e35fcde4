import { endings } from '../../assets/manifest';

/** What a letter is, for labels: its words, its kind, and where and when it ended. */
export interface LetterLike {
  kind: string;
  lines: readonly string[];
  date?: string;
  ending?: string | null;
}

/** What kind of letter it is, in words. */
const KINDS: Record<string, string> = {
  client: 'A client’s anniversary letter',
  apology: 'An apology',
  plea: 'A plea',
  polished: 'A polished letter',
};

/** Who the letter is to, from its greeting ("My dearest Ada," → "To Ada"). */
export function letterTitle(letter: LetterLike): string {
  const greeting = letter.lines[0] ?? '';
  const name = /^(?:my\s+)?(?:dear(?:est)?\s+)(.+?)[,.]?$/i.exec(greeting.trim())?.[1];
  return name ? `To ${name}` : 'A letter';
}

/** The letter's kind in words. */
export function letterKind(letter: LetterLike): string {
  return KINDS[letter.kind] ?? 'A letter';
}

/** An ending's title (its id if the manifest does not know it). */
export function endingTitle(id: string): string {
  return (endings as Record<string, string>)[id] ?? id.replace(/_/g, ' ');
}

/** A date as the book shows it: "12 May 2026". */
export function longDate(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** One line under a letter: the ending it led to and the date, or the date alone. */
export function letterCaption(letter: LetterLike): string {
  const when = longDate(letter.date);
  const ending = letter.ending ? `Ending: ${endingTitle(letter.ending)}` : 'No ending reached yet';
  return [ending, when].filter(Boolean).join(' · ');
}

/** The caption written at the foot of the saved image and the printed page. */
export function keepsakeCaption(letter: LetterLike): string {
  return [
    'Her — Letters from Your Life',
    letter.ending ? endingTitle(letter.ending) : '',
    longDate(letter.date),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A file name for the letter: `letter-to-catherine-2026-05-12.png`. */
export function letterFileName(letter: LetterLike): string {
  const slug = letterTitle(letter)
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
  const day = (letter.date ?? new Date().toISOString()).slice(0, 10);
  return `letter-${slug}-${day}.png`;
}
