import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../tools/ink/compile';
import { storyFacts } from '../tools/ink/story-facts';
import { layoutMap } from '../tools/story/map-layout';
import { buildMapModel } from '../tools/story/map-model';
import { renderMap } from '../tools/story/map-render';

const root = path.resolve(import.meta.dirname, '..');
const build = compileInk(path.join(root, 'tests/fixtures/check/unreachable-ending.ink'), {
  outline: true,
});
const outline = build.outline!;
const facts = storyFacts(build.json!);

describe('story map model', () => {
  it('has a column per chapter with its knots in the order written, and the diverts between', () => {
    const model = buildMapModel(outline, facts, ['one', 'two'], null);
    expect(model.columns.map((c) => [c.title, c.nodes.map((n) => n.path)])).toEqual([
      ['One', ['one']],
      ['Two', ['two', 'sent', 'deleted', 'lost']],
    ]);
    const edges = model.edges.map((e) => `${e.from}${e.fromChoice ? '*' : ''} -> ${e.to}`);
    expect(edges).toEqual(['one -> two', 'two* -> sent', 'two* -> deleted', 'sent -> lost']);
    const sent = model.columns[1]?.nodes.find((n) => n.path === 'sent');
    expect(sent?.endings).toEqual(['city_lights']);
  });

  it('marks what the checker never reached, and what no divert leads to', () => {
    const model = buildMapModel(outline, facts, ['one', 'two'], new Set(['lost']));
    const lost = model.columns[1]?.nodes.find((n) => n.path === 'lost');
    expect(lost?.reached).toBe('never');
    const html = renderMap(model, layoutMap(model), 'Story map');
    expect(html).toContain('class="box unreached" data-path="lost"');
    expect(html).toContain('never reached');
    expect(html.match(/<path class="arrow/g)).toHaveLength(4);

    const orphan = compileInk(path.join(root, 'tests/fixtures/check/unreachable-knot.ink'), {
      outline: true,
    });
    const orphanModel = buildMapModel(orphan.outline!, storyFacts(orphan.json!), [], null);
    const epilogue = orphanModel.columns.flatMap((c) => c.nodes).find((n) => n.path === 'epilogue');
    expect(epilogue?.reached).toBe('orphan');
  });

  it('npm run story:map writes a page for the real story', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'her-map-')), 'map.html');
    await promisify(execFile)('npx', ['tsx', 'tools/story-map.ts', '--out', out], { cwd: root });
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('The Cave');
    expect(html.match(/class="box/g)?.length).toBeGreaterThan(150);
  }, 120_000);
});
