import { sessionStore } from '../state/session';
import { byId } from './dom';

/**
 * Reads the story aloud to screen readers through an ARIA live region: each new line whole
 * (not letter by letter), then the choices when they appear.
 */
export function mountAnnouncer(): void {
  const region = byId('announcer');
  let lastBeat: unknown = null;
  let lastChoices: unknown = null;
  sessionStore.subscribe(({ view, revealed, screen }) => {
    if (screen !== 'play' || !view) return;
    const parts: string[] = [];
    if (view.beat && view.beat !== lastBeat) {
      lastBeat = view.beat;
      const { speaker, text } = view.beat;
      parts.push(speaker ? `${speaker}: ${text}` : text);
    }
    if (revealed && view.choices && view.choices !== lastChoices) {
      lastChoices = view.choices;
      const list = view.choices.map((c, i) => `${i + 1}: ${c.text}`).join('. ');
      parts.push(`Choose. ${list}`);
    }
    if (parts.length > 0) region.textContent = parts.join(' ');
  });
}
