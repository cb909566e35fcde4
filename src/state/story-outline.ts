import {
  flowOfPath,
  indexOutline,
  optionId,
  type MapOutline,
  type OptionPlace,
} from '../story/map-outline';
import type { ChoiceOption } from '../story/types';

/**
 * The outline of the story being played (chapters, choice points, options), shipped by the
 * ink plugin beside the compiled story and replaced with it on hot reload.
 */
let outline: MapOutline = { chapters: [] };
let index = new Map<string, OptionPlace>();

/** Sets the outline of the loaded story. */
export function setMapOutline(next: MapOutline): void {
  outline = next;
  index = indexOutline(next);
}

/** The outline of the loaded story (empty until one is set). */
export function currentMapOutline(): MapOutline {
  return outline;
}

/** Where an option on offer sits in the outline, if the outline knows its choice. */
export function placeOfOption(option: ChoiceOption): OptionPlace | undefined {
  return option.source === undefined ? undefined : index.get(option.source);
}

/** The stable id of an option on offer (from its words if the outline does not know it). */
export function idOfOption(option: ChoiceOption): string {
  return placeOfOption(option)?.option.id ?? optionId(flowOfPath(option.source ?? ''), option.text);
}
