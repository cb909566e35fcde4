import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFrame, compileInk, formatDiagnostic } from '../tools/ink/compile';

/** Writes a small story with one included chapter into a temporary folder. */
function storyWith(chapter: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ink-'));
  mkdirSync(path.join(dir, 'chapters'));
  writeFileSync(path.join(dir, 'main.ink'), 'INCLUDE chapters/one.ink\n-> one\n');
  writeFileSync(path.join(dir, 'chapters/one.ink'), chapter);
  return path.join(dir, 'main.ink');
}

describe('compileInk', () => {
  it('compiles a story with includes and lists every file it read', () => {
    const build = compileInk(storyWith('=== one ===\nHello.\n-> END\n'));
    expect(build.diagnostics).toEqual([]);
    expect(build.json).toContain('Hello.');
    expect(build.files.map((f) => path.basename(f))).toEqual(['main.ink', 'one.ink']);
    expect(build.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reads accented and non-Latin names in every included file (the parsers share one set)', () => {
    const chapter = '=== one ===\nVAR café = 2\n~ temp Ωmega = café + 1\n{Ωmega} ж.\n-> END\n';
    for (let i = 0; i < 2; i++) {
      const build = compileInk(storyWith(chapter));
      expect(build.diagnostics).toEqual([]);
      expect(build.json).toContain('café');
    }
  });

  it('names the included file and line of an error, once', () => {
    const entry = storyWith('=== one ===\nHello.\n{x + }\n-> nowhere\n');
    const build = compileInk(entry);
    expect(build.json).toBeNull();
    const lines = build.diagnostics.map(formatDiagnostic);
    expect(lines).toContain(
      "chapters/one.ink:3: error: Expected right side of '+' expression but saw ' }'",
    );
    expect(new Set(lines).size).toBe(lines.length);
    const first = build.diagnostics[0];
    expect(first?.absolutePath).toBe(path.join(path.dirname(entry), 'chapters/one.ink'));
    expect(codeFrame(first!.absolutePath, first!.line)).toContain('> 3 | {x + }');
  });

  it('reports a missing divert target with its line', () => {
    const build = compileInk(storyWith('=== one ===\nHello.\n-> nowhere\n'));
    expect(build.diagnostics.map(formatDiagnostic)).toEqual([
      "chapters/one.ink:3: error: Divert target not found: '-> nowhere'",
    ]);
  });

  it('reports warnings without failing', () => {
    const build = compileInk(storyWith('=== one ===\nHello.\n* [Go] Gone.\n'));
    expect(build.json).not.toBeNull();
    expect(build.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(build.diagnostics.length).toBeGreaterThan(0);
  });

  it('reports a missing include as an error instead of throwing', () => {
    const entry = storyWith('');
    const build = compileInk(entry, 'INCLUDE chapters/missing.ink\nHi.\n');
    expect(build.json).toBeNull();
    expect(build.diagnostics[0]?.severity).toBe('error');
  });
});
