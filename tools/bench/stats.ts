/** Small statistics shared by the bench, the fuzz and the soak: medians, percentiles, ratios. */

/** The value at quantile `q` (0–1) of `values`, nearest-rank; NaN for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))]!;
}

/** The median, the figure every repeated measurement here reports (robust to a busy moment). */
export const median = (values: readonly number[]) => quantile(values, 0.5);

/** Frame gaps summarised as a player feels them: typical, the worst 5 % and the worst 1 %. */
export interface FrameSummary {
  frames: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Summarises requestAnimationFrame gaps (ms), rounded to a tenth of a millisecond. */
export function frameSummary(gaps: readonly number[]): FrameSummary {
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    frames: gaps.length,
    p50: r(quantile(gaps, 0.5)),
    p95: r(quantile(gaps, 0.95)),
    p99: r(quantile(gaps, 0.99)),
  };
}

/** `a / b`, rounded to two places; Infinity when b is zero and a is not. */
export function ratio(a: number, b: number): number {
  if (b === 0) return a === 0 ? 1 : Number.POSITIVE_INFINITY;
  return Math.round((a / b) * 100) / 100;
}

/** Milliseconds since `start` (performance.now), to a hundredth. */
export const since = (start: number) => Math.round((performance.now() - start) * 100) / 100;
