// A time measure of completed items over a run's replications: the mean of the replications' means with
// its 95% interval, the pooled items' standard deviation, and pooled percentiles from merged histograms.
import { type Interval, meanOverReplications } from './acrossReplications.ts';
import { pooledMoments, standardDeviationOf } from './itemMoments.ts';
import { mergeHistograms } from './logHistogram.ts';
import type { ItemTimes } from './replicationSummary.ts';

/**
 * A time measure (lead time, wait) of the items completed in the measured windows of a run, hours.
 *
 * @example
 * const leadTime: TimeMetric = { unit: 'hours', count: 9_600, mean: 1.43, ci95: [1.4, 1.46], sd: 1.2, p50: 1.1, p85: 2.4, p95: 3.5 };
 */
export interface TimeMetric {
  readonly unit: 'hours';
  /** Items pooled over all replications. */
  readonly count: number;
  /** Mean over replications of each replication's mean; null when no item completed in any. */
  readonly mean: number | null;
  /** Its 95% t interval; null with fewer than two replications that completed items. */
  readonly ci95: Interval | null;
  /** Sample standard deviation of every item's time, pooled over replications; null below two items. */
  readonly sd: number | null;
  /** Percentiles of the pooled items' times, read from the merged histogram (within 1%); null when none. */
  readonly p50: number | null;
  readonly p85: number | null;
  readonly p95: number | null;
}

/**
 * Builds a time measure from each replication's own mean (from the engine's results, so it does not need
 * item records) and each replication's item histogram and moments (empty when records were off: then sd
 * and the percentiles are null). O(replications · bins).
 * @param replicationMeans - one mean per replication, null where it completed nothing
 * @param times - the same replications' item times
 * @example
 * timeMetric([1, 2], [first.leadTime, second.leadTime]).mean; // => 1.5
 */
export function timeMetric(
  replicationMeans: readonly (number | null)[],
  times: readonly ItemTimes[],
): TimeMetric {
  const { mean, ci95 } = meanOverReplications(replicationMeans);
  const histogram = mergeHistograms(times.map((group) => group.histogram));
  const moments = pooledMoments(times.map((group) => group.moments));
  return {
    unit: 'hours',
    count: moments.count,
    mean,
    ci95,
    sd: standardDeviationOf(moments),
    p50: histogram.percentile(0.5),
    p85: histogram.percentile(0.85),
    p95: histogram.percentile(0.95),
  };
}
