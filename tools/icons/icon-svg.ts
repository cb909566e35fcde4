/**
 * The game's icon as SVG: a warm coral square with three soft lines of light, Samantha's
 * waveform, so it reads at 16 px and at 512 px alike and needs no font.
 */
export function iconSvg(options: { rounded: boolean } = { rounded: true }): string {
  const radius = options.rounded ? 112 : 0;
  const wave = (amplitude: number, phase: number) => {
    const points: string[] = [];
    for (let i = 0; i <= 64; i++) {
      const u = i / 64;
      const envelope = Math.sin(Math.PI * u) ** 2.2;
      const y = 276 + Math.sin(u * Math.PI * 2 * 1.6 + phase) * envelope * amplitude;
      points.push(`${(96 + u * 320).toFixed(1)},${y.toFixed(1)}`);
    }
    return points.join(' ');
  };
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <defs>
    <radialGradient id="warm" cx="50%" cy="92%" r="95%">
      <stop offset="0" stop-color="#f6b89a"/>
      <stop offset="0.42" stop-color="#e2725b"/>
      <stop offset="0.78" stop-color="#9c3a3a"/>
      <stop offset="1" stop-color="#2a1216"/>
    </radialGradient>
    <filter id="glow" x="-20%" y="-50%" width="140%" height="200%">
      <feGaussianBlur stdDeviation="9"/>
    </filter>
  </defs>
  <rect width="512" height="512" rx="${radius}" fill="url(#warm)"/>
  <g fill="none" stroke-linecap="round" stroke-linejoin="round">
    <polyline points="${wave(92, 0)}" stroke="#ffd9c4" stroke-width="30" opacity="0.55" filter="url(#glow)"/>
    <polyline points="${wave(92, 0)}" stroke="#fff4ec" stroke-width="16"/>
    <polyline points="${wave(58, 2.2)}" stroke="#ffe3d3" stroke-width="9" opacity="0.8"/>
    <polyline points="${wave(34, 4.1)}" stroke="#ffe3d3" stroke-width="6" opacity="0.6"/>
  </g>
</svg>
`;
}
