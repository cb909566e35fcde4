/** The story map page's look: chapter hues from `--h`, unreached content in red. */
export const MAP_STYLE = `
:root { color-scheme: light; font: 13px/1.35 system-ui, -apple-system, "Segoe UI", sans-serif; }
body { margin: 0; background: #f6f3ef; color: #2b2622; }
header { position: sticky; top: 0; left: 0; z-index: 2; padding: 10px 18px; background: #fffdfaee;
  border-bottom: 1px solid #ddd3c8; backdrop-filter: blur(4px); }
h1 { margin: 0 0 2px; font-size: 17px; }
header p { margin: 2px 0; color: #5a5048; }
code { font: 12px ui-monospace, monospace; background: #efe8e0; padding: 0 3px; border-radius: 3px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0; }
.key { padding: 1px 8px; border-radius: 10px; background: hsl(var(--h) 60% 92%);
  border: 1px solid hsl(var(--h) 45% 55%); font-size: 12px; }
.key.miss { --h: 0; color: #b3261e; } .key.orphan { --h: 0; border-style: dashed; color: #b3261e; }
.key.end { --h: 275; }
label { font-weight: 600; } input { font: inherit; width: 300px; padding: 3px 6px; margin-left: 4px; }
output { margin-left: 12px; font: 12px ui-monospace, monospace; color: #5a5048; }
main { overflow: auto; }
svg text { font-size: 12px; fill: #2b2622; }
.head rect { fill: hsl(var(--h) 55% 88%); stroke: hsl(var(--h) 45% 45%); }
.head text { font-weight: 700; font-size: 14px; }
.box rect { fill: hsl(var(--h) 60% 97%); stroke: hsl(var(--h) 45% 50%); stroke-width: 1.5; }
.box .name { font-weight: 700; font-size: 13px; }
.where { fill: #7a6f66 !important; font: 10.5px ui-monospace, monospace; }
.box.unreached rect { fill: #fdecea; stroke: #b3261e; stroke-width: 2; stroke-dasharray: 6 4; }
.mark { fill: #b3261e !important; font-weight: 700; font-size: 11px !important; }
.choice.unreached text { fill: #b3261e; font-weight: 600; }
.ending { fill: hsl(275 45% 35%) !important; font-weight: 700; }
.badge { fill: #6a5f56 !important; font: 11px ui-monospace, monospace; }
.arrow { fill: none; stroke: #8c8178; stroke-width: 1.2; opacity: .55; }
.arrow.back { stroke-dasharray: 4 3; }
marker path { fill: #8c8178; }
.box:focus { outline: none; } .box:focus rect, .box.hit rect { stroke-width: 3; stroke: #1d5fbf; }
svg.focus .arrow { opacity: .12; } svg.focus .arrow.on { opacity: 1; stroke: #1d5fbf; stroke-width: 2; }
svg.finding .box:not(.hit) { opacity: .35; }
`;

/** Hover or focus a box to see its arrows; type to find boxes; the footer names file:line. */
export const MAP_SCRIPT = `
const svg = document.querySelector('svg');
const where = document.getElementById('where');
const boxes = [...document.querySelectorAll('.box')];
function focusBox(box) {
  svg.classList.toggle('focus', !!box);
  for (const a of document.querySelectorAll('.arrow'))
    a.classList.toggle('on', !!box && (a.dataset.from === box.dataset.path || a.dataset.to === box.dataset.path));
  where.textContent = box ? box.dataset.path + '  ' + box.dataset.where : '';
}
for (const box of boxes) {
  box.addEventListener('mouseenter', () => focusBox(box));
  box.addEventListener('focus', () => focusBox(box));
  box.addEventListener('mouseleave', () => focusBox(null));
}
document.getElementById('find').addEventListener('input', (e) => {
  const q = e.target.value.trim().toLowerCase();
  svg.classList.toggle('finding', q !== '');
  let first = null;
  for (const box of boxes) {
    const hit = q !== '' && box.textContent.toLowerCase().includes(q);
    box.classList.toggle('hit', hit);
    if (hit && !first) first = box;
  }
  if (first) first.scrollIntoView({ block: 'center', inline: 'center', behavior: 'smooth' });
});
`;
