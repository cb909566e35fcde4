import { rewind } from '../state/actions';
import { toggleAuto, toggleSkip } from '../state/reading';
import { sessionStore, type Session } from '../state/session';
import { openMenu } from '../state/ui';
import { el } from './dom';

/**
 * The small row of buttons under the dialogue box, as in every visual novel: back to the last
 * choice, the backlog, skip, auto, save, load and the menu. Skip and auto show when they are on.
 */
export class QuickMenu {
  readonly root = el('nav', 'quick-menu');
  private readonly back: HTMLButtonElement;
  private readonly skip: HTMLButtonElement;
  private readonly auto: HTMLButtonElement;

  constructor() {
    this.root.setAttribute('aria-label', 'Quick menu');
    this.back = this.button('Back', 'Back to the previous choice', () => void rewind());
    this.skip = this.button('Skip', 'Skip read text', toggleSkip);
    this.auto = this.button('Auto', 'Auto-advance', toggleAuto);
    this.button('Log', 'Log of everything so far (backlog)', () => openMenu('backlog'));
    this.button('Save', 'Save', () => openMenu('save'));
    this.button('Load', 'Load', () => openMenu('load'));
    this.button('Menu', 'Menu', () => openMenu('menu'));
    sessionStore.subscribe((s) => this.render(s));
    this.render(sessionStore.getState());
  }

  private button(label: string, description: string, onClick: () => void): HTMLButtonElement {
    const button = el('button', 'quick-button', label);
    button.type = 'button';
    if (description !== label) button.setAttribute('aria-label', description);
    // A mouse click must not leave focus on the button: Space and Enter belong to reading.
    button.addEventListener('pointerdown', (event) => event.preventDefault());
    button.addEventListener('click', (event) => {
      event.stopPropagation(); // not a click on the scene: it must not also read on
      onClick();
    });
    this.root.append(button);
    return button;
  }

  private render(session: Session): void {
    this.back.disabled = !session.canRewind;
    this.skip.setAttribute('aria-pressed', String(session.mode === 'skip'));
    this.auto.setAttribute('aria-pressed', String(session.mode === 'auto'));
  }
}
