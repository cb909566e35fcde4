import * as manifest from '../../src/assets/manifest.ts';
import type { Command } from '../../src/story/commands.ts';
import type { Step } from '../../src/story/types.ts';
import { missingAsset } from './assets-check.ts';
import { lintStepText } from './text-lint.ts';

const has = (table: object, key: string) => Object.hasOwn(table, key);

/**
 * Checks one command against the asset manifest: every key a tag names must exist, so a typo
 * in the script is caught before a player meets a blank stage. Returns the problem, or null.
 */
export function lintCommand(command: Command): string | null {
  switch (command.kind) {
    case 'bg':
      return has(manifest.backgrounds, command.key) ? null : `unknown background "${command.key}"`;
    case 'music':
      return command.key === null || has(manifest.music, command.key)
        ? null
        : `unknown music "${command.key}"`;
    case 'ambience':
      return command.key === null || has(manifest.ambience, command.key)
        ? null
        : `unknown ambience "${command.key}"`;
    case 'sfx':
      return has(manifest.sfx, command.key) ? null : `unknown sound effect "${command.key}"`;
    case 'fx':
      return has(manifest.effects, command.key) ? null : `unknown effect "${command.key}"`;
    case 'minigame': {
      const minigame = (manifest.minigames as Record<string, { parts: object }>)[command.key];
      if (!minigame) return `unknown minigame "${command.key}"`;
      const part = command.part;
      return part in minigame.parts ? null : `minigame "${command.key}" has no part "${part}"`;
    }
    case 'ending':
      return has(manifest.endings, command.id) ? null : `unknown ending "${command.id}"`;
    case 'show':
    case 'hide':
      return lintFigure(command.who, command.kind === 'show' ? command.pose : null);
    default:
      return null;
  }
}

function lintFigure(who: string, pose: string | null): string | null {
  const cast = manifest.cast as Record<string, { poses: readonly string[] }>;
  const voices = manifest.voices as Record<string, { moods: readonly string[] }>;
  const poses = cast[who]?.poses ?? voices[who]?.moods;
  if (!poses) return `unknown figure "${who}"`;
  if (pose !== null && pose !== 'default' && !poses.includes(pose)) {
    return `"${who}" has no pose "${pose}" (has: ${poses.join(', ')})`;
  }
  return null;
}

/** Checks a speaker name against the manifest's list of who may speak. */
export function lintSpeaker(speaker: string | null): string | null {
  if (speaker === null || has(manifest.speakers, speaker)) return null;
  return `unknown speaker "${speaker}" (add them to speakers in src/assets/manifest.ts)`;
}

/**
 * Every problem with one step of the story: unreadable tags, unknown keys, art or sound that
 * does not exist yet, unknown speakers, doubled spaces and leftover markup in what it shows.
 */
export function lintStep(step: Step): string[] {
  const problems = [...step.warnings, ...lintStepText(step)];
  for (const command of step.commands) {
    const problem = lintCommand(command) ?? missingAsset(command);
    if (problem) problems.push(problem);
  }
  const speaker = step.kind === 'beat' ? lintSpeaker(step.speaker) : null;
  if (speaker) problems.push(speaker);
  // A bare `# minigame:` tag rides on the next line, which ink has already read by then.
  if (step.kind !== 'interlude' && step.commands.some((c) => c.kind === 'minigame'))
    problems.push(
      'start interludes with -> interlude("name", "part") ->, not a bare # minigame: tag',
    );
  return problems;
}
