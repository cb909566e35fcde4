import type { MapModel, MapNode } from './map-model.ts';

/** Sizes of the drawing, in SVG pixels. */
export const SIZE = {
  box: 270,
  gap: 110,
  margin: 40,
  top: 84,
  header: 38,
  row: 18,
  badge: 17,
  pad: 10,
  between: 26,
};

/** Where a box sits, and the y of each of its choice rows. */
export interface Placed {
  node: MapNode;
  column: number;
  x: number;
  y: number;
  w: number;
  h: number;
  rows: Map<string, number>;
}

/** The drawing: boxes, arrows as SVG paths, and the canvas size. */
export interface Layout {
  boxes: Placed[];
  arrows: { d: string; from: string; to: string; kind: string; back: boolean }[];
  columns: { x: number; title: string; id: string }[];
  width: number;
  height: number;
}

/**
 * Lays the map out in columns (one per chapter), boxes stacked in the order they are written,
 * each box tall enough for its choices, badges and endings. Arrows leave a box (or the choice
 * that diverts) on its right and enter the target on its left; within a column they bow out to
 * the right instead, so a chapter's own flow reads top to bottom.
 */
export function layoutMap(model: MapModel): Layout {
  const boxes = new Map<string, Placed>();
  let height = 0;
  const columns = model.columns.map((col, i) => {
    const x = SIZE.margin + i * (SIZE.box + SIZE.gap);
    let y = SIZE.top;
    for (const node of col.nodes) {
      const extras = node.badges.length + node.endings.length;
      const h = SIZE.header + node.choices.length * SIZE.row + extras * SIZE.badge + SIZE.pad;
      const rows = new Map<string, number>();
      node.choices.forEach((c, n) =>
        rows.set(c.path, y + SIZE.header + n * SIZE.row + SIZE.row / 2),
      );
      boxes.set(node.path, { node, column: i, x, y, w: SIZE.box, h, rows });
      y += h + SIZE.between;
    }
    height = Math.max(height, y);
    return { x, title: col.title, id: col.id };
  });
  const arrows = model.edges.flatMap((edge) => {
    const from = boxes.get(edge.from);
    const to = boxes.get(edge.to);
    if (!from || !to) return [];
    const sy = (edge.fromChoice && from.rows.get(edge.fromChoice)) || from.y + SIZE.header / 2;
    const ty = to.y + SIZE.header / 2;
    const sx = from.x + from.w;
    let d: string;
    if (to.column === from.column) {
      const bow = 24 + Math.min(60, Math.abs(ty - sy) / 12);
      d = `M ${sx} ${sy} C ${sx + bow} ${sy}, ${sx + bow} ${ty}, ${to.x + to.w} ${ty}`;
    } else {
      const tx = to.x;
      const dx = Math.max(40, Math.abs(tx - sx) / 3);
      d = `M ${sx} ${sy} C ${sx + dx} ${sy}, ${tx - dx} ${ty}, ${tx} ${ty}`;
    }
    const back = to.column < from.column || (to.column === from.column && ty < sy);
    return [{ d, from: edge.from, to: edge.to, kind: edge.kind, back }];
  });
  const width = SIZE.margin * 2 + model.columns.length * (SIZE.box + SIZE.gap) - SIZE.gap;
  return { boxes: [...boxes.values()], arrows, columns, width, height: height + SIZE.margin };
}
