/** The saved image of a letter: a sheet of paper in portrait, the size every letter is kept at. */
export const LETTER_IMAGE = { width: 1200, height: 1600 } as const;

const MARGIN_X = 120;
const TOP = 150;
const BOTTOM = 190;
const HAND = '"Caveat Variable", "Segoe Script", cursive';
const PRINT = '"Figtree Variable", system-ui, sans-serif';

/** Breaks one paragraph into lines that fit `width` in the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The fonts are web fonts: wait for them, or the canvas would write in a fallback face. */
async function loadFonts(size: number): Promise<void> {
  try {
    await Promise.all([
      document.fonts.load(`${size}px ${HAND}`, 'Dear'),
      document.fonts.load(`28px ${PRINT}`, 'Letters'),
    ]);
  } catch {
    // A font that cannot load leaves the fallback face: the letter is still legible.
  }
}

/**
 * Draws a letter on a sheet of cream paper with faint rules, in the handwriting the game
 * uses, scaled down until it fits, with a small caption at the foot (the book, the ending,
 * the date). Returns the canvas, LETTER_IMAGE in size.
 */
export async function drawLetter(
  lines: readonly string[],
  caption: string,
): Promise<HTMLCanvasElement> {
  const { width, height } = LETTER_IMAGE;
  await loadFonts(50);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas here to draw the letter on.');
  const paper = ctx.createLinearGradient(0, 0, width * 0.4, height);
  paper.addColorStop(0, '#fffaf0');
  paper.addColorStop(0.6, '#fbf4e6');
  paper.addColorStop(1, '#f3e6cf');
  ctx.fillStyle = paper;
  ctx.fillRect(0, 0, width, height);

  // The largest writing (from 50px down) at which the whole letter fits between the margins.
  let size = 50;
  let rows: string[] = [];
  for (; size >= 22; size -= 2) {
    ctx.font = `${size}px ${HAND}`;
    rows = lines.flatMap((paragraph) => wrap(ctx, paragraph, width - MARGIN_X * 2));
    if (rows.length * size * 1.6 <= height - TOP - BOTTOM) break;
  }
  const step = size * 1.6;
  ctx.strokeStyle = 'rgba(196, 80, 61, 0.18)';
  ctx.lineWidth = 2;
  for (let y = TOP + step; y <= height - BOTTOM + 1; y += step) {
    ctx.beginPath();
    ctx.moveTo(MARGIN_X - 20, y);
    ctx.lineTo(width - MARGIN_X + 20, y);
    ctx.stroke();
  }
  ctx.fillStyle = '#3a2a2e';
  ctx.textBaseline = 'alphabetic';
  rows.forEach((row, i) => ctx.fillText(row, MARGIN_X, TOP + step * (i + 1) - size * 0.3));

  ctx.font = `26px ${PRINT}`;
  ctx.fillStyle = 'rgba(58, 42, 46, 0.55)';
  ctx.textAlign = 'center';
  ctx.fillText(caption, width / 2, height - 80);
  return canvas;
}

/** The letter as a PNG file's bytes. */
export async function letterPng(lines: readonly string[], caption: string): Promise<Blob> {
  const canvas = await drawLetter(lines, caption);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png'),
  );
}
