import type { Command, TagResult, Transition } from './commands';

const TRANSITIONS: readonly Transition[] = ['cut', 'fade', 'dissolve', 'flash'];
const KEY = /^[a-z][a-z0-9_]*$/;

type Parser = (args: string, raw: string) => TagResult;

const fail = (warning: string): TagResult => ({ warning });
const ok = (command: Command): TagResult => ({ command });

/** Splits `a, b` on the first comma; ink forbids `|` in tags, so commas separate arguments. */
function splitComma(args: string): [string, string] {
  const at = args.indexOf(',');
  return at < 0 ? [args.trim(), ''] : [args.slice(0, at).trim(), args.slice(at + 1).trim()];
}

function key(name: string, value: string, raw: string, build: (k: string) => Command): TagResult {
  if (!KEY.test(value)) return fail(`"${raw}": ${name} needs a key like "beach" or "city_night"`);
  return ok(build(value));
}

/** A sound channel: a key, or `stop` to silence it. */
const channel =
  (kind: 'music' | 'ambience'): Parser =>
  (args, raw) =>
    args === 'stop' ? ok({ kind, key: null }) : key(kind, args, raw, (k) => ({ kind, key: k }));

const parsers: Record<string, Parser> = {
  chapter(args, raw) {
    const [id, title] = splitComma(args);
    if (!KEY.test(id) || !title) return fail(`"${raw}": write it as "# chapter: id, Title"`);
    return ok({ kind: 'chapter', id, title });
  },
  bg(args, raw) {
    const [k, how] = splitComma(args);
    const transition = (how || 'fade') as Transition;
    if (!TRANSITIONS.includes(transition)) {
      return fail(`"${raw}": transition must be one of ${TRANSITIONS.join(', ')}`);
    }
    return key('bg', k, raw, (bg) => ({ kind: 'bg', key: bg, transition }));
  },
  show(args, raw) {
    const [who, pose = 'default', extra] = args.split(/\s+/);
    if (!who || !KEY.test(who) || !KEY.test(pose) || extra !== undefined) {
      return fail(`"${raw}": write it as "# show: who pose"`);
    }
    return ok({ kind: 'show', who, pose });
  },
  hide: (args, raw) => key('hide', args, raw, (who) => ({ kind: 'hide', who })),
  music: channel('music'),
  ambience: channel('ambience'),
  sfx: (args, raw) => key('sfx', args, raw, (k) => ({ kind: 'sfx', key: k })),
  minigame(args, raw) {
    // `# minigame: cave` starts an interlude; `# minigame: cave, resume` a later part of it.
    const [name, part = ''] = splitComma(args);
    if (part && !KEY.test(part))
      return fail(`"${raw}": write it as "# minigame: name" or "# minigame: name, part"`);
    return key('minigame', name, raw, (k) => ({ kind: 'minigame', key: k, part: part || 'main' }));
  },
  fx: (args, raw) => key('fx', args, raw, (k) => ({ kind: 'fx', key: k })),
  letter(args, raw) {
    const [action, letterKind, extra] = args.split(/\s+/);
    if (action === 'end' && letterKind === undefined) return ok({ kind: 'letter', action: 'end' });
    if (action === 'end' && letterKind && KEY.test(letterKind) && extra === undefined) {
      return ok({ kind: 'letter', action: 'end', letterKind });
    }
    if (action === 'begin' && letterKind && KEY.test(letterKind) && extra === undefined) {
      return ok({ kind: 'letter', action: 'begin', letterKind });
    }
    return fail(`"${raw}": write it as "# letter: begin kind" or "# letter: end [kind]"`);
  },
  pause(args, raw) {
    const seconds = Number(args);
    if (!args || !Number.isFinite(seconds) || seconds < 0 || seconds > 30) {
      return fail(`"${raw}": pause needs seconds between 0 and 30`);
    }
    return ok({ kind: 'pause', seconds });
  },
  ending: (args, raw) => key('ending', args, raw, (id) => ({ kind: 'ending', id })),
};

/** The tag names the story may use, for checkers and error messages. */
export const TAG_NAMES = Object.keys(parsers);

/**
 * Reads one ink tag (without the leading `#`) into a typed command. Never throws: anything it
 * cannot read comes back as a warning the dev overlay and `story:check` can show.
 */
export function parseTag(raw: string): TagResult {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon < 0) return fail(`"${text}": unknown tag (expected "name: value")`);
  const name = text.slice(0, colon).trim().toLowerCase();
  const parser = parsers[name];
  if (!parser) return fail(`"${text}": unknown tag "${name}"`);
  return parser(text.slice(colon + 1).trim(), text);
}

/** Parses every tag of a line, collecting commands and warnings separately. */
export function parseTags(tags: readonly string[]): { commands: Command[]; warnings: string[] } {
  const commands: Command[] = [];
  const warnings: string[] = [];
  for (const tag of tags) {
    const result = parseTag(tag);
    if (result.command) commands.push(result.command);
    else warnings.push(result.warning);
  }
  return { commands, warnings };
}
