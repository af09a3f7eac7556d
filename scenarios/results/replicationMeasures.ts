// The headline measures of one replication, one number each (or null when it observed nothing): what is
// averaged over replications for a run and paired replication by replication for a comparison.
import type { ServiceResults } from '../../engine/index.ts';

/** Hours in a week, for throughput per week. */
const HOURS_PER_WEEK = 168;

/**
 * One replication's headline measures over its measured window; null where it observed nothing.
 *
 * @example
 * const measures: ReplicationMeasures = replicationMeasures(summary.results);
 * measures.utilisation; // => 0.8
 */
export interface ReplicationMeasures {
  /** Mean lead time of the items completed in the window, hours. */
  readonly leadTime: number | null;
  /** Their mean time waiting in queues, hours. */
  readonly waitTime: number | null;
  /** Items completed in the window per week of it. */
  readonly throughput: number | null;
  /** Everyone's busy hours over everyone's available hours. */
  readonly utilisation: number | null;
  /** Mean handoffs per completed item. */
  readonly handoffs: number | null;
  /** Mean reassignments (changes of team) per completed item. */
  readonly reassignments: number | null;
  /** Share of completed items never reassigned. */
  readonly resolvedWithoutReassignment: number | null;
  /** Mean lead time of the completed items reassigned at least once, hours. */
  readonly reassignedLeadTime: number | null;
  /** The first service desk's share of contacts answered within the target; null without a desk. */
  readonly serviceLevel: number | null;
  /** The 85th percentile of the completed items' lead times (exact, type 7), hours. */
  readonly leadTimeP85: number | null;
}

/**
 * The name of a headline measure, the key of a comparison's differences.
 *
 * @example
 * const name: MeasureName = 'leadTimeP85';
 */
export type MeasureName = keyof ReplicationMeasures;

/**
 * The headline measures of one replication's results. O(people).
 * @example
 * replicationMeasures(results).throughput; // => results.endToEnd.count / results.measuredHours * 168
 */
export function replicationMeasures(results: ServiceResults): ReplicationMeasures {
  let busyHours = 0;
  let availableHours = 0;
  for (const person of results.people) {
    busyHours += person.busyHours;
    availableHours += person.availableHours;
  }
  const flow = results.endToEnd;
  return {
    leadTime: flow.meanLeadTime,
    waitTime: flow.meanQueueTime,
    throughput: results.measuredHours > 0 ? (flow.count / results.measuredHours) * HOURS_PER_WEEK : null,
    utilisation: availableHours > 0 ? busyHours / availableHours : null,
    handoffs: flow.meanHandoffs,
    reassignments: results.support.meanReassignments,
    resolvedWithoutReassignment: results.support.resolvedWithoutReassignment,
    reassignedLeadTime: results.support.reassigned.meanLeadTime,
    serviceLevel: results.desks[0]?.serviceLevel ?? null,
    leadTimeP85: results.percentiles.leadTime?.p85 ?? null,
  };
}
