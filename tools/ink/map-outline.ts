import type { Story } from 'inkjs/full';
import {
  optionId,
  type MapChapter,
  type MapOption,
  type MapPoint,
  type MapOutline,
} from '../../src/story/map-outline.ts';
import { parseTag, parseTags } from '../../src/story/tags.ts';

/** The parts of inkjs's parsed hierarchy the outline reads (duck-typed: it has no exports). */
interface Parsed {
  typeName: string;
  content: Parsed[];
  parent: Parsed | null;
  text?: string;
  isStart?: boolean;
  isFunction?: boolean;
  identifier?: { name: string | null } | null;
  subFlowsByName?: Map<string, Parsed>;
  // Choice
  startContent?: Parsed | null;
  choiceOnlyContent?: Parsed | null;
  condition?: unknown;
  isInvisibleDefault?: boolean;
  runtimeChoice?: { path: { toString(): string } };
  name?: string | null;
}

/**
 * The words of some parsed content, tags left out; anything computed (a variable, a
 * conditional, a function call) becomes "…".
 */
function wordsOf(items: readonly Parsed[]): string {
  let text = '';
  let inTag = false;
  for (const o of items) {
    if (o.typeName === 'Tag') inTag = o.isStart === true;
    else if (inTag) continue;
    else if (o.typeName === 'Text') text += o.text ?? '';
    else if (o.typeName === 'ContentList') text += wordsOf(o.content);
    else text += '…';
  }
  return text.replace(/(…\s*)+/g, '… ');
}

/** Every choice under `node`, in the order they are written, each with its weave section. */
function choicesIn(
  node: Parsed,
  out: { choice: Parsed; group: string }[],
  weaves: Map<Parsed, number>,
) {
  let section = 0;
  for (const child of node.content ?? []) {
    if (child.typeName === 'Gather') section += 1;
    if (child.typeName === 'Choice') {
      if (!weaves.has(node)) weaves.set(node, weaves.size);
      out.push({ choice: child, group: `${weaves.get(node)}:${section}` });
    }
    choicesIn(child, out, weaves);
  }
}

/** A gather's label as words (`apology` → "Apology"), unless it is a bare name like `slot2`. */
function labelWords(item: Parsed | undefined): string | null {
  const name = item?.typeName === 'Gather' ? item.identifier?.name : null;
  if (!name || /\d/.test(name)) return null;
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The last line written before `choice` in its weave section (what the options answer). */
function promptBefore(choice: Parsed): string | null {
  const weave = choice.parent;
  if (!weave) return null;
  const before = weave.content.slice(0, weave.content.indexOf(choice));
  const start = Math.max(...before.map((o, i) => (o.typeName === 'Choice' ? i : -1))) + 1;
  const section = before.slice(start).flatMap((o) => (o.typeName === 'Gather' ? o.content : [o]));
  const lines = wordsOf(section).split('\n');
  const last = lines
    .map((l) => l.replace(/^…\s*/, '').trim())
    .filter((l) => l.replace(/…/g, '').trim().length > 2);
  return last.pop() ?? labelWords(before.findLast((o) => o.typeName === 'Gather'));
}

/** The knot's `# chapter: id, Title`, if its first line has one. */
function chapterOf(story: Story, knot: string): { id: string; title: string } | null {
  const tags = story.TagsForContentAtPath(knot) ?? [];
  const command = parseTags(tags).commands.find((c) => c.kind === 'chapter');
  return command?.kind === 'chapter' ? { id: command.id, title: command.title } : null;
}

/** The flow a choice is written in: `knot` or `knot.stitch`. */
function flowOf(choice: Parsed): string {
  const names: string[] = [];
  for (let node: Parsed | null = choice.parent; node; node = node.parent) {
    if (node.typeName === 'Knot' || node.typeName === 'Stitch')
      names.unshift(node.identifier?.name ?? '');
  }
  return names.join('.');
}

/** A tag as the compiled story writes it: `"#","^music: office","/#"`. */
const TAG_IN_JSON = /"#","\^((?:music|ambience|sfx):[^"]*)","\/#"/g;

/** The sounds (`music:key` and so on) that the tags in a knot of the compiled story name. */
function soundsOf(knotJson: unknown): string[] {
  const sounds: string[] = [];
  for (const [, tag] of JSON.stringify(knotJson ?? null).matchAll(TAG_IN_JSON)) {
    const { command } = parseTag(tag!);
    if (command && 'key' in command && command.key) sounds.push(`${command.kind}:${command.key}`);
  }
  return sounds;
}

/**
 * Builds the story outline from a compiled story and the compiler's parsed hierarchy:
 * chapter knots in order, their choice points (options offered together: the choices of one
 * weave section), each option's stable id, words and runtime path, and the sounds each
 * chapter's tags name (so the game can fetch the next chapter's ahead of time).
 */
export function outlineForMap(parsedStory: unknown, story: Story, json: string): MapOutline {
  const chapters: MapChapter[] = [];
  const knots = (JSON.parse(json) as { root: unknown[] }).root.at(-1) as Record<string, unknown>;
  for (const [name, knot] of (parsedStory as Parsed).subFlowsByName ?? []) {
    if (knot.isFunction) continue;
    const chapter = chapterOf(story, name);
    const sounds = soundsOf(knots[name]);
    if (!chapter) {
      // A knot between chapters (an interlude's lines) sounds within the chapter before it.
      const last = chapters.at(-1);
      if (last) last.sounds = [...new Set([...last.sounds, ...sounds])];
      continue;
    }
    const found: { choice: Parsed; group: string }[] = [];
    choicesIn(knot, found, new Map());
    const groups = new Map<string, Parsed[]>();
    for (const { choice, group } of found) {
      if (choice.isInvisibleDefault || !choice.runtimeChoice) continue;
      groups.set(group, [...(groups.get(group) ?? []), choice]);
    }
    const used = new Set<string>();
    const unique = (id: string) => {
      let candidate = id;
      for (let n = 2; used.has(candidate); n++) candidate = `${id}#${n}`;
      used.add(candidate);
      return candidate;
    };
    const points: MapPoint[] = [...groups.values()].map((choices) => {
      const flow = flowOf(choices[0]!);
      const options: MapOption[] = choices.map((c) => {
        const parts = [c.startContent, c.choiceOnlyContent].flatMap((l) => l?.content ?? []);
        const text = wordsOf(parts).trim() || '…';
        return {
          id: unique(optionId(flow, text)),
          text,
          source: c.runtimeChoice!.path.toString(),
          conditional: Boolean(c.condition),
        };
      });
      return { id: `${options[0]!.id}*`, flow, prompt: promptBefore(choices[0]!), options };
    });
    chapters.push({ ...chapter, knot: name, points, sounds: [...new Set(sounds)] });
  }
  return { chapters };
}
