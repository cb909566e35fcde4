import { createStore } from 'zustand/vanilla';

/** A line said inside an interlude (a heckle, a direction), shown over the play. */
export interface HudLine {
  speaker: string | null;
  text: string;
}

/**
 * What a running interlude shows in the DOM over its canvas: a line, the options of an
 * in-game choice, a hint about the controls, and a small state report browser tests read.
 * Not persisted: the interlude's play state lives in its scene only while it runs.
 */
export interface InterludeHud {
  line: HudLine | null;
  choices: string[] | null;
  /** Increases with each option taken, so the scene can tell a new pick from an old one. */
  picked: { serial: number; position: number } | null;
  hint: string | null;
  /** The scene's own account of itself (positions, phase), for tests and the dev overlay. */
  probe: Record<string, unknown>;
}

const EMPTY: InterludeHud = { line: null, choices: null, picked: null, hint: null, probe: {} };

/** The interlude HUD store: scenes write it, src/ui/interlude-hud.ts renders it. */
export const interludeHud = createStore<InterludeHud>()(() => ({ ...EMPTY }));

/** Clears the HUD (an interlude starting or ending). */
export function resetInterludeHud(): void {
  interludeHud.setState({ ...EMPTY });
}

/** The player takes option `position` of the in-game choice on screen. */
export function pickInterludeChoice(position: number): void {
  const { choices, picked } = interludeHud.getState();
  if (!choices || position < 0 || position >= choices.length) return;
  interludeHud.setState({ choices: null, picked: { serial: (picked?.serial ?? 0) + 1, position } });
}
