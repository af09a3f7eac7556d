// Warnings after a run that replayed files until drained: replications stopped by the run's length with
// replayed items still open, said once with how many and how to give the drain more time.
import type { ReplicationSummary } from '../../scenarios/index.ts';

/**
 * The warning for replications that did not drain within the run's length, if any did not.
 * @param summaries - the run's replications
 * @param settings - the run's settings: whether it ran until drained, and its length in hours
 * @returns no line, or one
 * @example
 * drainWarnings(summaries, { until: 'drained', hours: 8736 });
 * // => ['2 of 20 replications did not drain: 14 replayed items on average were still open at 8736 h ...']
 */
export function drainWarnings(
  summaries: readonly ReplicationSummary[],
  settings: { readonly until: 'length' | 'drained'; readonly hours: number },
): string[] {
  if (settings.until !== 'drained') return [];
  const stuck = summaries.filter((summary) => (summary.drain?.openReplayed ?? 0) > 0);
  if (stuck.length === 0) return [];
  const open = stuck.reduce((sum, summary) => sum + (summary.drain?.openReplayed ?? 0), 0) / stuck.length;
  return [
    `${stuck.length} of ${summaries.length} replications did not drain: ${open.toFixed(1)} replayed items on ` +
      `average were still open at ${settings.hours} h, the run's length (raise run.length, e.g. --set run.length=104w)`,
  ];
}
