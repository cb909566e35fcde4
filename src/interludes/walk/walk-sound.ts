/**
 * The walk's sound, made in code: his footsteps, the crowd's (heels and soles, panned to where
 * each person is), a murmur of voices that drifts from side to side, a bicycle bell, his
 * heartbeat, a soft thud for a bump, a tiny chime when she speaks, the slice's paper.
 */
import { playNoise, playTone } from '../../audio/synth-cues';
import { HEART } from './walk-body';
import type { Person } from './walk-crowd';
import type { Walker } from './walk-move';
import type { WalkEvent, WalkState } from './walk-state';

/** Where someone is, as he hears it: left-right pan and loudness by distance (0–1). */
function heard(p: Person, theo: Walker): { pan: number; near: number } {
  const dx = p.x - theo.x;
  const d = Math.hypot(dx, p.z - theo.z);
  return { pan: Math.max(-1, Math.min(1, dx / 2.5)), near: 1 / (1 + d * 0.55) };
}

/** Plays the walk's cues; quiet when audio is muted or blocked (playTone/playNoise decide). */
export class WalkSound {
  private foot = 1;
  private murmurIn = 0.5;
  private stepsThisFrame = 0;

  /** Plays what a rules event sounds like, if anything. */
  hear(event: WalkEvent, s: WalkState): void {
    if (event.type === 'step') this.step();
    else if (event.type === 'crowd') this.crowd(event.sound.kind, event.sound.person, s.theo);
    else if (event.type === 'counter') this.counter();
    else if (event.type === 'eyes' && event.open) this.peek();
    else if (event.type === 'beat')
      this.beat((s.heart.bpm - HEART.calm) / (HEART.fastest - HEART.calm));
    else if (event.type === 'bump') {
      const { side, strength, person } = event.bump;
      this.bump(side, strength, person.kind === 'cello');
    }
  }

  /** Starts a new frame (crowd footsteps are capped per frame so a crowd never clatters). */
  frame(): void {
    this.stepsThisFrame = 0;
  }

  /** One of his footsteps, alternating a touch left and right. */
  step(): void {
    this.foot = -this.foot;
    playNoise({ seconds: 0.09, band: 190 + Math.random() * 50, gain: 0.22, pan: this.foot * 0.12 });
  }

  /** Someone's footstep: heels click high, soles scuff low; the cyclist rings instead. */
  crowd(kind: 'step' | 'bell', p: Person, theo: Walker): void {
    const { pan, near } = heard(p, theo);
    if (kind === 'bell') return this.bell(pan);
    if (near < 0.13 || this.stepsThisFrame >= 2) return;
    this.stepsThisFrame++;
    const heels = p.tone < 0.35;
    playNoise({
      seconds: heels ? 0.04 : 0.07,
      band: heels ? 2800 : 620,
      gain: (heels ? 0.16 : 0.2) * near,
      pan,
    });
  }

  /** The crowd's murmur: grains of voice from whoever is near, now here, now there. */
  murmur(people: readonly Person[], theo: Walker, dt: number, open: boolean): void {
    this.murmurIn -= dt;
    if (this.murmurIn > 0) return;
    this.murmurIn = 0.16 + Math.random() * 0.3;
    const p = people[Math.floor(Math.random() * people.length)];
    if (!p?.active || p.kind === 'cyclist' || p.kind === 'stroller') return;
    const { pan, near } = heard(p, theo);
    if (near < 0.12) return;
    const louder = open ? 1.6 : 1; // eyes open, the street rushes back in
    playNoise({ seconds: 0.3, band: 380 + Math.random() * 520, gain: 0.06 * near * louder, pan });
    const pitch = 140 + p.tone * 120;
    playTone({
      freq: pitch,
      toFreq: pitch * (0.85 + Math.random() * 0.3),
      seconds: 0.2,
      wave: 'triangle',
      gain: 0.012 * near * louder,
      pan,
    });
  }

  /** A bicycle bell: two bright rings with a metal shimmer. */
  bell(pan: number): void {
    for (const delay of [0, 170]) {
      setTimeout(() => {
        playTone({ freq: 2350, seconds: 0.7, gain: 0.09, pan });
        playTone({ freq: 6480, seconds: 0.35, gain: 0.025, pan });
      }, delay);
    }
  }

  /** His heart: lub, then a softer dub; louder when it races. */
  beat(fright: number): void {
    const level = 0.22 + 0.2 * fright;
    playTone({ freq: 62, toFreq: 42, seconds: 0.16, gain: level });
    setTimeout(() => playTone({ freq: 56, toFreq: 38, seconds: 0.13, gain: level * 0.6 }), 170);
  }

  /** A gentle bump: a soft thud of coat on coat from that side; a hollow boom for the cello. */
  bump(side: number, strength: number, cello: boolean): void {
    playNoise({ seconds: 0.22, band: 150, gain: 0.35 + 0.25 * strength, pan: side });
    playNoise({ seconds: 0.12, band: 1100, gain: 0.06, pan: side });
    if (cello)
      playTone({ freq: 98, toFreq: 92, seconds: 0.7, wave: 'triangle', gain: 0.22, pan: side });
  }

  /** The counter: wood and flour. */
  counter(): void {
    playNoise({ seconds: 0.18, band: 240, gain: 0.4 });
    playTone({ freq: 180, toFreq: 150, seconds: 0.25, wave: 'triangle', gain: 0.08 });
  }

  /** She speaks: a small warm chime in his ear. */
  voice(): void {
    playTone({ freq: 880, toFreq: 988, seconds: 0.14, gain: 0.045 });
    setTimeout(() => playTone({ freq: 1319, seconds: 0.3, gain: 0.03 }), 90);
  }

  /** Eyes open: a breath of air and the street's hiss. */
  peek(): void {
    playNoise({ seconds: 0.35, band: 3800, gain: 0.07 });
  }

  /** The slice arrives: paper, and something warm. */
  slice(): void {
    playNoise({ seconds: 0.25, band: 3000, gain: 0.12 });
    playTone({ freq: 392, toFreq: 523, seconds: 0.6, gain: 0.06 });
  }
}
