// The means of one group's flow measures (a work type and priority, a work type, a step, or everything),
// with the count they are over: null, not NaN, where the group has no observations.
import type { FlowTallies } from './flowMetrics.ts';

/**
 * Means of one group's flow measures, hours, over the items (or visits) counted in `count`, all from the
 * measured window (after the warm-up). A measure with nothing to average is null.
 *
 * @example
 * const summary: FlowSummary = summarizeFlow([tallies]);
 * summary.meanLeadTime; // => 3.2, or null when summary.count is 0
 */
export interface FlowSummary {
  /**
   * Observations in the group: end to end, by type and by priority, items completed in the window
   * (delivered or stopped, not abandoned); per step, visits that ended there in the window.
   */
  readonly count: number;
  /** Mean time from arrival (per step: entry) to completion (per step: exit); null when count is 0. */
  readonly meanLeadTime: number | null;
  /** Longest such time; null when count is 0. */
  readonly maxLeadTime: number | null;
  /** Mean time waiting in queues; null when count is 0. */
  readonly meanQueueTime: number | null;
  /** Mean time being worked on; null when count is 0. */
  readonly meanTouchTime: number | null;
  /** Mean time held up outside queues (deferred, blocked, gated, dependencies, WIP limits); null when count is 0. */
  readonly meanBlockedTime: number | null;
  /** Touch time over lead time, summed over the group; null when count is 0 or no time passed. */
  readonly flowEfficiency: number | null;
  /** Mean handoffs between people per item (end to end only; 0 per step); null when count is 0. */
  readonly meanHandoffs: number | null;
  /** Items among `count` whose priority has an SLA target (end to end only). */
  readonly slaCounted: number;
  /** Share of `slaCounted` resolved within their target; null when slaCounted is 0. */
  readonly slaAttainment: number | null;
}

/**
 * Pools the tallies of several groups (e.g. every priority of a work type) into one summary.
 * @example
 * summarizeFlow([]).meanLeadTime; // => null
 */
export function summarizeFlow(groups: readonly FlowTallies[]): FlowSummary {
  let count = 0;
  let lead = 0;
  let maxLead = 0;
  let queue = 0;
  let touch = 0;
  let blocked = 0;
  let handoffs = 0;
  let slaMet = 0;
  let slaCounted = 0;
  for (const group of groups) {
    const n = group.leadTime.count;
    if (n === 0) continue;
    count += n;
    lead += group.leadTime.sum;
    maxLead = Math.max(maxLead, group.leadTime.max);
    queue += group.queueTime.sum;
    touch += group.touchTime.sum;
    blocked += group.blockedTime.sum;
    handoffs += group.handoffs.sum;
    slaMet += group.slaMet;
    slaCounted += group.slaCounted;
  }
  const mean = (sum: number): number | null => (count > 0 ? sum / count : null);
  return {
    count,
    meanLeadTime: mean(lead),
    maxLeadTime: count > 0 ? maxLead : null,
    meanQueueTime: mean(queue),
    meanTouchTime: mean(touch),
    meanBlockedTime: mean(blocked),
    flowEfficiency: lead > 0 ? touch / lead : null,
    meanHandoffs: mean(handoffs),
    slaCounted,
    slaAttainment: slaCounted > 0 ? slaMet / slaCounted : null,
  };
}
