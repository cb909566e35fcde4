import type { Layout, Placed } from './map-layout.ts';
import { SIZE } from './map-layout.ts';
import type { MapModel } from './map-model.ts';
import { MAP_SCRIPT, MAP_STYLE } from './map-page.ts';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A chapter's colour: evenly round the wheel, muted enough to read black text on its tint. */
export const hue = (column: number, count: number) =>
  Math.round((column * 360) / Math.max(1, count));

const MARK = { never: 'never reached', orphan: 'no divert leads here', yes: '', unknown: '' };

function box(p: Placed, columns: number): string {
  const { node } = p;
  const h = hue(p.column, columns);
  const name = node.path.includes('.') ? `= ${node.path.split('.')[1]}` : `=== ${node.path}`;
  const state = node.reached === 'never' || node.reached === 'orphan' ? ' unreached' : '';
  const out = [
    `<g class="box${state}" data-path="${esc(node.path)}" data-where="${esc(`${node.file}:${node.line}`)}" style="--h:${h}" tabindex="0">`,
    `<title>${esc(`${node.path}\n${node.file}:${node.line}${MARK[node.reached] ? `\n${MARK[node.reached]}` : ''}`)}</title>`,
    `<rect x="${p.x}" y="${p.y}" width="${p.w}" height="${p.h}" rx="8"/>`,
    `<text class="name" x="${p.x + 10}" y="${p.y + 16}">${esc(clip(name, 34))}</text>`,
    `<text class="where" x="${p.x + 10}" y="${p.y + 30}">${esc(`${node.file}:${node.line}`)}</text>`,
  ];
  if (MARK[node.reached])
    out.push(
      `<text class="mark" x="${p.x + p.w - 10}" y="${p.y + 16}" text-anchor="end">${MARK[node.reached]}</text>`,
    );
  node.choices.forEach((c) => {
    const y = (p.rows.get(c.path) ?? 0) + 4;
    const miss = c.reached === 'never' || c.reached === 'orphan';
    out.push(
      `<g class="choice${miss ? ' unreached' : ''}" data-path="${esc(c.path)}"><title>${esc(`${c.text}\n${node.file}:${c.line}${miss ? `\n${MARK[c.reached]}` : ''}`)}</title>`,
      `<text x="${p.x + 12}" y="${y}">${miss ? '✕' : '•'} ${esc(clip(c.text, 40))}</text></g>`,
    );
  });
  let y = p.y + SIZE.header + node.choices.length * SIZE.row + 12;
  for (const ending of node.endings) {
    out.push(`<text class="ending" x="${p.x + 12}" y="${y}">◆ ending: ${esc(ending)}</text>`);
    y += SIZE.badge;
  }
  for (const badge of node.badges) {
    out.push(`<text class="badge" x="${p.x + 12}" y="${y}">${esc(clip(badge, 40))}</text>`);
    y += SIZE.badge;
  }
  out.push('</g>');
  return out.join('');
}

/** Counts for the legend: how much of the story play reaches. */
function summary(model: MapModel): string {
  const nodes = model.columns.flatMap((c) => c.nodes);
  const choices = nodes.flatMap((n) => n.choices);
  const missed = (r: string) => r === 'never' || r === 'orphan';
  const source =
    model.coverage === 'report'
      ? 'reach from the last <code>npm run story:check</code>'
      : 'reach from diverts only: run <code>npm run story:check</code> first to mark what play never reaches';
  return `${nodes.length} knots and stitches (${nodes.filter((n) => missed(n.reached)).length} unreached), ${choices.length} choices (${choices.filter((c) => missed(c.reached)).length} unreached), ${model.edges.length} diverts; ${source}`;
}

/** The map as a self-contained HTML page: an SVG, a legend, search and highlighting. */
export function renderMap(model: MapModel, layout: Layout, title: string): string {
  const n = layout.columns.length;
  const heads = layout.columns
    .map(
      (c, i) =>
        `<g class="head" style="--h:${hue(i, n)}"><rect x="${c.x}" y="18" width="${SIZE.box}" height="44" rx="8"/><text x="${c.x + 12}" y="38">${esc(clip(c.title, 30))}</text><text class="where" x="${c.x + 12}" y="54">${esc(c.id)}</text></g>`,
    )
    .join('');
  const arrows = layout.arrows
    .map(
      (a) =>
        `<path class="arrow ${a.kind}${a.back ? ' back' : ''}" data-from="${esc(a.from)}" data-to="${esc(a.to)}" d="${a.d}" marker-end="url(#tip)"/>`,
    )
    .join('');
  const boxes = layout.boxes.map((p) => box(p, n)).join('');
  const legend = layout.columns
    .map((c, i) => `<span class="key" style="--h:${hue(i, n)}">${esc(c.title)}</span>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${MAP_STYLE}</style></head>
<body><header><h1>${esc(title)}</h1><p>${summary(model)}</p>
<p class="legend">${legend}<span class="key miss">✕ never reached</span><span class="key orphan">no divert leads here</span><span class="key end">◆ ending</span></p>
<label>Find <input id="find" type="search" placeholder="knot, stitch or words of a choice" autocomplete="off"></label>
<output id="where" aria-live="polite"></output></header>
<main><svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-label="${esc(title)}">
<defs><marker id="tip" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z"/></marker></defs>
<g class="arrows">${arrows}</g>${heads}${boxes}</svg></main>
<script>${MAP_SCRIPT}</script></body></html>
`;
}
