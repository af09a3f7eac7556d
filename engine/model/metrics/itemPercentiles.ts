// Exact lead-time and wait percentiles (p50, p85, p95) of the items completed in the measured window, per
// work type and overall, read from the item records.
import { quantilesInPlace } from '../../stats/index.ts';
import type { ItemRecordsView } from './itemRecords.ts';

/** Three percentiles of one measure, hours (R type 7: linear between order statistics). */
export interface Percentiles {
  readonly p50: number;
  readonly p85: number;
  readonly p95: number;
}

/**
 * Lead-time and wait percentiles of a group of completed items (delivered or stopped, as the flow
 * summary's means), from the measured window.
 *
 * @example
 * const overall: ItemPercentiles = { count: 3, leadTime: { p50: 2, p85: 2.7, p95: 2.9 }, wait: { p50: 0, p85: 0.7, p95: 0.9 } };
 */
export interface ItemPercentiles {
  /** Completed items in the group. */
  readonly count: number;
  /** Percentiles of arrival to completion; null when count is 0 or item records are off. */
  readonly leadTime: Percentiles | null;
  /** Percentiles of the time spent waiting in queues; null when count is 0 or item records are off. */
  readonly wait: Percentiles | null;
}

const PROBABILITIES = [0.5, 0.85, 0.95];

/**
 * Percentiles of the completed items among the records, overall and per work type (two passes over
 * the records, then selection of the order statistics in each group: O(n) expected).
 * @param records - the run's records, or undefined when they were off
 * @param completedByType - completed items per work type (the counts when records are off)
 * @example
 * itemPercentiles(records, [2, 1]).overall.leadTime?.p50; // => the median lead time of the three items
 */
export function itemPercentiles(
  records: ItemRecordsView | undefined,
  completedByType: ArrayLike<number>,
): { readonly overall: ItemPercentiles; readonly byType: readonly ItemPercentiles[] } {
  const typeCount = completedByType.length;
  if (records === undefined) {
    const blank = (count: number): ItemPercentiles => ({ count, leadTime: null, wait: null });
    const byType = Array.from(completedByType, blank);
    return { overall: blank(byType.reduce((sum, type) => sum + type.count, 0)), byType };
  }
  const values = records.completedValues(typeCount);
  const group = (leadTimes: Float64Array, waits: Float64Array): ItemPercentiles => ({
    count: leadTimes.length,
    leadTime: percentiles(leadTimes),
    wait: percentiles(waits),
  });
  return {
    overall: group(values.leadTimes, values.waits),
    byType: values.leadTimesByType.map((leadTimes, type) =>
      group(leadTimes, values.waitsByType[type] ?? new Float64Array(0)),
    ),
  };
}

function percentiles(values: Float64Array): Percentiles | null {
  if (values.length === 0) return null;
  const [p50 = Number.NaN, p85 = Number.NaN, p95 = Number.NaN] = quantilesInPlace(values, PROBABILITIES);
  return { p50, p85, p95 };
}
