import { advance, choose, jump, lineRevealed, storyVariables } from '../state/actions';
import { interludeHud } from '../state/interlude-hud';
import { progressStore, type Progress } from '../state/progress';
import { sessionStore } from '../state/session';

/** What `window.__her.state()` returns: enough for a browser test to know where it is. */
export interface AutomationState {
  screen: string;
  chapter: string | null;
  speaker: string | null;
  text: string | null;
  choices: string[];
  revealed: boolean;
  ending: string | null;
  stage: unknown;
  backlog: unknown[];
  variables: Record<string, unknown>;
  /** The interlude being played, with what its HUD shows and its scene reports; else null. */
  interlude: {
    key: string;
    part: string;
    line: { speaker: string | null; text: string } | null;
    choices: string[] | null;
    hint: string | null;
    probe: Record<string, unknown>;
  } | null;
}

/** The automation API browser tests drive (installed only when the URL has `?test`). */
export interface Automation {
  ready: boolean;
  stageReady: boolean;
  renderer: string | null;
  state(): AutomationState;
  advance(): void;
  /** Finishes typing the current line, as a first press of Space would. */
  reveal(): void;
  choose(position: number): void;
  jump(path: string): void;
  /** What the player has reached across playthroughs (endings, choices, letters…). */
  progress(): Progress;
}

declare global {
  interface Window {
    __her?: Automation;
  }
}

/** Installs `window.__her`. Every call goes through the same intents the UI uses. */
export function installAutomation(): Automation {
  const api: Automation = {
    ready: false,
    stageReady: false,
    renderer: null,
    state() {
      const { screen, view, revealed } = sessionStore.getState();
      return {
        screen,
        chapter: view?.stage.chapter?.title ?? null,
        speaker: view?.beat?.speaker ?? null,
        text: view?.beat?.text ?? null,
        choices: view?.choices?.map((c) => c.text) ?? [],
        revealed,
        ending: view?.ended?.ending ?? null,
        stage: structuredClone(view?.stage ?? null),
        backlog: [...(view?.backlog ?? [])], // entries are never changed, only added
        variables: storyVariables(),
        interlude: view?.interlude
          ? { ...view.interlude, ...structuredClone(interludeHud.getState()) }
          : null,
      };
    },
    advance() {
      lineRevealed();
      advance();
    },
    reveal: lineRevealed,
    choose(position) {
      lineRevealed();
      choose(position);
    },
    jump,
    progress: () => structuredClone(progressStore.getState()),
  };
  window.__her = api;
  return api;
}
