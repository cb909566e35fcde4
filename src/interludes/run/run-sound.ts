import { playNoise, playTone } from '../../audio/synth-cues';
import type { RunEvent } from './run-state';

/**
 * The run's small sounds, made in code: his footfalls (wood in the office, stone outside),
 * a soft thud for a bump, a breath of air for a jump, the elevator's two-note chime and its
 * doors, oranges bouncing, the searching ping under each "Searching.", and the warm chord
 * when she answers. The stage's own music and ambience go on underneath.
 */
export function soundFor(e: RunEvent, outside: boolean, stepNo: number): void {
  switch (e.kind) {
    case 'step':
      playNoise({
        seconds: 0.05,
        band: outside ? 1500 : 700,
        gain: 0.09,
        pan: stepNo % 2 ? -0.08 : 0.08,
      });
      break;
    case 'bump':
      playNoise({ seconds: 0.18, band: 200, gain: 0.35 });
      playTone({ freq: 210, toFreq: 150, seconds: 0.16, wave: 'triangle', gain: 0.05 });
      break;
    case 'jump':
      playNoise({ seconds: 0.12, band: 2600, gain: 0.04 });
      break;
    case 'ding':
      playTone({ freq: 880, seconds: 0.7, gain: 0.05 });
      setTimeout(() => playTone({ freq: 698, seconds: 0.9, gain: 0.05 }), 180);
      break;
    case 'doors':
      playNoise({ seconds: 0.9, band: 320, gain: 0.06 });
      break;
    case 'spill':
      for (let i = 0; i < 7; i++)
        setTimeout(
          () =>
            playTone({
              freq: 260 + ((i * 47) % 90),
              toFreq: 180,
              seconds: 0.09,
              wave: 'triangle',
              gain: 0.07,
              pan: (i % 3) - 1,
            }),
          90 + i * 85,
        );
      break;
    case 'orange':
      playTone({ freq: e.by === 'him' ? 620 : 520, toFreq: 760, seconds: 0.12, gain: 0.05 });
      break;
    case 'answer':
      [523.25, 659.25, 783.99].forEach((freq, i) =>
        setTimeout(() => playTone({ freq, seconds: 1.6, gain: 0.05 }), i * 110),
      );
      break;
    default:
      break;
  }
}

/** The searching ping, as the device's line comes up: a small sound going out, nothing back. */
export function searchingPing(): void {
  playTone({ freq: 1320, toFreq: 1180, seconds: 0.35, gain: 0.035, echo: 0.22 });
}
