import { existsSync } from 'node:fs';
import path from 'node:path';
import * as manifest from '../../src/assets/manifest.ts';
import type { Command } from '../../src/story/commands.ts';
import { figurePainters, paintedPlaces } from '../../src/scenes/painters/index.ts';

const assetsDir = path.resolve(import.meta.dirname, '../../assets');
const fileMissing = (entry: { file: string } | undefined) =>
  !entry || !existsSync(path.join(assetsDir, entry.file));

/**
 * Checks that what a tag names really exists as art or sound, not only as a manifest key: a
 * background with its own painting (not the tint wash), a figure painted in that pose, a sound
 * file on disk. Returns the problem, or null.
 */
export function missingAsset(command: Command): string | null {
  switch (command.kind) {
    case 'bg':
      return command.key === 'black' ||
        paintedPlaces.includes(command.key as manifest.BackgroundKey)
        ? null
        : `background "${command.key}" has no painting yet (only its tint wash)`;
    case 'show': {
      if (command.who in manifest.voices) return null;
      const figure = figurePainters[command.who as manifest.CastKey];
      const pose = command.pose === 'default' ? figure?.poses[0] : command.pose;
      return figure && pose && figure.poses.includes(pose)
        ? null
        : `"${command.who} ${command.pose}" is not painted yet`;
    }
    case 'music':
      return command.key === null || !fileMissing(manifest.music[command.key as manifest.MusicKey])
        ? null
        : `music "${command.key}" has no sound file yet`;
    case 'ambience':
      return command.key === null ||
        !fileMissing(manifest.ambience[command.key as manifest.AmbienceKey])
        ? null
        : `ambience "${command.key}" has no sound file yet`;
    case 'sfx':
      return fileMissing(manifest.sfx[command.key as manifest.SfxKey])
        ? `sound "${command.key}" has no file yet`
        : null;
    default:
      return null;
  }
}
