/** How a background arrives on stage. */
export type Transition = 'cut' | 'fade' | 'dissolve' | 'flash';

/** Every command a story tag can produce, one variant per row of DESIGN.md's tag table. */
export type Command =
  | { kind: 'chapter'; id: string; title: string }
  | { kind: 'bg'; key: string; transition: Transition }
  | { kind: 'show'; who: string; pose: string }
  | { kind: 'hide'; who: string }
  | { kind: 'music'; key: string | null }
  | { kind: 'ambience'; key: string | null }
  | { kind: 'sfx'; key: string }
  | { kind: 'minigame'; key: string; part: string }
  | { kind: 'letter'; action: 'begin'; letterKind: string }
  | { kind: 'letter'; action: 'end'; letterKind?: string }
  | { kind: 'fx'; key: string }
  | { kind: 'pause'; seconds: number }
  | { kind: 'ending'; id: string };

/** The kinds of command a tag may start with. */
export type CommandKind = Command['kind'];

/** Result of reading one tag: a command, or a warning saying why there is none. */
export type TagResult =
  { command: Command; warning?: undefined } | { command?: undefined; warning: string };
