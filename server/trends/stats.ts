/**
 * trends (stats): the spike test and the median from handling-time classes.
 *
 * Spike test: for a series (letters per week of one category or one department) the count of
 * week w is compared with the mean of up to BASELINE_WEEKS earlier weeks, leaving out the highest
 * of them so that an earlier spike does not hide a new one. Under a Poisson model with that mean,
 * the week is a spike when P(X >= count) < SPIKE_P, the count is at least MIN_SPIKE_COUNT and at
 * least SPIKE_RATIO times the baseline. Weekly mail counts are somewhat over-dispersed, hence the
 * strict p-value (it also keeps the ~200 tests of one dashboard view from raising false alarms).
 */
import { HANDLE_BUCKET_EDGES_HOURS } from './types.ts';

export const BASELINE_WEEKS = 8;
export const MIN_BASELINE_WEEKS = 4;
export const SPIKE_P = 0.001;
export const SPIKE_RATIO = 1.5;
export const MIN_SPIKE_COUNT = 5;

/** ln Γ(x) (Lanczos). */
function lnGamma(x: number): number {
  const g = [76.18009172947146, -86.50532032941677, 24.01409824083091, -1.231739572450155, 0.1208650973866179e-2, -0.5395239384953e-5];
  let y = x;
  const tmp = x + 5.5 - (x + 0.5) * Math.log(x + 5.5);
  let ser = 1.000000000190015;
  for (const c of g) ser += c / ++y;
  return -tmp + Math.log((2.5066282746310005 * ser) / x);
}

/** Regularised lower incomplete gamma P(a, x). */
export function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  if (x < a + 1) {
    let sum = 1 / a;
    let del = sum;
    for (let n = 1; n < 1000; n++) {
      del *= x / (a + n);
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * 1e-14) break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - lnGamma(a));
  }
  // Continued fraction for Q(a, x) (modified Lentz).
  let b = x + 1 - a;
  let c = 1 / 1e-300;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-14) break;
  }
  return 1 - Math.exp(-x + a * Math.log(x) - lnGamma(a)) * h;
}

/** P(X >= k) for X ~ Poisson(lambda). */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  return gammaP(k, lambda);
}

export interface SpikeResult {
  baseline: number;
  ratio: number;
  p: number;
  spike: boolean;
}

/** Tests `count` against the earlier weeks `history` (oldest first); null when the history is too short. */
export function spikeTest(count: number, history: readonly number[]): SpikeResult | null {
  const recent = history.slice(-BASELINE_WEEKS);
  if (recent.length < MIN_BASELINE_WEEKS) return null;
  const sorted = [...recent].sort((a, b) => a - b);
  const kept = sorted.slice(0, -1);
  const mean = kept.reduce((s, x) => s + x, 0) / kept.length;
  const baseline = Math.max(mean, 0.5);
  const p = poissonUpperTail(count, baseline);
  const ratio = count / baseline;
  return { baseline: mean, ratio, p, spike: p < SPIKE_P && count >= MIN_SPIKE_COUNT && ratio >= SPIKE_RATIO };
}

/**
 * Median handling time in hours from counts per class (index = ps_handle_bucket), interpolated
 * linearly inside the class that holds the middle letter. `atLeast` when that is the open top class.
 */
export function medianFromBuckets(counts: ReadonlyMap<number, number>): { hours: number; atLeast: boolean } | null {
  const total = [...counts.values()].reduce((s, x) => s + x, 0);
  if (total === 0) return null;
  const half = total / 2;
  const edges = HANDLE_BUCKET_EDGES_HOURS;
  let cum = 0;
  for (let b = 0; b <= edges.length; b++) {
    const n = counts.get(b) ?? 0;
    if (n > 0 && cum + n >= half) {
      if (b === edges.length) return { hours: edges[edges.length - 1]!, atLeast: true };
      const lo = b === 0 ? 0 : edges[b - 1]!;
      const hi = edges[b]!;
      return { hours: lo + ((half - cum) / n) * (hi - lo), atLeast: false };
    }
    cum += n;
  }
  return null;
}
