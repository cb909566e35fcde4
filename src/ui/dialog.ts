import { el } from './dom';

let nextId = 1;

/**
 * A modal screen over the game, built on the native <dialog>: the page behind becomes inert
 * (focus cannot leave), Escape closes it, it is labelled by its heading for screen readers,
 * and focus goes back to where it was when it closes.
 */
export class Dialog {
  readonly root = el('dialog', 'dialog');
  /** Where the screen's content goes. */
  readonly body = el('div', 'dialog-body');
  private readonly heading = el('h2', 'dialog-title');
  private returnFocus: HTMLElement | null = null;
  /** Whether the game means this dialog to be open. */
  private wanted = false;

  constructor(
    title: string,
    private readonly onCloseRequest: () => void,
    className = '',
  ) {
    if (className) this.root.classList.add(className);
    this.heading.id = `dialog-title-${nextId++}`;
    this.heading.textContent = title;
    this.root.setAttribute('aria-labelledby', this.heading.id);
    const close = el('button', 'dialog-close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', `Close ${title}`);
    close.addEventListener('click', () => this.onCloseRequest());
    const header = el('header', 'dialog-header');
    header.append(this.heading, close);
    this.root.append(header, this.body);
    // Escape asks to close; the store decides (so a confirmation can come first).
    this.root.addEventListener('cancel', (event) => {
      event.preventDefault();
      this.onCloseRequest();
    });
    // The browser may close a dialog itself (Escape pressed twice quickly skips 'cancel'):
    // tell the store, so what it says is open stays what is open.
    // ('close' arrives later, as a task: `wanted` says whether we closed it ourselves.)
    this.root.addEventListener('close', () => {
      if (!this.wanted) return;
      this.wanted = false;
      this.onCloseRequest();
    });
    // Clicks inside a dialog never reach the reading screen underneath.
    this.root.addEventListener('click', (event) => event.stopPropagation());
    document.body.append(this.root);
  }

  /** Whether the dialog is on screen. */
  get isOpen(): boolean {
    return this.root.open;
  }

  /** Changes the heading (the save screen is "Save" or "Load"). */
  setTitle(title: string): void {
    this.heading.textContent = title;
  }

  /** Shows the dialog and moves focus to its first control (or `focus`). */
  open(focus?: HTMLElement | null): void {
    this.wanted = true;
    if (!this.root.open) {
      this.returnFocus =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      this.root.showModal();
    }
    (focus ?? this.firstControl())?.focus();
  }

  /** Hides the dialog and gives focus back to what had it before. */
  close(): void {
    if (!this.root.open) return;
    this.wanted = false;
    this.root.close();
    if (this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  private firstControl(): HTMLElement | null {
    const controls = this.body.querySelectorAll<HTMLElement>(
      'button:not([disabled]), input, select, [tabindex="0"]',
    );
    return [...controls].find((c) => c.offsetParent !== null) ?? null; // skip hidden sections
  }
}

/** A button with a label, for menus. */
export function menuButton(
  label: string,
  onClick: () => void,
  className = 'menu-item',
): HTMLButtonElement {
  const button = el('button', className, label);
  button.type = 'button';
  button.addEventListener('click', onClick);
  return button;
}
