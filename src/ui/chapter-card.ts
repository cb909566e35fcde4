import { el } from './dom';

/** The chapter title that fades in over the scene when a chapter begins. */
export class ChapterCard {
  readonly root = el('div', 'chapter-card');
  private readonly title = el('p', 'chapter-title');
  private timer = 0;

  constructor() {
    this.root.setAttribute('aria-hidden', 'true');
    this.root.append(this.title);
  }

  /** Shows `title` for a few seconds. */
  show(title: string): void {
    this.title.textContent = title;
    this.root.classList.remove('is-visible');
    void this.root.offsetWidth; // Restart the CSS animation when chapters follow each other.
    this.root.classList.add('is-visible');
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.root.classList.remove('is-visible'), 3200);
  }
}
