/**
 * Illegible cursive: looping strokes that read as a handwritten letter at a glance, without
 * any real words for a player to squint at.
 */

/** Writes `lines` rows of pretend cursive starting at (x, y), `lineGap` apart, `width` wide. */
export function handwriting(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  x: number,
  y: number,
  width: number,
  lines: number,
  lineGap: number,
  ink: string,
): void {
  ctx.save();
  ctx.strokeStyle = ink;
  ctx.lineWidth = 1.6;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (let l = 0; l < lines; l++) {
    const base = y + l * lineGap;
    // The last line is short, like a sign-off; the first is indented like a greeting.
    const start = x + (l === 0 ? 0 : rand() * 8);
    const end = l === lines - 1 ? x + width * 0.45 : x + width * (0.85 + rand() * 0.15);
    let cx = start;
    while (cx < end) {
      const wordLen = 24 + rand() * 60;
      word(ctx, rand, cx, base, Math.min(wordLen, end - cx));
      cx += wordLen + 9 + rand() * 6;
    }
  }
  ctx.restore();
}

/** One word: a trochoid whose loops sit on top (like e, l), one letter per turn, slanted. */
function word(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  x: number,
  base: number,
  len: number,
): void {
  const step = 1.3;
  const loop = 2.4;
  let letter = -1;
  let tall = 1;
  let swing = 1;
  ctx.beginPath();
  for (let t = 0; step * t < len; t += 0.3) {
    const n = Math.floor(t / (Math.PI * 2));
    if (n !== letter) {
      // Mostly small letters, the odd ascender; changing height at the baseline keeps it joined.
      letter = n;
      tall = rand() < 0.22 ? 2.4 : 0.9 + rand() * 0.4;
      swing = tall < 2 && rand() < 0.35 ? 0.25 : 1; // a hump (n, m) instead of a loop
    }
    const py = base - loop * (1 - Math.cos(t)) * tall;
    const px = x + step * t + loop * swing * Math.sin(t) + (base - py) * 0.35;
    if (t === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.stroke();
}
