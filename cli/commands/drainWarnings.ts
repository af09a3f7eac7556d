// Warnings after a run that replayed files: tickets arriving after the run's length, and replications run
// until drained but stopped by the run's length with replayed items still open, each said once.
import type { ReplicationSummary } from '../../scenarios/index.ts';

/**
 * The warnings of a replay's run: tickets that arrive after the run stops, and replications that did not
 * drain within the run's length.
 * @param summaries - the run's replications
 * @param settings - the run's settings: until drained or not, its length and the last replayed arrival, hours
 * @returns up to two lines
 * @example
 * drainWarnings(summaries, { until: 'drained', hours: 8736 });
 * // => ['2 of 20 replications did not drain: 14 replayed items on average were still open at 8736 h ...']
 */
export function drainWarnings(
  summaries: readonly ReplicationSummary[],
  settings: {
    readonly until: 'length' | 'drained';
    readonly hours: number;
    readonly replayEndHours?: number;
  },
): string[] {
  const replayEnd = settings.replayEndHours;
  const cut =
    replayEnd !== undefined && replayEnd >= settings.hours
      ? [
          `the replayed tickets arrive until ${replayEnd.toFixed(1)} h, but the run stops at ${settings.hours} h ` +
            '(run.length): later tickets are not replayed (raise run.length)',
        ]
      : [];
  if (settings.until !== 'drained') return cut;
  const stuck = summaries.filter((summary) => (summary.drain?.openReplayed ?? 0) > 0);
  if (stuck.length === 0) return cut;
  const open = stuck.reduce((sum, summary) => sum + (summary.drain?.openReplayed ?? 0), 0) / stuck.length;
  return [
    ...cut,
    `${stuck.length} of ${summaries.length} replications did not drain: ${open.toFixed(1)} replayed items on ` +
      `average were still open at ${settings.hours} h, the run's length (raise run.length, e.g. --set run.length=104w)`,
  ];
}
