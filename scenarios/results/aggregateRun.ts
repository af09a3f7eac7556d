// The JSON document of `valueflow run`: a run's replication summaries aggregated into its headline metrics,
// its value account, per-type metrics, mergeable distributions, series, open work at the end, and the
// backlog forecast.

import type { HistoryBlock } from '../import/exportHistory.ts';
import { type Interval, meanOverReplications } from './acrossReplications.ts';
import { type LogHistogramJson, mergeHistograms } from './logHistogram.ts';
import type { ReplicationSummary } from './replicationSummary.ts';
import { type RunForecast, runForecast } from './runForecast.ts';
import { type DeskTarget, type RunMetrics, runMetrics, type ThroughputMetric } from './runMetrics.ts';
import { type RunSeries, runSeries } from './runSeries.ts';
import { type RunValue, runValue } from './runValue.ts';
import { type TimeMetric, timeMetric } from './timeMetric.ts';

/**
 * The items still open at the end of the replications, which no lead-time or wait figure covers.
 *
 * @example
 * const open: OpenAtEnd = { mean: 12.3, ci95: [11.1, 13.5], note: OPEN_AT_END_NOTE };
 */
export interface OpenAtEnd {
  /** Mean over replications of the items admitted and not gone at the end. */
  readonly mean: number | null;
  readonly ci95: Interval | null;
  readonly note: string;
}

/**
 * The note a run document carries beside the open items.
 * @example
 * OPEN_AT_END_NOTE; // => 'Lead-time and wait figures and their percentiles cover finished items only; ...'
 */
export const OPEN_AT_END_NOTE =
  'Lead-time and wait figures and their percentiles cover finished items only; the ages of the items ' +
  'still open at the end are in distributions.openAge.';

/**
 * The pooled histograms of a run (JSON form, mergeable with other shards' by adding bins).
 *
 * @example
 * LogHistogram.fromJSON(document.distributions.leadTime).percentile(0.85); // => the pooled p85
 */
export interface RunDistributions {
  /** Lead times of the completed items, hours. */
  readonly leadTime: LogHistogramJson;
  /** Their waits in queues, hours. */
  readonly waitTime: LogHistogramJson;
  /** Ages of the items open at the end of each replication, hours. */
  readonly openAge: LogHistogramJson;
  readonly byType: Readonly<
    Record<string, { readonly leadTime: LogHistogramJson; readonly waitTime: LogHistogramJson }>
  >;
}

/**
 * The JSON document of `valueflow run`. Every measure with no observations is null, never NaN.
 *
 * @example
 * const document: RunDocument = aggregateRun({ scenario: 'pooling', seed: 42, summaries });
 * document.metrics.leadTime.p85; // => 2.41
 */
export interface RunDocument {
  readonly scenario: string;
  readonly seed: number | string;
  /** Replications aggregated. */
  readonly reps: number;
  readonly metrics: RunMetrics;
  /** The replayed export's own figures, beside the simulated ones (a scenario replaying a mapped export). */
  readonly history?: HistoryBlock;
  /** The value ledger's account over the measured window, in the scenario's money. */
  readonly value: RunValue;
  /** Per work type, in model order. */
  readonly byType: Readonly<
    Record<
      string,
      { readonly leadTime: TimeMetric; readonly waitTime: TimeMetric; readonly throughput: ThroughputMetric }
    >
  >;
  readonly distributions: RunDistributions;
  readonly series: RunSeries;
  readonly openAtEnd: OpenAtEnd;
  /** Present when the replications had a backlog. */
  readonly forecast?: RunForecast;
}

/**
 * What a run document is built from.
 *
 * @example
 * const input: RunInput = { scenario: 'pooling', seed: 42, summaries, serviceDesks: model.definition.serviceDesks };
 */
export interface RunInput {
  readonly scenario: string;
  readonly seed: number | string;
  /** One per replication of the same model, in any order (they are sorted by replication index). */
  readonly summaries: readonly ReplicationSummary[];
  /** The model's service desks, for the answer target of the service level. */
  readonly serviceDesks?: readonly DeskTarget[] | undefined;
  /** The history of the export the scenario replays, put beside `metrics`. */
  readonly history?: HistoryBlock | undefined;
}

/**
 * Aggregates a run's replications into its JSON document. The result depends only on the summaries, not
 * on the order they arrive in (workers finishing in any order). O(replications · (people + bins + samples)).
 * @throws RangeError when there is no summary, or two have the same replication index
 * @example
 * const document = aggregateRun({ scenario: 'pooling', seed: 42, summaries });
 * JSON.stringify(document); // => '{"scenario":"pooling","seed":42,"reps":20,"metrics":{...},"value":{...},...}'
 */
