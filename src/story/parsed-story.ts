import { Story } from 'inkjs';
import type { CompiledStory } from './engine';

type Content = Story['mainContentContainer'];
type ListOrigin = Story['listDefinitions'];

/** The last compiled story's parsed content, and what it was parsed from. */
let parsed: { source: CompiledStory; content: Content; lists: ListOrigin } | null = null;

/**
 * inkjs fields set on a story that shares parsed content. Both are private to inkjs; if a
 * later version renames them, setting them does nothing and ink simply redoes the work.
 */
interface SharedParts {
  /** The LIST definitions, built once into lookup tables (~1 ms a story otherwise). */
  _listDefinitions: ListOrigin;
  /**
   * Ink walks its whole content checking EXTERNAL bindings before the first line (~3 ms).
   * Engines bind with ink fallbacks on, so the walk can only fail for a function with no ink
   * version: the first engine on this content did it; a later one would fail at the call.
   */
  _hasValidatedExternals: boolean;
}

/**
 * A fresh ink Story (its own state, at the start) on `compiled`. Parsing the compiled JSON
 * into ink's content tree took ~60 ms, paid again at every new game, load and rewind; ink
 * never changes that tree while it runs (all that moves is in the story's state), so engines
 * on the same compiled story share one tree and each starts in well under a millisecond.
 */
export function newInkStory(compiled: CompiledStory): Story {
  if (parsed?.source === compiled) {
    const story = new Story(parsed.content, null);
    const shared: SharedParts = { _listDefinitions: parsed.lists, _hasValidatedExternals: true };
    Object.assign(story, shared);
    story.ResetState();
    return story;
  }
  const story = new Story(typeof compiled === 'string' ? compiled : JSON.stringify(compiled));
  parsed = { source: compiled, content: story.mainContentContainer, lists: story.listDefinitions };
  return story;
}
