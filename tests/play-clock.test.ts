import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { playTimeNow, runPlayClock, setPlayTime } from '../src/state/play-clock';
import { sessionStore } from '../src/state/session';

describe('the play clock', () => {
  let time = 0;
  const later = (ms: number) => void (time += ms);
  beforeEach(() => {
    time = 10_000;
    vi.spyOn(performance, 'now').mockImplementation(() => time);
    runPlayClock(false);
    setPlayTime(0);
  });
  afterEach(() => vi.restoreAllMocks());

  it('counts only while running, and banks the time in the session when it stops', () => {
    later(5_000); // on the title: not counted
    runPlayClock(true);
    later(12_000);
    expect(playTimeNow()).toBe(12_000);
    // Counting needs no store update while it runs: nothing on screen re-renders each second.
    expect(sessionStore.getState().playTimeMs).toBe(0);
    runPlayClock(false); // the tab hidden, or back to the title
    expect(sessionStore.getState().playTimeMs).toBe(12_000);
    later(60_000);
    expect(playTimeNow()).toBe(12_000);
    runPlayClock(true);
    runPlayClock(true); // told twice: still one stretch
    later(3_000);
    expect(playTimeNow()).toBe(15_000);
  });

  it('counts on from a time that is set while it runs (a new game, a loaded save)', () => {
    runPlayClock(true);
    later(40_000);
    setPlayTime(7_000);
    expect(playTimeNow()).toBe(7_000);
    later(1_000);
    expect(playTimeNow()).toBe(8_000);
  });
});
