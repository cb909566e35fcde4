import { setStoryVariable, storyVariableTable } from '../../state/writer-actions';
import type { VariableValue } from '../../story/types';
import { el } from '../../ui/dom';

type Row = ReturnType<typeof storyVariableTable>[number];

/** An editor for one variable, by the type of its value; changes apply at once. */
function editor(row: Row): HTMLElement {
  const id = `writer-var-${row.name}`;
  if (row.items) {
    const group = el('div', 'writer-list');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', row.name);
    const held = new Set(Array.isArray(row.value) ? row.value : []);
    for (const item of row.items) {
      const box = el('input');
      box.type = 'checkbox';
      box.checked = held.has(item);
      box.addEventListener('change', () => {
        const next = row.items!.filter((i) => (i === item ? box.checked : held.has(i)));
        setStoryVariable(row.name, next);
      });
      const label = el('label', 'writer-check');
      label.append(box, ` ${item.split('.').pop()}`);
      group.append(label);
    }
    return group;
  }
  const input = el('input', 'writer-input');
  input.id = id;
  input.setAttribute('aria-label', row.name);
  if (typeof row.value === 'boolean') {
    input.type = 'checkbox';
    input.checked = row.value;
    input.addEventListener('change', () => setStoryVariable(row.name, input.checked));
    return input;
  }
  const numeric = typeof row.value === 'number';
  input.type = numeric ? 'number' : 'text';
  input.value = String(row.value ?? '');
  input.addEventListener('change', () => {
    const value: VariableValue = numeric ? Number(input.value) : input.value;
    if (numeric && Number.isNaN(value)) return;
    setStoryVariable(row.name, value);
  });
  return input;
}

/**
 * Every ink variable with its value, editable: numbers and text in fields, true/false as a
 * checkbox, a LIST as one checkbox per item. A filter narrows a long list.
 */
export class VariablesView {
  readonly root = el('section', 'writer-section');
  private readonly filter = el('input', 'writer-input');
  private readonly table = el('div', 'writer-vars');
  private last = '';

  constructor() {
    const label = el('label', 'writer-label', 'Ink variables (edit to change the story from here)');
    this.filter.type = 'search';
    this.filter.id = 'writer-var-filter';
    this.filter.placeholder = 'filter: trust, regrets…';
    label.htmlFor = this.filter.id;
    this.root.append(label, this.filter, this.table);
    this.filter.addEventListener('input', () => this.render(true));
  }

  /** Redraws the table if any value changed (never under a field being typed in). */
  render(force = false): void {
    const rows = storyVariableTable();
    const signature = JSON.stringify(rows.map((r) => [r.name, r.value]));
    if (!force && (signature === this.last || this.table.contains(document.activeElement))) return;
    this.last = signature;
    const query = this.filter.value.trim().toLowerCase();
    this.table.replaceChildren(
      ...rows
        .filter((r) => !query || r.name.toLowerCase().includes(query))
        .map((row) => {
          const line = el('div', 'writer-var');
          const name = el('label', 'writer-var-name', row.name);
          name.htmlFor = `writer-var-${row.name}`;
          line.dataset.name = row.name;
          line.append(name, editor(row));
          return line;
        }),
    );
  }
}
