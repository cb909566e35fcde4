/** The birthday pony: the one guest nobody asked whether it wanted to come. */
import { figure, type Pose } from './p1-guests';

/** A pale pony, head low, enduring the party; a cheering child in a paper hat on its back. */
export function pony(
  ctx: CanvasRenderingContext2D,
  x: number,
  footY: number,
  s: number,
  color: string,
  rider: string,
  rim: string,
): void {
  const bodyY = footY - s * 0.62;
  ctx.fillStyle = 'rgba(70,50,40,0.22)';
  ctx.beginPath();
  ctx.ellipse(x - s * 0.3, footY, s * 0.7, s * 0.05, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = ctx.strokeStyle = color;
  ctx.lineCap = 'round';
  ctx.lineWidth = s * 0.09;
  ctx.beginPath();
  for (const lx of [-0.36, -0.22, 0.24, 0.38]) {
    ctx.moveTo(x + lx * s, bodyY);
    ctx.lineTo(x + lx * s, footY - ctx.lineWidth / 2);
  }
  ctx.stroke();
  ctx.beginPath();
  ctx.ellipse(x, bodyY, s * 0.5, s * 0.22, 0, 0, Math.PI * 2);
  ctx.moveTo(x + s * 0.3, bodyY - s * 0.18); // neck, then a head hung low: it has seen a lot today
  ctx.quadraticCurveTo(x + s * 0.52, bodyY - s * 0.34, x + s * 0.64, bodyY - s * 0.22);
  ctx.lineTo(x + s * 0.8, bodyY + s * 0.14);
  ctx.quadraticCurveTo(x + s * 0.78, bodyY + s * 0.24, x + s * 0.68, bodyY + s * 0.2);
  ctx.lineTo(x + s * 0.42, bodyY + s * 0.1);
  ctx.moveTo(x + s * 0.58, bodyY - s * 0.26);
  ctx.lineTo(x + s * 0.58, bodyY - s * 0.38); // an ear
  ctx.lineTo(x + s * 0.64, bodyY - s * 0.24);
  ctx.fill();
  ctx.strokeStyle = '#8a5a4a';
  ctx.lineWidth = s * 0.07;
  ctx.beginPath(); // dark mane and tail, hanging straight down: no energy left
  ctx.moveTo(x + s * 0.3, bodyY - s * 0.2);
  ctx.quadraticCurveTo(x + s * 0.48, bodyY - s * 0.34, x + s * 0.58, bodyY - s * 0.28);
  ctx.moveTo(x - s * 0.48, bodyY - s * 0.1);
  ctx.quadraticCurveTo(x - s * 0.6, bodyY + s * 0.1, x - s * 0.56, bodyY + s * 0.36);
  ctx.stroke();
  ctx.fillStyle = '#f3a1a8'; // a party blanket over its back
  ctx.fillRect(x - s * 0.2, bodyY - s * 0.2, s * 0.34, s * 0.3);
  const kid: Pose = {
    hair: 'long',
    dress: false,
    drink: false,
    kid: true,
    armsUp: true,
    hat: '#f0c060',
  };
  figure(ctx, x - s * 0.03 + s * 0.008, bodyY + s * 0.12, s * 0.62, rim, kid);
  figure(ctx, x - s * 0.03, bodyY + s * 0.12, s * 0.62, rider, kid);
}
