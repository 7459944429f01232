// Percentiles and small summaries for bench results (nearest-rank on sorted samples).

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile (p in 0..1) of already sorted samples; NaN when there are none. */
export function percentileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((s, v) => s + v, 0);
  return {
    n: sorted.length,
    p50: percentileSorted(sorted, 0.5),
    p95: percentileSorted(sorted, 0.95),
    p99: percentileSorted(sorted, 0.99),
    max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
    mean: sorted.length ? sum / sorted.length : Number.NaN,
  };
}

/** `{prefix}_p50_ms`, `{prefix}_p95_ms`, … for a result's metrics. */
export function latencyMetrics(prefix: string, s: Summary): Record<string, number> {
  return { [`${prefix}_p50_ms`]: s.p50, [`${prefix}_p95_ms`]: s.p95, [`${prefix}_p99_ms`]: s.p99, [`${prefix}_max_ms`]: s.max };
}

export const round = (v: number, digits = 1): number => (Number.isFinite(v) ? Number(v.toFixed(digits)) : v);

/**
 * Latency percentiles where `missing` samples never arrived within `limitMs` (not sent, not
 * processed): they count as the slowest samples, so a percentile that falls on one reads
 * "> limit ms (never arrived)" — a string, which fails any goal — instead of being left out.
 */
export function censoredLatencyMetrics(prefix: string, samples: readonly number[], missing: number, limitMs: number): Record<string, number | string> {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.length + missing;
  const at = (p: number): number | string => {
    if (total === 0) return Number.NaN;
    const rank = Math.min(total, Math.max(1, Math.ceil(p * total)));
    return rank <= sorted.length ? sorted[rank - 1]! : `> ${Math.round(limitMs)} (never arrived)`;
  };
  return { [`${prefix}_p50_ms`]: at(0.5), [`${prefix}_p95_ms`]: at(0.95), [`${prefix}_p99_ms`]: at(0.99), [`${prefix}_max_ms`]: at(1) };
}
