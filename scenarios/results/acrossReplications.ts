// Statistics across replications, one value per replication: the mean with its 95% Student-t interval,
// and type-7 quantiles, with null (never NaN) where nothing was observed.
import { confidenceInterval } from '../../engine/index.ts';

/**
 * A 95% interval as [lower, upper]; null when it cannot be computed (fewer than two replications).
 *
 * @example
 * const interval: Interval = [1.04, 4.96];
 */
export type Interval = readonly [number, number];

/**
 * The mean over replications of one value per replication, and its 95% t interval.
 *
 * @example
 * const handoffs: MeanWithInterval = { mean: 1.2, ci95: [1.1, 1.3] };
 */
export interface MeanWithInterval {
  /** Mean of the replications' values; null when no replication observed the measure. */
  readonly mean: number | null;
  /** 95% Student-t interval for it; null with fewer than two values. */
  readonly ci95: Interval | null;
}

/**
 * The mean over replications and its 95% t interval (engine `confidenceInterval`: mean ± t(0.975, n − 1)
 * · s / √n, Law, Simulation Modeling and Analysis, 5th ed., 2015, §4.5). A replication whose value is
 * null or not finite (it observed nothing: no item completed, nobody was available) is left out, so the
 * mean is over the replications that observed the measure. O(n).
 * @param values - one value per replication, null where it observed nothing
 * @example
 * meanOverReplications([1, 2, 3, 4, 5]); // => { mean: 3, ci95: [1.036757, 4.963243] } (t(0.975, 4) = 2.776445)
 * meanOverReplications([null]); // => { mean: null, ci95: null }
 */
export function meanOverReplications(values: readonly (number | null)[]): MeanWithInterval {
  const observed = finiteValues(values);
  if (observed.length === 0) return { mean: null, ci95: null };
  const interval = confidenceInterval(observed, 0.95);
  return { mean: interval.mean, ci95: intervalOf(interval) };
}

/**
 * [lower, upper] of an engine interval, or null when it is unbounded (fewer than two samples).
 * @example
 * intervalOf(pairedDifference([10, 12, 14], [9, 10, 14])); // => [-1.48, 3.48]
 */
export function intervalOf(interval: ReturnType<typeof confidenceInterval>): Interval | null {
  return Number.isFinite(interval.lower) && Number.isFinite(interval.upper)
    ? [interval.lower, interval.upper]
    : null;
}

/**
 * The finite values of a list, in order (nulls and NaN left out).
 * @example
 * finiteValues([1, null, Number.NaN, 2]); // => [1, 2]
 */
export function finiteValues(values: readonly (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null && Number.isFinite(value));
}

/**
 * The p-quantile of values sorted in ascending order, R's type 7: linear between the order statistics
 * x[floor(h)] and x[floor(h) + 1] with h = (n − 1) · p, from 0 (Hyndman & Fan, "Sample quantiles in
 * statistical packages", The American Statistician 50(4), 1996). Infinity may stand for "later than any
 * finite value" (a replication whose backlog was not done): a quantile that reaches it is null. O(1).
 * @param sorted - ascending, at least one value
 * @param probability - in [0, 1]
 * @returns the quantile; null for an empty list, or one that depends on an infinite value
 * @example
 * quantileSorted([1, 2, 3, 4], 0.5); // => 2.5
 * quantileSorted([1, 2, Infinity], 0.95); // => null
 */
export function quantileSorted(sorted: readonly number[], probability: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const fraction = position - below;
  const lower = sorted[below]!; // 0 <= below <= length - 1
  if (fraction === 0) return Number.isFinite(lower) ? lower : null;
  const upper = sorted[below + 1]!; // fraction > 0, so below < length - 1
  const value = lower + fraction * (upper - lower);
  return Number.isFinite(value) ? value : null;
}

/**
 * The largest count reached or beaten in at least a share `confidence` of the replications: with n
 * sorted counts, the (n − ⌈confidence · n⌉ + 1)-th smallest (the lower empirical quantile at
 * 1 − confidence), the Monte Carlo forecast's "at least this many, with this confidence". O(1).
 * @param sorted - ascending, at least one value
 * @example
 * atLeastWithConfidence([3, 5, 6, 8], 0.75); // => 5 (3 of the 4 replications reached 5 or more)
 */
export function atLeastWithConfidence(sorted: readonly number[], confidence: number): number | null {
  if (sorted.length === 0) return null;
  // The small allowance keeps 0.85 · 20 = 17.000000000000004 from counting as 18 replications.
  const needed = Math.max(1, Math.ceil(confidence * sorted.length - 1e-9));
  return sorted[sorted.length - needed] ?? null;
}
