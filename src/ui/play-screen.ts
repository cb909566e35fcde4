import { lineRevealed } from '../state/actions';
import { sessionStore, type Session } from '../state/session';
import { settingsStore } from '../state/settings';
import { openMenu, uiStore } from '../state/ui';
import type { Beat } from '../story/types';
import { ChapterCard } from './chapter-card';
import { ChoiceList } from './choices';
import { DialogueBox } from './dialogue';
import { InterludeHudView } from './interlude-hud';
import { byId } from './dom';
import { LetterPaper } from './letter-paper';
import { QuickMenu } from './quick-menu';
import { completeActiveTypewriter, proceed, setActiveTypewriter } from './proceed';

/** The reading screen: dialogue box, letter paper, choices and chapter cards over the stage. */
export class PlayScreen {
  readonly choices = new ChoiceList();
  /** What shows over a playable interlude instead of the dialogue box. */
  readonly hud = new InterludeHudView();
  private readonly root = byId('play');
  private readonly dialogue = new DialogueBox();
  private readonly letter = new LetterPaper();
  private readonly chapterCard = new ChapterCard();
  private shownBeat: Beat | null = null;

  constructor() {
    const quickMenu = new QuickMenu();
    this.root.tabIndex = -1;
    this.root.append(
      this.chapterCard.root,
      this.letter.root,
      this.choices.root,
      this.dialogue.root,
      quickMenu.root,
      this.hud.root,
    );
    // A click or tap anywhere on the scene reads on; buttons stop their own clicks.
    this.root.addEventListener('click', () => proceed());
    // Scrolling up over the scene opens the backlog, as in most visual novels.
    this.root.addEventListener('wheel', (event) => {
      if (event.deltaY < 0 && !uiStore.getState().overlay) openMenu('backlog');
    });
    sessionStore.subscribe((session) => this.render(session));
    this.render(sessionStore.getState());
  }

  private render(session: Session): void {
    const entering = this.root.hidden && session.screen === 'play';
    this.root.hidden = session.screen !== 'play';
    // Keys and the gamepad act on the story now, not on the title button that was pressed.
    if (entering) this.root.focus({ preventScroll: true });
    const view = session.view;
    if (!view || session.screen === 'title') return;
    // While an interlude plays, its line waits: the HUD replaces the reading screen.
    const playing = Boolean(view.interlude);
    this.hud.setVisible(playing);
    this.root.classList.toggle('is-interlude', playing);
    if (playing) {
      this.dialogue.setVisible(false);
      this.choices.show(null, false);
      this.letter.show(null, false, false);
      return;
    }
    if (view.beat !== this.shownBeat) this.present(view.beat, session);
    // Revealed means the whole line is visible, whoever said so (a key, the automation API).
    else if (session.revealed) completeActiveTypewriter();
    const letter = view.stage.letter;
    this.root.classList.toggle('is-letter', letter !== null);
    const writingOnPaper = letter !== null && !letter.done && view.beat?.speaker === null;
    this.letter.show(letter?.lines ?? null, writingOnPaper, letter?.done ?? false, letter?.kind);
    this.choices.show(session.revealed ? view.choices : null, letter !== null && !letter.done);
    this.dialogue.setWaiting(session.revealed && !view.choices && !view.ended);
  }

  /** Puts a new line on screen: typed if it just arrived, whole if it was restored. */
  private present(beat: Beat | null, session: Session): void {
    this.shownBeat = beat;
    const stage = session.view?.stage;
    if (!beat || !stage) return;
    const onPaper = stage.letter !== null && !stage.letter.done && beat.speaker === null;
    const typewriter = onPaper ? this.letter.typewriter : this.dialogue.typewriter;
    this.dialogue.setVisible(!onPaper);
    this.dialogue.setSpeaker(beat.speaker);
    setActiveTypewriter(typewriter);
    const chapter = beat.commands.find((c) => c.kind === 'chapter');
    if (chapter && !session.revealed) this.chapterCard.show(chapter.title);
    // Restored lines and skipped lines appear whole.
    if (session.revealed || session.mode === 'skip') {
      typewriter.set(beat.text);
      if (!session.revealed) lineRevealed();
      return;
    }
    const { textSpeed, reduceMotion } = settingsStore.getState();
    const pause = beat.commands.reduce((s, c) => (c.kind === 'pause' ? s + c.seconds : s), 0);
    const chapterDelay = chapter ? 1.6 : 0;
    typewriter.type(beat.text, reduceMotion ? 0 : textSpeed, pause + chapterDelay, lineRevealed);
  }
}
