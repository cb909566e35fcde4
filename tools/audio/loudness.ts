/**
 * Loudness as ears weigh it (ITU-R BS.1770 K-weighting, without gating). Peak and RMS
 * mislead across different material: a sustained tone or a pad-heavy loop measures far
 * louder in RMS than a sparse piano tune that sounds just as loud, and bass counts for too
 * much. Matching this measure instead keeps related files at one apparent level.
 */
import { SR, toDb } from './buffer.ts';
import { Biquad } from './filters.ts';

/** The K-weighting curve: a +4 dB shelf for the head's effect, then a low cut below 38 Hz. */
function kWeighted(ch: Float32Array): Float32Array {
  const shelf = new Biquad('highshelf', 1681, 0.71, 4);
  const low = new Biquad('highpass', 38, 0.5);
  const out = new Float32Array(ch.length);
  for (let i = 0; i < ch.length; i++) out[i] = low.tick(shelf.tick(ch[i]!));
  return out;
}

/**
 * Loudness in LUFS: channel mean squares are summed, as BS.1770 does for stereo. With
 * `window` (seconds) it is the loudest such window in 100 ms steps (the momentary maximum,
 * right for one-shots, whose length would otherwise count); without, the whole signal.
 */
export function loudness(channels: readonly Float32Array[], window?: number): number {
  const weighted = channels.map(kWeighted);
  const n = weighted[0]?.length ?? 0;
  const span = window === undefined ? n : Math.round(window * SR);
  const hop = window === undefined ? Math.max(1, n) : Math.round(0.1 * SR);
  let loudest = 0;
  for (let start = 0; start === 0 || start + span <= n; start += hop) {
    let sum = 0;
    for (const ch of weighted) {
      for (let i = start; i < Math.min(n, start + span); i++) sum += ch[i]! * ch[i]!;
    }
    // A short one-shot counts as padded with silence to the window, as meters do.
    loudest = Math.max(loudest, sum / Math.max(1, span));
    if (start + span >= n) break;
  }
  return -0.691 + toDb(Math.sqrt(loudest));
}
