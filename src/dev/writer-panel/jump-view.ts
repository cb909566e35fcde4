import { jump } from '../../state/actions';
import { el } from '../../ui/dom';

/** Most matches listed at once; typing more narrows them. */
const SHOWN = 14;

/** Every word typed must appear in the target, in any order: `cave email` finds the_cave.email. */
const matches = (target: string, query: string) =>
  query
    .toLowerCase()
    .split(/[\s.]+/)
    .filter(Boolean)
    .every((word) => target.toLowerCase().includes(word));

/**
 * Jump to any knot or stitch: a search box that filters as you type, a list you move through
 * with the arrow keys, Enter (or a click) to go there.
 */
export class JumpView {
  readonly root = el('section', 'writer-section');
  private readonly input = el('input', 'writer-input');
  private readonly list = el('ul', 'writer-jump-list');
  private selected = 0;
  private shown: string[] = [];

  constructor(private targets: () => string[]) {
    const label = el('label', 'writer-label', 'Jump to a knot or stitch');
    this.input.type = 'search';
    this.input.id = 'writer-jump';
    this.input.placeholder = 'type part of a name: cave email';
    this.input.autocomplete = 'off';
    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-controls', 'writer-jump-list');
    this.input.setAttribute('aria-expanded', 'true');
    label.htmlFor = this.input.id;
    this.list.id = 'writer-jump-list';
    this.list.setAttribute('role', 'listbox');
    this.root.append(label, this.input, this.list);
    this.input.addEventListener('input', () => this.render(0));
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.render(0);
  }

  /** Puts the cursor in the search box. */
  focus(): void {
    this.input.focus();
    this.input.select();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.render(Math.max(0, Math.min(this.shown.length - 1, this.selected + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const target = this.shown[this.selected];
      if (target) this.go(target);
    }
  }

  private go(target: string): void {
    jump(target);
    this.input.value = '';
    this.render(0);
  }

  /** Lists what matches the search box, with `selected` marked. */
  render(selected: number): void {
    const query = this.input.value.trim();
    const all = this.targets();
    const found = query ? all.filter((t) => matches(t, query)) : all;
    this.shown = found.slice(0, SHOWN);
    this.selected = selected;
    this.list.replaceChildren(
      ...this.shown.map((target, i) => {
        const item = el('li', 'writer-jump-item', target);
        item.id = `writer-jump-${i}`;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', String(i === selected));
        item.addEventListener('click', () => this.go(target));
        return item;
      }),
    );
    if (found.length > SHOWN)
      this.list.append(el('li', 'writer-more', `… ${found.length - SHOWN} more: type to narrow`));
    if (found.length === 0)
      this.list.append(el('li', 'writer-more', 'No knot or stitch by that name'));
    this.input.setAttribute(
      'aria-activedescendant',
      this.shown.length ? `writer-jump-${selected}` : '',
    );
  }
}
