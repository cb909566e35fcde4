/** Tiny people seen from afar: a head, a tapering coat, and sometimes a hand to the ear. */

/** Paints one passer-by standing on `footY`, `h` tall; `onCall` raises a hand to an earpiece. */
export function passerby(
  ctx: CanvasRenderingContext2D,
  x: number,
  footY: number,
  h: number,
  color: string,
  onCall: boolean,
): void {
  const head = h * 0.12;
  const top = footY - h;
  const shoulderY = top + head * 2.35;
  const hipY = footY - h * 0.4;
  const half = h * 0.14;
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(x, top + head, head, 0, Math.PI * 2);
  ctx.fill();
  // Rounded shoulders, a body narrowing to the hips, then two legs: a person at any size.
  ctx.beginPath();
  ctx.moveTo(x - half, shoulderY + head);
  ctx.quadraticCurveTo(x - half, shoulderY - head * 0.2, x, shoulderY - head * 0.2);
  ctx.quadraticCurveTo(x + half, shoulderY - head * 0.2, x + half, shoulderY + head);
  ctx.lineTo(x + half * 0.8, hipY);
  ctx.lineTo(x - half * 0.8, hipY);
  ctx.closePath();
  ctx.fill();
  const leg = h * 0.075;
  ctx.fillRect(x - leg - h * 0.012, hipY - 1, leg, footY - hipY + 1);
  ctx.fillRect(x + h * 0.012, hipY - 1, leg, footY - hipY + 1);
  if (onCall) {
    ctx.strokeStyle = color;
    ctx.lineWidth = Math.max(1, h * 0.075);
    ctx.lineCap = 'round';
    ctx.beginPath();
    ctx.moveTo(x + half * 0.7, shoulderY + head * 0.3);
    ctx.lineTo(x + half * 1.45, shoulderY + head * 0.5); // elbow out to the side
    ctx.lineTo(x + head * 0.8, top + head * 1.3); // hand at the earpiece
    ctx.stroke();
  }
}

/** A loose group of passers-by along a line, spaced and coloured by `rand`. */
export function crowd(
  ctx: CanvasRenderingContext2D,
  rand: () => number,
  x0: number,
  x1: number,
  footY: number,
  h: number,
  count: number,
  colors: readonly string[],
): void {
  for (let i = 0; i < count; i++) {
    const x = x0 + rand() * (x1 - x0);
    const color = colors[Math.floor(rand() * colors.length)] ?? '#000000';
    passerby(ctx, x, footY + rand() * h * 0.08, h * (0.85 + rand() * 0.25), color, rand() < 0.35);
  }
}
