import { interludeHud, pickInterludeChoice, type InterludeHud } from '../state/interlude-hud';
import { openMenu } from '../state/ui';
import { el } from './dom';
import { speakerColor } from './dialogue';

/** How long after options appear a keyboard click on the focused one is taken as stray. */
const KEY_GRACE_MS = 450;

/**
 * The DOM over a running interlude: the latest line (a heckle, a direction) in a speech
 * panel, in-game choices as real buttons (click, tap, 1–4, arrows and Enter), the controls
 * hint, and a pause button for touch. It renders the interlude HUD store and sends intents.
 */
export class InterludeHudView {
  readonly root = el('div', 'interlude-hud');
  private readonly speech = el('div', 'interlude-line');
  private readonly speaker = el('span', 'nameplate');
  private readonly text = el('p', 'line');
  private readonly options = el('div', 'choices interlude-choices');
  private readonly hint = el('p', 'interlude-hint');
  private shownChoices: string[] | null = null;
  private choicesShownAt = 0;

  constructor() {
    const pause = el('button', 'interlude-pause', 'Pause');
    pause.type = 'button';
    pause.setAttribute('aria-label', 'Pause (Escape)');
    pause.addEventListener('click', (event) => {
      event.stopPropagation();
      openMenu('menu');
    });
    this.speech.setAttribute('aria-live', 'polite');
    this.speech.append(this.speaker, this.text);
    this.options.setAttribute('role', 'group');
    this.options.setAttribute('aria-label', 'Choices');
    this.root.append(pause, this.speech, this.options, this.hint);
    this.root.hidden = true;
    this.root.addEventListener('click', (event) => event.stopPropagation());
    interludeHud.subscribe((hud) => this.render(hud));
    this.render(interludeHud.getState());
  }

  /** Shows or hides the HUD (while an interlude runs). */
  setVisible(visible: boolean): void {
    this.root.hidden = !visible;
  }

  /** Number keys and arrows act on the options while a choice is on screen (from keyboard.ts). */
  onKey(event: KeyboardEvent): boolean {
    if (!this.shownChoices) return false;
    const buttons = [...this.options.querySelectorAll('button')];
    if (/^[1-9]$/.test(event.key) && Number(event.key) <= buttons.length) {
      pickInterludeChoice(Number(event.key) - 1);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      buttons[(at + step + buttons.length) % buttons.length]?.focus();
    } else return false;
    event.preventDefault();
    return true;
  }

  private render(hud: InterludeHud): void {
    this.speech.hidden = !hud.line;
    if (hud.line) {
      this.speaker.hidden = !hud.line.speaker;
      this.speaker.textContent = hud.line.speaker ?? '';
      this.speech.style.setProperty('--speaker-color', speakerColor(hud.line.speaker ?? ''));
      this.speech.classList.toggle('is-narration', !hud.line.speaker);
      this.text.textContent = hud.line.text;
    }
    this.hint.hidden = !hud.hint;
    this.hint.textContent = hud.hint ?? '';
    if (hud.choices === this.shownChoices) return;
    this.shownChoices = hud.choices;
    this.options.hidden = !hud.choices;
    this.options.replaceChildren(
      ...(hud.choices ?? []).map((text, i) => {
        const button = el('button', 'choice');
        button.type = 'button';
        button.append(el('span', 'choice-key', String(i + 1)), el('span', 'choice-text', text));
        button.addEventListener('click', (event) => {
          event.stopPropagation();
          // A Space or Enter already on its way (a jump, a line read on) must not pick the
          // option that just took focus; keyboard clicks have detail 0.
          if (event.detail === 0 && performance.now() - this.choicesShownAt < KEY_GRACE_MS) return;
          pickInterludeChoice(i);
        });
        return button;
      }),
    );
    this.choicesShownAt = performance.now();
    this.options.querySelector('button')?.focus({ preventScroll: true });
  }
}
