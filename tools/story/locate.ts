import { flowOf, type Outline } from '../ink/outline.ts';

/**
 * Turns a runtime path (`the_cave.email.0.c-1.3`) into where a writer finds it:
 * `chapters/03-the-cave.ink:40 (the_cave.email)`. Without an outline, the flow alone.
 */
export function locator(
  outline: Outline | null,
): (runtimePath: string | null | undefined) => string {
  const flows = new Map(outline?.flows.map((f) => [f.path, f]) ?? []);
  const choices = new Map(outline?.choices.map((c) => [c.path, c]) ?? []);
  const known = new Set(flows.keys());
  return (runtimePath) => {
    if (!runtimePath) return '(before the first line)';
    // The innermost choice the path runs through names the line best.
    const parts = runtimePath.split('.');
    for (let n = parts.length; n > 0; n--) {
      const choice = choices.get(parts.slice(0, n).join('.'));
      if (choice) return `${choice.file}:${choice.line} (${choice.flow}, after "${choice.text}")`;
    }
    const flow = flowOf(runtimePath, known);
    const at = flows.get(flow);
    return at ? `${at.file}:${at.line} (${flow})` : flow;
  };
}
