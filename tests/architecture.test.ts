import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickRenderer } from '../src/scenes/renderer';

const storyDir = path.resolve(import.meta.dirname, '../src/story');
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);

describe('src/story stays pure', () => {
  const files = readdirSync(storyDir).filter((f) => f.endsWith('.ts'));

  it.each(files)('%s imports only the ink runtime and its own folder', (file) => {
    for (const spec of importsOf(path.join(storyDir, file))) {
      expect(spec === 'inkjs' || spec?.startsWith('./'), `${file} imports ${spec}`).toBe(true);
    }
  });

  it.each(files)('%s touches no DOM globals', (file) => {
    const source = readFileSync(path.join(storyDir, file), 'utf8');
    expect(source).not.toMatch(
      /\b(window|document|localStorage|HTMLElement|requestAnimationFrame)\b/,
    );
  });
});

describe('pickRenderer', () => {
  it.each([
    [null, 'ANGLE (NVIDIA GeForce RTX 3060)', 'webgl'],
    [null, 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)))', 'canvas'],
    [null, 'llvmpipe (LLVM 15.0.6, 256 bits)', 'canvas'],
    [null, null, 'canvas'],
    ['webgl', null, 'webgl'],
    ['canvas', 'Apple M2', 'canvas'],
    ['bogus', 'Apple M2', 'webgl'],
  ])('override %s with GPU %s → %s', (override, gpu, expected) => {
    expect(pickRenderer(override, gpu)).toBe(expected);
  });
});
