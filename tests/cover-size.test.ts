import { describe, expect, it } from 'vitest';
import { BG_SIZE, coverSize } from '../src/scenes/art-textures';

describe('coverSize', () => {
  it('paints a background at the screen size it covers, 16:9, whole pixels', () => {
    expect(coverSize(1280, 720)).toEqual({ width: 1280, height: 720 });
    expect(coverSize(900, 700)).toEqual({ width: 1245, height: 700 });
    expect(coverSize(390, 844)).toEqual({ width: 1501, height: 844 });
    for (const [w, h] of [
      [1366, 768],
      [800, 600],
      [390, 844],
      [1000, 1000],
    ] as const) {
      const size = coverSize(w, h);
      expect(size.width).toBeGreaterThanOrEqual(w); // covers the screen: no edge shows
      expect(size.height).toBeGreaterThanOrEqual(h);
      expect(Math.abs(size.width / size.height - 16 / 9)).toBeLessThan(0.01);
    }
  });

  it('never paints an empty picture for a hidden (0 × 0) stage', () => {
    const size = coverSize(0, 0);
    expect(size.width).toBeGreaterThanOrEqual(1);
    expect(size.height).toBeGreaterThanOrEqual(1);
  });

  it('never paints above the design size (a bigger screen stretches it)', () => {
    expect(coverSize(2560, 1440)).toEqual(BG_SIZE);
    expect(coverSize(1920, 1080)).toEqual(BG_SIZE);
  });
});
