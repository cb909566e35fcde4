import { sessionStore } from '../state/session';
import { settingsStore } from '../state/settings';
import type { Beat, ChoiceOption } from '../story/types';

const NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** The browser's speech engine, or null where there is none (some webviews, old browsers). */
function engine(): SpeechSynthesis | null {
  try {
    const available =
      typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance === 'function';
    return available ? speechSynthesis : null;
  } catch {
    return null;
  }
}

/** Speaks `text`, after what is being said or (with `interrupt`) instead of it. */
function say(text: string, interrupt: boolean): void {
  const speech = engine();
  try {
    if (interrupt) speech?.cancel();
    if (!speech || !text.trim()) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || 'en';
    utterance.volume = settingsStore.getState().masterVolume;
    speech.speak(utterance);
  } catch {
    // Speech is a help, not the game: a broken voice must never stop the reading.
  }
}

const lineText = (beat: Beat) => (beat.speaker ? `${beat.speaker}. ${beat.text}` : beat.text);
const choicesText = (choices: readonly ChoiceOption[]) =>
  `Choices: ${choices.map((c, i) => `${NUMBERS[i] ?? i + 1}, ${c.text}`).join('; ')}.`;

/**
 * Reads the story aloud with speech synthesis while "Read aloud" is on: each new line
 * (speaker, then words) as it appears, then the choices once the line is shown. A new line
 * cuts off the old one; turning it off, skipping or the title screen silence it.
 */
export function startReadAloud(): void {
  if (!engine()) return;
  let spokenBeat: Beat | null = null;
  let spokenChoices: readonly ChoiceOption[] | null = null;
  let speaking = false;

  const update = () => {
    const { screen, view, revealed, mode } = sessionStore.getState();
    const listening = settingsStore.getState().readAloud && screen === 'play' && mode !== 'skip';
    if (!listening || !view) {
      if (speaking) say('', true);
      speaking = false;
      // What is on screen now counts as heard, so switching back on never reads it twice.
      spokenBeat = view?.beat ?? null;
      spokenChoices = view?.choices ?? null;
      return;
    }
    if (view.beat && view.beat !== spokenBeat) {
      spokenBeat = view.beat;
      spokenChoices = null;
      say(lineText(view.beat), true);
      speaking = true;
    }
    if (revealed && view.choices && view.choices !== spokenChoices) {
      spokenChoices = view.choices;
      say(choicesText(view.choices), false);
      speaking = true;
    }
  };
  sessionStore.subscribe(update);
  settingsStore.subscribe(update);
  update();
}
