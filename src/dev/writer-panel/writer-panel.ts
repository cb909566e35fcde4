import './writer.css';
import { currentPlaythrough, currentStory } from '../../state/runtime';
import { notify, sessionStore } from '../../state/session';
import {
  reapplyVariableEdits,
  reloadCurrentStory,
  replayLastChoices,
} from '../../state/writer-actions';
import { el } from '../../ui/dom';
import { chapterOfKnots, jumpTargets } from './flows';
import { JumpView } from './jump-view';
import { TagOverlay } from './tag-overlay';
import { VariablesView } from './variables-view';

/**
 * The writer's panel over the game (dev server and `?test` only, loaded on first use): where
 * the story is, jump anywhere, replay the last choices, every ink variable editable, a tag
 * overlay, reload. Keys typed here stay here: the game's own keys do not fire.
 */
class WriterPanel {
  private readonly root = el('aside', 'writer-panel');
  private readonly where = el('dl', 'writer-where');
  private readonly jump: JumpView;
  private readonly vars = new VariablesView();
  private readonly overlay = new TagOverlay();
  private targets = {
    hash: '',
    list: [] as string[],
    chapters: new Map<string, { id: string; title: string }>(),
  };
  private hash = currentStory().hash;
  private returnFocus: Element | null = null;

  constructor() {
    this.root.id = 'writer-panel';
    this.root.setAttribute('role', 'complementary');
    this.root.setAttribute('aria-label', "Writer's panel");
    this.root.hidden = true;
    this.jump = new JumpView(() => this.jumpTargets());
    const header = el('header', 'writer-header');
    const close = el('button', 'writer-button', 'Close (F9)');
    close.addEventListener('click', () => this.toggle(false));
    header.append(el('h2', 'writer-title', "Writer's panel"), close);
    this.root.append(
      header,
      this.where,
      this.jump.root,
      this.replayBlock(),
      this.vars.root,
      this.options(),
    );
    // The game reads keys on window: stop them here, so typing "s" in a field is not Skip.
    this.root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' || event.key === 'F9') {
        event.preventDefault();
        this.toggle(false);
      }
      event.stopPropagation();
    });
    document.body.append(this.root);
    sessionStore.subscribe(() => this.refresh());
  }

  /** Opens or closes the panel. */
  toggle(open = this.root.hidden): void {
    if (open === !this.root.hidden) return;
    this.root.hidden = !open;
    if (open) {
      this.returnFocus = document.activeElement;
      this.refresh(true);
      this.jump.focus();
    } else if (this.returnFocus instanceof HTMLElement) this.returnFocus.focus();
  }

  private jumpTargets(): string[] {
    return this.story().list;
  }

  /** What the panel reads from the compiled story, read again when the story changes. */
  private story(): typeof this.targets {
    const { compiled, hash } = currentStory();
    if (this.targets.hash !== hash)
      this.targets = { hash, list: jumpTargets(compiled), chapters: chapterOfKnots(compiled) };
    return this.targets;
  }

  private replayBlock(): HTMLElement {
    const section = el('section', 'writer-section writer-row');
    const count = el('input', 'writer-input writer-count');
    count.type = 'number';
    count.min = '1';
    count.max = '50';
    count.value = '3';
    count.id = 'writer-replay-count';
    count.setAttribute('aria-label', 'How many choices to replay');
    const button = el('button', 'writer-button', 'Replay the last choices');
    button.id = 'writer-replay';
    button.addEventListener('click', () => {
      const n = replayLastChoices(Math.max(1, Number(count.value) || 1));
      if (n > 0) notify(`Replayed the last ${n === 1 ? 'choice' : `${n} choices`}.`);
    });
    section.append(button, count);
    return section;
  }

  private options(): HTMLElement {
    const section = el('section', 'writer-section writer-row');
    const toggle = el('input');
    toggle.type = 'checkbox';
    toggle.id = 'writer-tag-overlay';
    toggle.addEventListener('change', () => this.overlay.toggle(toggle.checked));
    const label = el('label', 'writer-check', ' Tag overlay');
    label.prepend(toggle);
    const reload = el('button', 'writer-button', 'Reload story');
    reload.id = 'writer-reload';
    reload.title = 'Rebuild the playthrough and replay your route to this line';
    reload.addEventListener('click', reloadCurrentStory);
    section.append(label, reload);
    return section;
  }

  /** Shows where the story is now; after a hot reload, puts the writer's variable edits back. */
  private refresh(force = false): void {
    const hash = currentStory().hash;
    if (hash !== this.hash) {
      this.hash = hash;
      const kept = reapplyVariableEdits();
      if (kept.length) notify(`Kept your variable edits after the reload: ${kept.join(', ')}.`);
    }
    if (this.root.hidden) return;
    const view = sessionStore.getState().view;
    const path = view?.beat?.path ?? null;
    // The chapter whose knot this is (a jump skips the chapter's tag), else the last one shown.
    const chapter = this.story().chapters.get(path?.split('.')[0] ?? '') ?? view?.stage.chapter;
    const rows: [string, string][] = [
      ['Chapter', chapter ? `${chapter.title} (${chapter.id})` : '—'],
      [
        'Knot, stitch',
        path
          ? path
              .split('.')
              .filter((p) => !/^\d+$/.test(p))
              .join('.')
          : '—',
      ],
      ['Ink path', path ?? '—'],
      ['Choices made', String(currentPlaythrough()?.engine.choiceLog.length ?? 0)],
      ['Story', hash],
    ];
    this.where.replaceChildren(
      ...rows.flatMap(([term, value]) => [el('dt', '', term), el('dd', '', value)]),
    );
    this.vars.render(force);
  }
}

let panel: WriterPanel | null = null;

/** Opens the writer's panel, or closes it if it is open (F9 or the backquote key). */
export function toggleWriterPanel(): void {
  panel ??= new WriterPanel();
  panel.toggle();
}
