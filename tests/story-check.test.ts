import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../tools/story/report-shape';

const root = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);
const out = mkdtempSync(path.join(tmpdir(), 'her-check-'));

/** Runs `npm run story:check` as a writer would, on one story; returns exit code, report, text. */
async function check(story: string, extra: string[] = []) {
  const report = path.join(out, `${path.basename(story)}.json`);
  const args = ['tsx', 'tools/story-check.ts', '--story', story, '--report', report, ...extra];
  const { code, stdout } = await run('npx', args, { cwd: root, maxBuffer: 1 << 26 }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (failed: { code: number; stdout: string }) => failed,
  );
  const json = JSON.parse(readFileSync(report, 'utf8')) as CheckReport;
  return { code, json, stdout };
}

const fixture = (name: string) => path.join('tests/fixtures/check', `${name}.ink`);
const SMALL = ['--walks', '24', '--budget', '3'];
const names = [
  'clean',
  'dead-end',
  'unreachable-knot',
  'unknown-tag',
  'missing-asset',
  'unbalanced-letter',
  'unreachable-ending',
  'unreachable-choice',
  'endless-loop',
  'choice-loop',
  'text-problems',
] as const;
const results = new Map<string, Awaited<ReturnType<typeof check>>>();

beforeAll(async () => {
  // The runs are separate processes: start them all at once.
  const done = await Promise.all(names.map((n) => check(fixture(n), SMALL)));
  names.forEach((n, i) => results.set(n, done[i]!));
}, 300_000);

const result = (name: (typeof names)[number]) => results.get(name)!;
/** What a fixture failed for, besides its one defect: nothing at all. */
const only = (name: (typeof names)[number]) => result(name).stdout.split('\nFAILED: ')[1]?.trim();

describe('story:check on fixture stories with one known defect each', () => {
  it('passes a sound story (exit 0), searching it completely', () => {
    const { code, json, stdout } = result('clean');
    expect(code, stdout).toBe(0);
    expect(json.ok).toBe(true);
    expect(json.search.every((c) => c.reach === 'every reachable start')).toBe(true);
    expect(json.letters.distinct).toBe(2);
    expect(json.coverage.choices.every((c) => c.walks > 0 && c.searched > 0)).toBe(true);
  });

  it('a dead end: names the last line and where it is', () => {
    const { code, json } = result('dead-end');
    expect(code).toBe(1);
    expect(Object.keys(json.deadEnds)).toEqual([
      'stops after "The page is empty again.", at dead-end.ink:18 (two)',
    ]);
    expect(only('dead-end')).toBe('1 dead ends');
  });

  it('an unreachable knot: listed with file and line', () => {
    const { code, json } = result('unreachable-knot');
    expect(code).toBe(1);
    expect(json.unreached.flows.map((f) => `${f.file}:${f.line} ${f.path}`)).toEqual([
      'unreachable-knot.ink:43 epilogue',
    ]);
    expect(only('unreachable-knot')).toBe('1 unreachable knots or stitches');
  });

  it('an unknown tag', () => {
    const { code, json } = result('unknown-tag');
    expect(code).toBe(1);
    expect(json.lint).toEqual({
      '"weather: rain": unknown tag "weather"': 'unknown-tag.ink:18 (two)',
    });
  });

  it('a missing asset key', () => {
    const { code, json } = result('missing-asset');
    expect(code).toBe(1);
    expect(json.lint).toEqual({ 'unknown background "moon_base"': 'missing-asset.ink:18 (two)' });
  });

  it('an unbalanced letter', () => {
    const { code, json } = result('unbalanced-letter');
    expect(code).toBe(1);
    expect(Object.keys(json.lint)).toEqual(['a letter is still open when the story ends']);
    expect(only('unbalanced-letter')).toBe('1 tag, key, speaker or text problems');
  });

  it('an unreachable ending', () => {
    const { code, json, stdout } = result('unreachable-ending');
    expect(code).toBe(1);
    expect(json.endings.come_back).toMatchObject({ walks: 0, searched: 0 });
    expect(json.endings.come_back?.at).toBe('unreachable-ending.ink:45');
    expect(stdout).toContain('come_back');
    expect(stdout).toContain('<-- never reached');
    expect(only('unreachable-ending')).toBe(
      '1 unreachable knots or stitches, 1 endings never reached',
    );
  });

  it('an unreachable choice: its text, file and line', () => {
    const { code, json } = result('unreachable-choice');
    expect(code).toBe(1);
    expect(json.unreached.choices.map((c) => `${c.file}:${c.line} ${c.text}`)).toEqual([
      'unreachable-choice.ink:31 Burn it.',
    ]);
  });

  it('an endless loop of diverts: stopped, not hung, with where it was', () => {
    const { code, json } = result('endless-loop');
    expect(code).toBe(1);
    expect(json.endlessLoops.length).toBeGreaterThan(0);
    expect(json.endlessLoops.join('\n')).toContain('without reaching a line');
    expect(json.endlessLoops.join('\n')).toContain('endless-loop.ink:18 (two)');
  });

  it('an endless loop of choices: states from which no choice leads out', () => {
    const { code, json } = result('choice-loop');
    expect(code).toBe(1);
    expect(
      json.endlessLoops.some((e) =>
        /no choice leads to an end.*choice-loop\.ink:33 \(waiting\)/.test(e),
      ),
    ).toBe(true);
  });

  it('leftover markup and doubled spaces', () => {
    const { code, json } = result('text-problems');
    expect(code).toBe(1);
    expect(Object.keys(json.lint)).toEqual([
      'leftover markup, a bracket [ ] (choice-only text outside a choice), in "He signs it ] with a flourish."',
    ]);
    expect(json.layout).toEqual([
      { message: 'double space in "He reads it back  once."', at: 'text-problems.ink:28' },
    ]);
  });
});

describe('story:check on the layout of a story in chapter files', () => {
  it('every chapter file begins with # chapter:, and chapter tags open their knot', async () => {
    const { code, json } = await check('tests/fixtures/check/layout/story.ink', SMALL);
    expect(code).toBe(1);
    expect(json.layout.map((p) => `${p.at}: ${p.message}`)).toEqual([
      'chapters/02-two.ink:3: chapter file does not begin with "# chapter: id, Title" (its first knot is "two")',
      'chapters/02-two.ink:6: "# chapter: two" must be the first line of its knot, not inside "two.later" (a chapter restarts at its knot)',
    ]);
  }, 120_000);
});

describe('story:check on the real story', () => {
  it('passes, and writes the coverage report', async () => {
    const { code, json, stdout } = await check('story/her.ink');
    expect(json.unreached, stdout).toEqual({ flows: [], choices: [] });
    expect(code, stdout).toBe(0);
    expect(json.search[1]).toMatchObject({
      chapter: 'letter_writer_612',
      reach: 'every reachable start',
    });
    expect(json.coverage.choices.length).toBeGreaterThan(200);
    console.log(`story:check on the real story: ${JSON.stringify(json.seconds)}`);
  }, 600_000);
});
