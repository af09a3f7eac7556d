// Cost of delay: the item that costs most per hour while it waits is served next ("techniques that
// consider multiple factors: cost of delay considers time and finance", source 003).

import type { QueueOrder, WorkItem } from '../model/index.ts';

/**
 * Cost of delay first: the item whose delay costs most money per hour (an incident's lost service value,
 * a regulatory fine, a lost sale) is served next. The rank is `-costOfDelayPerHour` (money units per
 * hour). It ignores how long the work takes; {@link weightedShortestJobFirst} divides by that.
 *
 * @returns a frozen, stateless order with `kind: 'cost-of-delay'`
 * @example
 * const queue = [item({ id: 0, costOfDelayPerHour: 10 }), item({ id: 1, costOfDelayPerHour: 90 })];
 * selectNext(queue, costOfDelay(), context); // => 1
 */
export function costOfDelay(): QueueOrder {
  return Object.freeze({
    kind: 'cost-of-delay',
    dynamic: false,
    rank: (item: WorkItem): number => -item.costOfDelayPerHour,
  });
}
