import type Phaser from 'phaser';
import type { Talker } from './crowd-view';

/** How long one overheard line floats over its speaker, and the pause before the next. */
const SHOW = 3.6;
const REST = 1.4;

/**
 * What the city says into its phones as he runs by: small lines (from ink) floating over
 * people on a call, one or two at a time, in handwriting in the office (the letters being
 * dictated) and in plain type outside. Ambient, never needed to play.
 */
export class Captions {
  private readonly slots: { text: Phaser.GameObjects.Text; who: number | null; left: number }[] =
    [];
  private lines: string[] = [];
  private next = 0;
  private rest = 0.8;

  constructor(scene: Phaser.Scene, layer: Phaser.GameObjects.Container) {
    for (let i = 0; i < 2; i++) {
      const text = scene.add
        .text(0, 0, '', {
          fontFamily: 'Figtree Variable, system-ui, sans-serif',
          fontSize: '15px',
          color: '#4a2a24',
          align: 'center',
        })
        .setOrigin(0.5, 1)
        .setPadding(8, 4, 8, 5)
        .setBackgroundColor('rgba(255,246,236,0.86)')
        .setVisible(false);
      layer.add(text);
      this.slots.push({ text, who: null, left: 0 });
    }
  }

  /** The lines to draw from, and whether they are handwritten (letters being dictated). */
  use(lines: string[], handwriting: boolean): void {
    this.lines = lines;
    this.next = 0;
    for (const slot of this.slots) {
      slot.who = null;
      slot.text.setVisible(false);
      slot.text.setFontFamily(
        handwriting ? 'Caveat Variable, cursive' : 'Figtree Variable, system-ui, sans-serif',
      );
      slot.text.setFontSize(handwriting ? '20px' : '15px');
      slot.text.setFontStyle(handwriting ? '' : 'italic');
    }
  }

  /** Moves the captions with their speakers; starts a new one over someone on screen. */
  update(dt: number, talkers: readonly Talker[], count: number, width: number): void {
    this.rest -= dt;
    for (const slot of this.slots) {
      if (slot.who === null) continue;
      slot.left -= dt;
      let found = false;
      for (let i = 0; i < count; i++) {
        const t = talkers[i];
        if (!t || t.id !== slot.who) continue;
        found = true;
        slot.text.setPosition(Math.min(width - 130, Math.max(130, t.x)), t.top);
      }
      if (!found || slot.left <= 0) {
        slot.who = null;
        slot.text.setVisible(false);
      }
    }
    const free = this.slots.find((s) => s.who === null);
    if (!free || this.rest > 0 || this.lines.length === 0) return;
    for (let i = 0; i < count; i++) {
      const t = talkers[i];
      if (!t || t.x < width * 0.4 || t.x > width - 60 || this.slots.some((s) => s.who === t.id))
        continue;
      free.who = t.id;
      free.left = SHOW;
      free.text
        .setText(this.lines[this.next++ % this.lines.length] ?? '')
        .setWordWrapWidth(Math.min(240, width * 0.6));
      free.text.setPosition(Math.min(width - 130, Math.max(130, t.x)), t.top).setVisible(true);
      this.rest = REST;
      return;
    }
  }
}
