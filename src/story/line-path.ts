import type { Story } from 'inkjs';

type Container = NonNullable<Story['state']['previousPointer']['container']>;

/** Each container's own path as a string, worked out once: ink rebuilds it at every call. */
const containerPaths = new WeakMap<Container, string>();

/**
 * Ink's path of the line just read, exactly as `story.state.previousPathString` gives it
 * (`knot.stitch.0.3`), without its cost: ink builds two new Path objects and joins them for
 * every line, ~2 µs, a twentieth of a whole playthrough's time. Container paths never change,
 * so the container's part is kept and only the index appended.
 */
export function previousPathOf(story: Story): string | null {
  const pointer = story.state.previousPointer;
  const container = pointer.container;
  if (!container) return null;
  if (pointer.index < 0) return container.path.componentsString;
  let base = containerPaths.get(container);
  if (base === undefined) {
    // A path built by appending is never relative: its components joined, no leading dot.
    base = container.path._components.join('.');
    containerPaths.set(container, base);
  }
  return base === '' ? String(pointer.index) : `${base}.${pointer.index}`;
}
