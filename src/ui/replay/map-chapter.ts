import { speakers } from '../../assets/manifest';
import type { ChapterView, PointView } from '../../state/story-map';
import { splitSpeaker } from '../../story/speaker';
import { el } from '../dom';

/** What a chapter row can ask for: play it from its start, or go back to a choice in it. */
export interface ChapterIntents {
  toggle(id: string): void;
  start(chapter: ChapterView): void;
  rewind(ordinal: number): void;
}

/** A small bar of how much of something is explored. */
export function meter(explored: number, total: number, label: string): HTMLElement {
  const bar = el('span', 'map-meter');
  bar.setAttribute('role', 'img');
  bar.setAttribute('aria-label', label);
  const fill = el('span', 'map-meter-fill');
  fill.style.width = `${total === 0 ? 0 : Math.round((explored / total) * 100)}%`;
  bar.append(fill);
  return bar;
}

/** A button with a `data-key`, so a redraw can give it focus back. */
function button(label: string, key: string, className: string, onClick: () => void) {
  const b = el('button', className, label);
  b.type = 'button';
  b.dataset.key = key;
  b.addEventListener('click', onClick);
  return b;
}

/** The line a choice answers, its speaker's name in their colour as in the backlog. */
function prompt(line: string): HTMLElement {
  const { speaker, text } = splitSpeaker(line);
  const p = el('p', 'map-prompt');
  if (speaker) {
    const name = el('span', 'map-speaker', speaker);
    const color = (speakers as Record<string, { color: string }>)[speaker]?.color;
    if (color) name.style.setProperty('--speaker-color', color);
    p.append(name);
  }
  p.append(el('q', 'map-words', text));
  return p;
}

/** One choice point: what it answers, its options (seen, taken now, not yet, locked). */
function point(view: PointView, number: number, intents: ChapterIntents): HTMLElement {
  const item = el('li', `map-point${view.waiting ? ' is-waiting' : ''}`);
  const head = el('div', 'map-point-head');
  head.append(el('span', 'map-point-count', `${view.explored} of ${view.total} explored`));
  if (view.waiting) head.append(el('span', 'map-badge', 'Now'));
  if (view.rewindTo !== null) {
    const back = button('Rewind here', `rewind-${view.id}`, 'map-action', () =>
      intents.rewind(view.rewindTo!),
    );
    back.setAttribute(
      'aria-label',
      `Rewind here: choice ${number}, ${view.prompt ?? 'in this chapter'}`,
    );
    head.append(back);
  }
  item.append(head);
  if (view.prompt) item.append(prompt(view.prompt));
  const options = el('ul', 'map-options');
  for (const option of view.options) {
    const state = option.taken
      ? 'taken'
      : option.explored
        ? 'explored'
        : option.locked
          ? 'locked'
          : 'open';
    const row = el('li', `map-option is-${state}`);
    row.append(el('span', 'map-option-mark'));
    const words = option.locked ? 'An option your earlier choices can unlock' : option.text;
    row.append(el('span', 'map-option-text', words));
    const said = {
      taken: 'your path now',
      explored: 'explored',
      locked: 'locked',
      open: 'not yet taken',
    };
    row.append(el('span', 'visually-hidden', ` (${said[state]})`));
    if (option.taken) row.append(el('span', 'map-badge is-path', 'This time'));
    options.append(row);
  }
  item.append(options);
  return item;
}

/** A chapter on the map: its node, title and progress, and (opened) its choice points. */
export function chapterRow(view: ChapterView, open: boolean, intents: ChapterIntents): HTMLElement {
  const state = view.current ? 'current' : view.reached ? 'reached' : 'unreached';
  const row = el('li', `map-chapter is-${state}`);
  row.append(el('span', 'map-node'));
  const body = el('div', 'map-chapter-body');
  const kicker = view.number === 0 ? 'Prologue' : `Chapter ${view.number}`;
  const head = el('div', 'map-chapter-head');
  const titles = el('div', 'map-chapter-titles');
  titles.append(el('span', 'map-kicker', view.current ? `${kicker} · You are here` : kicker));
  titles.append(el('h3', 'map-chapter-title', view.reached ? view.title : 'Not reached yet'));
  const stats = el('p', 'map-chapter-stats');
  const of = `${view.explored} of ${view.total} choices explored`;
  stats.append(
    meter(view.explored, view.total, of),
    el('span', '', view.reached ? of : `${view.points.length} choice points ahead`),
  );
  titles.append(stats);
  head.append(titles);
  const tools = el('div', 'map-chapter-tools');
  if (view.reached && view.points.length > 0) {
    const toggle = button(
      open ? 'Hide choices' : 'Show choices',
      `toggle-${view.id}`,
      'map-action',
      () => intents.toggle(view.id),
    );
    toggle.setAttribute('aria-expanded', String(open));
    toggle.setAttribute('aria-controls', `map-points-${view.id}`);
    tools.append(toggle);
  }
  if (view.canStart) {
    const start = button('Play from here', `start-${view.id}`, 'map-action is-primary', () =>
      intents.start(view),
    );
    start.setAttribute('aria-label', `Play from here: “${view.title}” from its start`);
    tools.append(start);
  }
  head.append(tools);
  body.append(head);
  if (open && view.reached) {
    const points = el('ol', 'map-points');
    points.id = `map-points-${view.id}`;
    points.append(...view.points.map((p, i) => point(p, i + 1, intents)));
    body.append(points);
  }
  row.append(body);
  return row;
}
