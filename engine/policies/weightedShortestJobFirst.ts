// Weighted shortest job first: the highest cost of delay per hour of work goes next (Smith's rule), which
// minimises the total cost of delay on a single server ("considers cost of delay and work duration").

import type { QueueOrder, QueueOrderContext, WorkItem } from '../model/index.ts';

/**
 * Weighted shortest job first (WSJF): the item with the highest `costOfDelayPerHour / effort` is served
 * next, where effort is `context.effortAt(item)` (hours at expert speed at its current step).
 *
 * Why: on one server with every job waiting and a constant cost of delay c_i per hour, serving in
 * decreasing c_i / p_i minimises the total cost of delay sum c_i * C_i (C_i the completion time). This is
 * Smith's rule (W. E. Smith, "Various optimizers for single-stage production", Naval Research Logistics
 * Quarterly 3, 1956, pp. 59-66); Reinertsen's "The Principles of Product Development Flow" (2009) calls it
 * WSJF. The test checks it against brute force over every order of small instances.
 *
 * The rank is `-(costOfDelayPerHour / effort)`. An item with effort 0 (or less) gets rank -Infinity:
 * infinite priority, as doing it delays nobody (this also covers 0 / 0, which would otherwise be NaN).
 * Equal ratios fall to the FIFO tie-break.
 *
 * @returns a frozen, stateless order with `kind: 'weighted-shortest-job-first'`
 * @example
 * // cost of delay 8/h for 4 h of work (ratio 2) against 3/h for 1 h (ratio 3): the second goes first
 * const queue = [item({ id: 0, costOfDelayPerHour: 8, remainingEffort: 4 }),
 *                item({ id: 1, costOfDelayPerHour: 3, remainingEffort: 1 })];
 * selectNext(queue, weightedShortestJobFirst(), context); // => 1
 */
export function weightedShortestJobFirst(): QueueOrder {
  return Object.freeze({
    kind: 'weighted-shortest-job-first',
    dynamic: false,
    rank: (item: WorkItem, context: QueueOrderContext): number => {
      const effort = context.effortAt(item);
      return effort > 0 ? -(item.costOfDelayPerHour / effort) : Number.NEGATIVE_INFINITY;
    },
  });
}
