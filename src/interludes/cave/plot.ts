/** The cave's story as phases of play: what happens next, and how it ends. */

/** Which half of the cave is being played (the email comes between them). */
export type Part = 'main' | 'resume';

/** What Theodore did, as the ink's `cave_said` names it. */
export type Said = 'plead' | 'swear' | 'play' | 'true' | 'fight' | 'quit' | 'go';

/** How the cave ends (`cave_outcome`). */
export type Outcome = 'befriended' | 'fought' | 'quit';

/** A moment of play. Locked phases play lines (and maybe a choice) with the astronaut held. */
export type Phase =
  // part main
  | 'explore'
  | 'ambush'
  | 'meet'
  | 'pester'
  | 'toaster'
  | 'pester2'
  | 'cutoff'
  // part resume
  | 'thaw'
  | 'sulking'
  | 'round2'
  | 'roam'
  | 'idle'
  | 'crybaby'
  // the three endings
  | 'lead'
  | 'scuffle'
  | 'run'
  | 'sit'
  | 'board'
  | 'done';

/** Phases in which the player walks freely. */
const FREE: ReadonlySet<Phase> = new Set([
  'explore',
  'pester',
  'pester2',
  'sulking',
  'roam',
  'lead',
  'run',
]);

/** The stitch of `cave_lines` each locked phase plays when it begins. */
export const PHASE_SCRIPT: Partial<Record<Phase, string>> = {
  meet: 'meet',
  toaster: 'toaster',
  cutoff: 'cutoff',
  thaw: 'thaw',
  round2: 'round2',
  idle: 'idle',
  crybaby: 'crybaby',
  scuffle: 'scuffle',
  sit: 'giveup',
};

/** How long standing still counts as stopping: the child (and the offer to quit) come. */
export const IDLE_SECONDS = 18;

/** The plot's state. */
export interface Plot {
  part: Part;
  phase: Phase;
  /** Seconds in this phase. */
  t: number;
  /** Everything Theodore said, in order. */
  said: Said[];
  outcome: Outcome | null;
  /** Tackles in this phase (the plot moves on after enough of them). */
  tackles: number;
  /** Seconds since the last tackle (long, if none). */
  sinceTackle: number;
  /** Seconds without any input while free. */
  idleFor: number;
  /** Where an idle offer returns to if he gets up. */
  back: Phase;
}

/** The plot at the start of a part. */
export function startPlot(part: Part): Plot {
  const phase: Phase = part === 'main' ? 'explore' : 'thaw';
  return {
    part,
    phase,
    t: 0,
    said: [],
    outcome: null,
    tackles: 0,
    sinceTackle: 99,
    idleFor: 0,
    back: 'roam',
  };
}

/** True while the player may walk. */
export const isFree = (plot: Plot): boolean => FREE.has(plot.phase);

/** The answer that decides the ending, for the decisive choices. */
export function outcomeOf(said: Said): Outcome | null {
  if (said === 'true') return 'befriended';
  if (said === 'fight') return 'fought';
  if (said === 'quit') return 'quit';
  return null;
}

/** Moves to a phase (the world then stages it). */
export function enter(plot: Plot, phase: Phase): void {
  if (phase === 'idle') plot.back = plot.phase;
  plot.phase = phase;
  plot.t = 0;
  plot.tackles = 0;
  plot.idleFor = 0;
}

/** Records the option the player took in a locked phase's choice. */
export function answer(plot: Plot, said: Said): void {
  plot.said.push(said);
  const decisive = plot.phase === 'crybaby' || said === 'quit';
  if (decisive) plot.outcome = outcomeOf(said);
}

/** The phase after a locked phase's lines are all shown. */
export function afterScript(plot: Plot): Phase {
  const last = plot.said.at(-1);
  switch (plot.phase) {
    case 'meet':
      return 'pester';
    case 'toaster':
      return 'pester2';
    case 'thaw':
      return 'sulking';
    case 'round2':
      return last === 'quit' ? 'sit' : 'roam';
    case 'idle':
      return last === 'quit' ? 'sit' : plot.back;
    case 'crybaby':
      return last === 'true' ? 'lead' : last === 'fight' ? 'scuffle' : 'sit';
    case 'scuffle':
      return 'run';
    default:
      return 'done'; // cutoff ends the first half; sit ends the game
  }
}
