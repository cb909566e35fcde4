import { choose } from '../state/actions';
import type { ChoiceOption } from '../story/types';
import { el } from './dom';

/** The list of options: click or tap, number keys, or arrows then Enter. */
export class ChoiceList {
  readonly root = el('div', 'choices');
  private options: readonly ChoiceOption[] | null = null;

  constructor() {
    this.root.setAttribute('role', 'group');
    this.root.setAttribute('aria-label', 'Choices');
    this.root.hidden = true;
  }

  /** Shows these options (null hides the list); `asLetter` styles them as phrases on paper. */
  show(options: readonly ChoiceOption[] | null, asLetter: boolean): void {
    if (options === this.options) return;
    this.options = options;
    this.root.hidden = !options;
    this.root.classList.toggle('as-letter', asLetter);
    if (!options) return this.root.replaceChildren();
    this.root.replaceChildren(
      ...options.map((option, i) => {
        const button = el('button', 'choice');
        button.type = 'button';
        button.dataset.position = String(i);
        button.append(
          el('span', 'choice-key', String(i + 1)),
          el('span', 'choice-text', option.text),
        );
        button.addEventListener('click', (event) => {
          event.stopPropagation();
          choose(i);
        });
        return button;
      }),
    );
    this.buttons()[0]?.focus({ preventScroll: true });
  }

  /** Picks option `n` (1-based, as printed on the button) if it is on offer. */
  pickNumber(n: number): boolean {
    if (!this.options || n < 1 || n > this.options.length) return false;
    choose(n - 1);
    return true;
  }

  /** Moves keyboard focus up or down the list, wrapping around. */
  moveFocus(delta: number): void {
    const buttons = this.buttons();
    if (buttons.length === 0) return;
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = at < 0 ? 0 : (at + delta + buttons.length) % buttons.length;
    buttons[next]?.focus();
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('button.choice')];
  }
}