export function aggregateRun(input: RunInput): RunDocument {
  const summaries = sortedByReplication(input.summaries);
  const results = summaries.map((summary) => summary.results);
  const first = results[0]!; // sortedByReplication refuses an empty list
  const typeNames = first.byType.map((type) => type.type);
  const byType: Record<
    string,
    { readonly leadTime: TimeMetric; readonly waitTime: TimeMetric; readonly throughput: ThroughputMetric }
  > = {};
  const distributionsByType: Record<string, { leadTime: LogHistogramJson; waitTime: LogHistogramJson }> = {};
  typeNames.forEach((type, typeIndex) => {
    const groups = summaries.flatMap((summary) => summary.byType[typeIndex] ?? []);
    const flows = results.map((run) => run.byType[typeIndex]);
    byType[type] = {
      leadTime: timeMetric(
        flows.map((flow) => flow?.flow.meanLeadTime ?? null),
        groups.map((group) => group.leadTime),
      ),
      waitTime: timeMetric(
        flows.map((flow) => flow?.flow.meanQueueTime ?? null),
        groups.map((group) => group.waitTime),
      ),
      throughput: {
        unit: 'items/week',
        ...meanOverReplications(flows.map((flow) => flow?.throughputPerWeek ?? null)),
      },
    };
    distributionsByType[type] = {
      leadTime: mergeHistograms(groups.map((group) => group.leadTime.histogram)).toJSON(),
      waitTime: mergeHistograms(groups.map((group) => group.waitTime.histogram)).toJSON(),
    };
  });
  const streams = [...new Set(first.bySteps.map((step) => step.valueStream))];
  const document: RunDocument = {
    scenario: input.scenario,
    seed: input.seed,
    reps: summaries.length,
    metrics: withDemandWindow(runMetrics(summaries, input.serviceDesks), summaries),
    ...(input.history === undefined ? {} : { history: input.history }),
    value: runValue(summaries),
    byType,
    distributions: {
      leadTime: mergeHistograms(summaries.map((summary) => summary.leadTime.histogram)).toJSON(),
      waitTime: mergeHistograms(summaries.map((summary) => summary.waitTime.histogram)).toJSON(),
      openAge: mergeHistograms(summaries.map((summary) => summary.openAge)).toJSON(),
      byType: distributionsByType,
    },
    series: runSeries(
      results.map((run) => run.samples),
      { steps: first.bySteps.map((step) => `${step.valueStream}/${step.step}`), streams },
    ),
    openAtEnd: openAtEndOf(summaries),
  };
  const forecasts = summaries.flatMap((summary) => summary.forecast ?? []);
  return forecasts.length === 0 ? document : { ...document, forecast: runForecast(forecasts) };
}

/**
 * The metrics with the utilisation over the window with demand (time 0 to the last replayed arrival)
 * beside the whole run's, when the replications replayed files. O(replications).
 * @example
 * withDemandWindow(metrics, summaries).utilisation.withDemand?.mean; // => 0.8 while demand arrived
 */
export function withDemandWindow(metrics: RunMetrics, summaries: readonly ReplicationSummary[]): RunMetrics {
  const windows = summaries.flatMap((summary) => summary.drain ?? []);
  const first = windows[0];
  if (first === undefined) return metrics;
  const withDemand = {
    untilHours: first.demandUntilHours,
    ...meanOverReplications(windows.map((window) => window.demandUtilisation)),
  };
  return { ...metrics, utilisation: { ...metrics.utilisation, withDemand } };
}

/**
 * The mean number of items open at the end of the replications, with the note that the time figures
 * cover finished items only. O(replications).
 * @example
 * openAtEndOf(summaries).mean; // => 12.3
 */
export function openAtEndOf(summaries: readonly ReplicationSummary[]): OpenAtEnd {
  return {
    ...meanOverReplications(summaries.map((summary) => summary.results.openItems.count)),
    note: OPEN_AT_END_NOTE,
  };
}

/**
 * The summaries in replication order, checked that no replication index comes twice.
 * @throws RangeError when the list is empty or an index repeats
 * @example
 * sortedByReplication([second, first]).map((summary) => summary.replication); // => [0, 1]
 */
export function sortedByReplication(summaries: readonly ReplicationSummary[]): ReplicationSummary[] {
  if (summaries.length === 0) throw new RangeError('a run needs at least one replication summary');
  const sorted = [...summaries].sort((first, second) => first.replication - second.replication);
  sorted.forEach((summary, index) => {
    if (index > 0 && sorted[index - 1]?.replication === summary.replication) {
      throw new RangeError(`replication ${summary.replication} is summarised twice`);
    }
  });
  return sorted;
}
