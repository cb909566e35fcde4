import type { StageState } from '../../src/story/stage.ts';
import type { Step } from '../../src/story/types.ts';

/**
 * What `cuss()` shows for a strong word (src/story/language.ts): runs of these symbols are
 * meant to be seen, not leftover markup. A lone `#` still is.
 */
const GRAWLIX = /[#@!%&*$]{2,}/g;

/** Ink syntax that should never reach the screen, with what it most likely means. */
const LEFTOVERS: [RegExp, string][] = [
  [/[{}]/, 'a brace { } (an unclosed or mistyped {…})'],
  [/[[\]]/, 'a bracket [ ] (choice-only text outside a choice)'],
  [/->|<-/, 'an arrow (a divert that did not parse)'],
  [/<>/, 'glue <>'],
  [/(^|\s)~/, 'a tilde (a ~ line that did not parse)'],
  [/\/\/|\/\*|\*\//, 'a comment marker'],
  [/#/, 'a # (a tag on the wrong line, or an unescaped #)'],
  [/\|/, 'a | (a sequence or alternative left open)'],
  [/\\/, 'a backslash'],
  [/\b(TODO|FIXME|XXX)\b/, 'a TODO'],
];

/** Problems with one line of text a player reads: doubled spaces and leftover ink markup. */
export function lintText(text: string): string[] {
  const problems: string[] = [];
  const quote = `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
  if (/ {2,}|\t/.test(text)) problems.push(`double space in ${quote}`);
  const plain = text.replace(GRAWLIX, '');
  for (const [pattern, what] of LEFTOVERS)
    if (pattern.test(plain)) problems.push(`leftover markup, ${what}, in ${quote}`);
  return problems;
}

/** Problems with the text of a step: its line, or the options it offers. */
export function lintStepText(step: Step): string[] {
  if (step.kind === 'beat') {
    const problems = lintText(step.text);
    if (step.speaker !== null && step.text.trim() === '')
      problems.push(`"${step.speaker}:" speaks an empty line`);
    return problems;
  }
  if (step.kind === 'choices') return step.choices.flatMap((c) => lintText(c.text));
  return [];
}

/**
 * Letter blocks must balance: every `# letter: begin` closed by a `# letter: end` before
 * another begins, before the next chapter and before the story ends. `before` is the stage as
 * it was before this step.
 */
export function letterBalance(before: StageState, step: Step): string[] {
  const problems: string[] = [];
  let open = before.letter !== null && !before.letter.done;
  for (const command of step.commands) {
    if (command.kind === 'letter' && command.action === 'begin') {
      if (open) problems.push('# letter: begin while a letter is still open (no # letter: end)');
      open = true;
    } else if (command.kind === 'letter') {
      if (!open) problems.push('# letter: end without a # letter: begin before it');
      open = false;
    } else if (command.kind === 'chapter' && open) {
      problems.push(`a letter is still open when chapter "${command.id}" begins`);
    }
  }
  if (step.kind === 'end' && open) problems.push('a letter is still open when the story ends');
  return problems;
}
