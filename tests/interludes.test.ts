import { describe, expect, it, vi } from 'vitest';
import { compileFixture } from './helpers/compile';

const story = compileFixture('fixtures/interlude.ink');

describe('minigame_ready', () => {
  it('plays the text version while an interlude is not built, or when the player skips interludes', async () => {
    vi.resetModules();
    const { Playthrough } = await import('../src/story/playthrough');
    const { gameExternals, registerInterlude } = await import('../src/state/interludes');
    const { updateSettings } = await import('../src/state/settings');
    const first = (externals?: typeof gameExternals) => {
      const p = new Playthrough(story, { externals });
      p.advance();
      return p.view.interlude ? `plays ${p.view.interlude.key}` : p.view.beat?.text;
    };
    expect(first()).toBe('The text version runs.'); // Inky, tools: the ink fallback
    expect(first(gameExternals)).toBe('The text version runs.'); // not registered yet
    registerInterlude('cave');
    expect(first(gameExternals)).toBe('plays cave');
    updateSettings({ skipInterludes: true });
    expect(first(gameExternals)).toBe('The text version runs.');
  });
});
