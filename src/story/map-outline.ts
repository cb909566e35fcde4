/**
 * The story map's outline: chapters, the choice points in each and their options, as the
 * compiler saw them (tools/ink/map-outline.ts builds it; the ink plugin ships it beside the
 * story). Ids are made from where a choice is written (knot.stitch) and its words, never from
 * positions, so what a player has explored survives story edits.
 */

/** One option of a choice point. */
export interface MapOption {
  /** Stable id: `knot.stitch/words of the option` (see `optionId`). */
  id: string;
  /** The option as written; parts that depend on the story's state are shown as "…". */
  text: string;
  /** Ink's runtime path of the choice (inkjs `Choice.sourcePath`): valid for this build only. */
  source: string;
  /** Only offered when a condition holds (earlier choices unlock it). */
  conditional: boolean;
}

/** Options offered together: one choice point. */
export interface MapPoint {
  id: string;
  /** Where it is written: `knot` or `knot.stitch`. */
  flow: string;
  /** The line just before it (what the options answer), when the outline can tell. */
  prompt: string | null;
  options: MapOption[];
}

/** A chapter (`# chapter: id, Title` at the top of its knot) and its choice points in order. */
export interface MapChapter {
  id: string;
  title: string;
  knot: string;
  points: MapPoint[];
  /**
   * The sounds its tags name, as `music:key`, `ambience:key` or `sfx:key`, those of the knots
   * written after it and before the next chapter (its interlude's lines) included.
   */
  sounds: string[];
}

/** The whole outline, chapters in play order. */
export interface MapOutline {
  chapters: MapChapter[];
}

/** Words compared the way replays compare choices: spacing and case do not matter. */
export const normalizeWords = (text: string): string =>
  text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The stable id of an option: where it is written and what it says. */
export function optionId(flow: string, text: string): string {
  return `${flow}/${normalizeWords(text)}`;
}

/** `knot` or `knot.stitch` from a runtime path such as `os1.install.0.g-0.9`. */
export function flowOfPath(path: string): string {
  const named: string[] = [];
  for (const part of path.split('.')) {
    // Ink's own containers are numbered or auto-named (c-0, g-1, s); the rest are names.
    if (/^\d+$/.test(part) || /^[cgs]-\d+$/.test(part) || part === 's') break;
    named.push(part);
  }
  return named.slice(0, 2).join('.');
}

/** Where an option sits in the outline. */
export interface OptionPlace {
  chapter: MapChapter;
  point: MapPoint;
  option: MapOption;
}

/** Finds options by their runtime path: the link from what is played to the outline. */
export function indexOutline(outline: MapOutline): Map<string, OptionPlace> {
  const index = new Map<string, OptionPlace>();
  for (const chapter of outline.chapters)
    for (const point of chapter.points)
      for (const option of point.options) index.set(option.source, { chapter, point, option });
  return index;
}
