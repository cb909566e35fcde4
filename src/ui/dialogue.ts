import { speakers } from '../assets/manifest';
import { el } from './dom';
import { Typewriter } from './typewriter';

/** The colour of a speaker's name plate (from the manifest; a warm default for others). */
export const speakerColor = (name: string) =>
  (speakers as Record<string, { color: string }>)[name]?.color ?? '#f6d7c3';

/** The dialogue box: a name plate for the speaker and the line, typed out. */
export class DialogueBox {
  readonly root = el('div', 'dialogue');
  readonly typewriter: Typewriter;
  private readonly nameplate = el('div', 'nameplate');
  private readonly line = el('p', 'line');
  private readonly hint = el('div', 'advance-hint');

  constructor() {
    this.hint.setAttribute('aria-hidden', 'true');
    this.root.append(this.nameplate, this.line, this.hint);
    this.typewriter = new Typewriter(this.line);
  }

  /** Shows who speaks (narration hides the plate and sets the line in italics-free narration style). */
  setSpeaker(name: string | null): void {
    this.nameplate.textContent = name ?? '';
    this.nameplate.hidden = name === null;
    this.root.classList.toggle('is-narration', name === null);
    this.root.style.setProperty('--speaker-color', name ? speakerColor(name) : 'transparent');
  }

  /** Shows or hides the whole box (hidden while a letter line is written on paper). */
  setVisible(visible: boolean): void {
    this.root.hidden = !visible;
  }

  /** Shows the "click to continue" mark once the line is complete and nothing else waits. */
  setWaiting(waiting: boolean): void {
    this.root.classList.toggle('is-waiting', waiting);
  }
}
