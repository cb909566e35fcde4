import type { Command } from '../../story/commands';

/** A command written back as the tag that makes it, for the writer's tag overlay. */
export function tagText(command: Command): string {
  switch (command.kind) {
    case 'chapter':
      return `chapter: ${command.id}, ${command.title}`;
    case 'bg':
      return `bg: ${command.key}${command.transition === 'fade' ? '' : `, ${command.transition}`}`;
    case 'show':
      return `show: ${command.who} ${command.pose}`;
    case 'hide':
      return `hide: ${command.who}`;
    case 'music':
    case 'ambience':
      return `${command.kind}: ${command.key ?? 'stop'}`;
    case 'sfx':
    case 'fx':
      return `${command.kind}: ${command.key}`;
    case 'minigame':
      return `minigame: ${command.key}${command.part === 'main' ? '' : `, ${command.part}`}`;
    case 'letter':
      return command.action === 'begin'
        ? `letter: begin ${command.letterKind}`
        : `letter: end${command.letterKind ? ` ${command.letterKind}` : ''}`;
    case 'pause':
      return `pause: ${command.seconds}`;
    case 'ending':
      return `ending: ${command.id}`;
  }
}
