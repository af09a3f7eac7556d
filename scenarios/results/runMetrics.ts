// The headline metrics of a run over its replications, the `metrics` of `valueflow run`, `compare` and
// `sweep`: lead time, wait, throughput, utilisation, handoffs, support (reassignments and effort per item),
// and the first service desk's service level.
import { finiteValues, type MeanWithInterval, meanOverReplications } from './acrossReplications.ts';
import { replicationMeasures } from './replicationMeasures.ts';
import type { ReplicationSummary } from './replicationSummary.ts';
import { type SupportMetrics, supportMetrics } from './supportMetrics.ts';
import { type TimeMetric, timeMetric } from './timeMetric.ts';
import { type UtilisationMetric, utilisationMetric } from './utilisationMetric.ts';

/**
 * Completed items per week of the measured window: the mean over replications and its interval.
 *
 * @example
 * const throughput: ThroughputMetric = { unit: 'items/week', mean: 403.2, ci95: [401.1, 405.3] };
 */
export interface ThroughputMetric extends MeanWithInterval {
  readonly unit: 'items/week';
}

/**
 * The first service desk's share of answered contacts answered within its target.
 *
 * @example
 * const serviceLevel: ServiceLevelMetric = { valueStream: 'call', step: 'answer', target: 0.25, mean: 0.81, ci95: [0.8, 0.82], byHourOfDay: [0.9, ...] };
 */
export interface ServiceLevelMetric extends MeanWithInterval {
  readonly valueStream: string;
  readonly step: string;
  /** The answer target, hours; null when the caller did not give the desks' targets. */
  readonly target: number | null;
  /**
   * By the hour of day (0-23) contacts arrived: the mean over replications of each one's service level in
   * that hour; null where no contact arriving in that hour was answered in any replication.
   */
  readonly byHourOfDay: readonly (number | null)[];
}

/**
 * The headline metrics of a run. `serviceLevel` is there only when the model has a service desk.
 *
 * @example
 * const metrics: RunMetrics = runMetrics(summaries);
 * metrics.leadTime.ci95; // => [1.40, 1.46]
 */
export interface RunMetrics {
  readonly leadTime: TimeMetric;
  /** Time waiting in queues. */
  readonly waitTime: TimeMetric;
  readonly throughput: ThroughputMetric;
  readonly utilisation: UtilisationMetric;
  /** Handoffs between people per completed item. */
  readonly handoffs: MeanWithInterval;
  /** Reassignments between teams, first-time fixes, the reassigned items' lead time, effort per item. */
  readonly support: SupportMetrics;
  readonly serviceLevel?: ServiceLevelMetric;
}

/**
 * A service desk's answer target, as the model definition's `serviceDesks` entries give it.
 *
 * @example
 * const desk: DeskTarget = { answerTargetHours: 30 / 3_600 };
 */
export interface DeskTarget {
  readonly answerTargetHours: number;
}

/**
 * The metrics of a run from its replications' summaries (in any order; every value is a mean or a pooled
 * figure, so the order does not matter). O(replications · (people + bins)).
 * @param summaries - one per replication, of the same model
 * @param serviceDesks - the model's service desks, for the first one's answer target
 * @example
 * runMetrics(summaries, model.definition.serviceDesks).throughput.mean; // => 403.2 items a week
 */
export function runMetrics(
  summaries: readonly ReplicationSummary[],
  serviceDesks?: readonly DeskTarget[] | undefined,
): RunMetrics {
  const results = summaries.map((summary) => summary.results);
  const measures = results.map(replicationMeasures);
  const metrics: RunMetrics = {
    leadTime: timeMetric(
      measures.map((measure) => measure.leadTime),
      summaries.map((summary) => summary.leadTime),
    ),
    waitTime: timeMetric(
      measures.map((measure) => measure.waitTime),
      summaries.map((summary) => summary.waitTime),
    ),
    throughput: {
      unit: 'items/week',
      ...meanOverReplications(measures.map((measure) => measure.throughput)),
    },
    utilisation: utilisationMetric(results),
    handoffs: meanOverReplications(measures.map((measure) => measure.handoffs)),
    support: supportMetrics(results),
  };
  const desk = results[0]?.desks[0];
  if (desk === undefined) return metrics;
  const byHourOfDay = desk.byHourOfDay.map((_, hour) => {
    const levels = finiteValues(results.map((run) => run.desks[0]?.byHourOfDay[hour]?.serviceLevel ?? null));
    return levels.length > 0 ? levels.reduce((sum, level) => sum + level, 0) / levels.length : null;
  });
  const serviceLevel: ServiceLevelMetric = {
    valueStream: desk.valueStream,
    step: desk.step,
    target: serviceDesks?.[0]?.answerTargetHours ?? null,
    ...meanOverReplications(measures.map((measure) => measure.serviceLevel)),
    byHourOfDay,
  };
  return { ...metrics, serviceLevel };
}
